/**
 * Citation on the built site, for whatever documents content/documents holds: head metadata,
 * every download format at its stable URL, batch files behind theme and pair pages, copying
 * in Chromium (a passage citation with /OL, the 引用日期 and the served origin), and no
 * made-up host anywhere in dist/. Run after `npm run build` (with or without SITE_URL).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT_EXTENSIONS } from '../../src/lib/citation/batch.ts';
import { LICENSE_URL, LICENSE_URL_ZH } from '../../src/lib/data/datapackage.ts';
import { documentSlug, parseFrontmatter, readDocumentFiles, collectPractices } from '../../src/lib/corpus.ts';
import { DOCUMENTS_DIR } from '../../src/lib/paths.ts';
import { DIST_DIR, useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();
/** The public URL the build was made with, if any: only then may pages carry absolute URLs. */
const SITE_URL = process.env.SITE_URL;

const files = readDocumentFiles(DOCUMENTS_DIR);
const documents = files.map((file) => {
  const data = parseFrontmatter(file) as { title: string; titleStatus?: string };
  return { slug: documentSlug(file.path), title: data.titleStatus === 'supplied' ? `[${data.title}]` : data.title };
});
const practices = collectPractices(files);
const [firstPractice] = practices;

async function metaContents(page: Page, name: string): Promise<string[]> {
  return page.$$eval(`head meta[name="${name}"]`, (tags) => tags.map((tag) => tag.getAttribute('content') ?? ''));
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe.each(documents)('document page $slug', ({ slug, title }) => {
  it('has Highwire, Dublin Core and one JSON-LD record, with the title as the site may state it', async () => {
    const page = await site.page(`/documents/${slug}/`);
    expect(await metaContents(page, 'citation_title')).toEqual([title]);
    expect(await metaContents(page, 'DC.title')).toEqual([title]);
    expect(await metaContents(page, 'citation_journal_title')).toEqual([]);
    expect(['newspaperArticle', 'bookSection', 'presentation', 'document']).toContain((await metaContents(page, 'DC.type'))[0]);
    expect(await metaContents(page, 'citation_public_url')).toEqual(SITE_URL ? [new URL(`/documents/${slug}/`, SITE_URL).href] : []);
    const ld = await page.$$eval('script[type="application/ld+json"]', (scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}') as Record<string, unknown>));
    expect(ld).toHaveLength(1);
    expect(ld[0]?.name).toBe(title);
  });

  it('offers every format at /documents/<slug>.<ext> as a UTF-8 file; BibTeX, RIS and CSL-JSON parse back', async () => {
    const page = await site.page(`/documents/${slug}/`);
    const hrefs = await page.$$eval('.cite-downloads a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(FORMAT_EXTENSIONS.map((extension) => `/documents/${slug}.${extension}`));
    for (const href of hrefs) {
      expect(statSync(join(DIST_DIR, href)).isFile()).toBe(true);
      const response = await fetch(site.url + href);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text.length).toBeGreaterThan(20);
      // One document's file is its reference, not a numbered list.
      if (href.endsWith('.txt')) expect(text.trim().split('\n')).toHaveLength(1);
      if (href.endsWith('.txt')) expect(text.startsWith('[1] ')).toBe(false);
      if (/\.(bib|ris|json)$/.test(href)) {
        const items = new Cite(text).data as { title: string }[];
        expect(items.map((item) => item.title)).toEqual([title]);
      }
    }
  });
});

/** Theme and pair pages in dist/, found by their folders: `themes/<slug>/`, `compare/<a>/<b>/`. */
function collectionPages(): string[] {
  const themes = existsSync(join(DIST_DIR, 'themes'))
    ? readdirSync(join(DIST_DIR, 'themes')).filter((name) => existsSync(join(DIST_DIR, 'themes', name, 'index.html'))).map((name) => `/themes/${name}/`)
    : [];
  const compare = join(DIST_DIR, 'compare');
  const pairs = existsSync(compare)
    ? readdirSync(compare).flatMap((a) =>
        statSync(join(compare, a)).isDirectory()
          ? readdirSync(join(compare, a)).filter((b) => existsSync(join(compare, a, b, 'index.html'))).map((b) => `/compare/${a}/${b}/`)
          : [],
      )
    : [];
  return [...themes, ...pairs];
}

describe('batch export behind theme and pair pages', () => {
  const pages = collectionPages();
  it('has theme and pair pages to check', () => {
    expect(pages.some((path) => path.startsWith('/themes/'))).toBe(true);
    expect(pages.some((path) => path.startsWith('/compare/'))).toBe(true);
  });

  it.each(pages)('%s links one file per format, holding every document the page lists', async (path) => {
    const page = await site.page(path);
    const hrefs = await page.$$eval('.batch-export a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(FORMAT_EXTENSIONS.map((extension) => `${path}references.${extension}`));
    const items = (await (await fetch(`${site.url}${path}references.json`)).json()) as { id: string }[];
    expect(items.length).toBeGreaterThan(0);
    const linked = await page.$$eval('a[href^="/documents/"]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const { id } of items) expect(linked.some((href) => href.startsWith(`/documents/${id}/`))).toBe(true);
    const ris = await (await fetch(`${site.url}${path}references.ris`)).text();
    expect((new Cite(ris).data as unknown[]).length).toBe(items.length);
    const gbt = await (await fetch(`${site.url}${path}references.gbt2025.txt`)).text();
    expect(gbt.trim().split('\n')).toHaveLength(items.length);
    expect(gbt.startsWith('[1] ')).toBe(true);
  });
});

describe('copying in Chromium', () => {
  const contexts: BrowserContext[] = [];
  afterAll(() => Promise.all(contexts.map((context) => context.close())));

  async function pageWithClipboard(path: string): Promise<Page> {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(site.url + path);
    return page;
  }

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  it.skipIf(!firstPractice)('引用此段 copies a GB/T online reference with /OL, today’s 引用日期 and the served origin, then the location', async () => {
    const practice = firstPractice!;
    const path = `/documents/${practice.document}/`;
    const page = await pageWithClipboard(path);
    const button = page.locator(`[data-practice-id="${practice.id}"] button.copy-button`);
    await button.click();
    await expect.poll(() => clipboard(page)).toContain('/OL]');
    const text = await clipboard(page);
    const [reference = '', location = ''] = text.split('\n');
    expect(reference).toContain(`[${today()}]`);
    expect(reference).toMatch(/\[\d{4}-\d{2}-\d{2}\]/);
    expect(reference.endsWith(` ${site.url}${path}#${practice.id}.`)).toBe(true);
    expect(location).toBe(`位置:${practice.section && practice.section !== practice.title ? `${practice.section} › ` : ''}${practice.title}`);
    expect(text).not.toContain('{{');
    await expect.poll(() => page.locator('[role="status"][aria-live="polite"]').textContent()).toBe('已复制');
  });

  it('the panel shows and copies the reference with the reader’s origin and today, from the keyboard', async () => {
    const [{ slug } = { slug: '' }] = documents;
    const page = await pageWithClipboard(`/documents/${slug}/`);
    expect(await page.locator('#cite-gbt2025').textContent()).toContain(`${site.url}/documents/${slug}/`);
    await page.locator('button[data-copy-target="cite-gbt2025"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toContain(`[${today()}]. ${site.url}/documents/${slug}/.`);
    expect(await page.locator('#cite-apa').textContent()).not.toMatch(/NaN|引用日期|\{\{/);
  });

  it.skipIf(!firstPractice)('a permalink copies the served URL with its anchor', async () => {
    const practice = firstPractice!;
    const path = `/documents/${practice.document}/`;
    const page = await pageWithClipboard(path);
    await page.locator(`a.practice-id[href="#${practice.id}"]`).click();
    await expect.poll(() => clipboard(page)).toBe(`${site.url}${path}#${practice.id}`);
    expect(new URL(page.url()).hash).toBe(`#${practice.id}`);
  });
});

describe('without scripts', () => {
  it('shows the 引用日期 placeholder with its explanation and no dead buttons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const [{ slug } = { slug: '' }] = documents;
    await page.goto(`${site.url}/documents/${slug}/`);
    expect(await page.locator('#cite-gbt2025').textContent()).toContain('[引用日期]');
    expect(await page.locator('[data-accessed-note]').isVisible()).toBe(true);
    expect(await page.locator('button.copy-button:visible').count()).toBe(0);
    await context.close();
  });
});

describe('dist/', () => {
  /** Vocabulary identifiers, not places a reader is sent: schema.org context, the DC namespace. */
  // Other hosts a page may name (never request): metadata vocabularies and the data's licence.
  const VOCABULARIES = new Set(['https://schema.org', 'http://purl.org/dc/elements/1.1/', LICENSE_URL, LICENSE_URL_ZH]);
  const TEXT = /\.(html|txt|bib|ris|enw|net|json|xml|js)$/;

  function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? (entry.name === 'pagefind' ? [] : walk(join(dir, entry.name))) : TEXT.test(entry.name) ? [join(dir, entry.name)] : [],
    );
  }

  it('names no placeholder host, and no absolute URL of its own unless SITE_URL was set', () => {
    const offenders: string[] = [];
    for (const file of walk(DIST_DIR)) {
      if (file.includes(`${join(DIST_DIR, 'sources')}`)) continue;
      const text = readFileSync(file, 'utf8');
      if (/example\.(org|com)/.test(text)) offenders.push(`${file}: placeholder host`);
      if (!/\.(html|bib|ris|enw|net|json|txt)$/.test(file)) continue;
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>)\]}]+/g)) {
        if (VOCABULARIES.has(url.replace(/[.,;]$/, ''))) continue;
        if (SITE_URL && url.startsWith(new URL(SITE_URL).origin)) continue;
        offenders.push(`${file}: ${url}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('script budget', () => {
  it('a document page loads only external modules, no inline script, under 10 KB gzip together', () => {
    const [{ slug } = { slug: '' }] = documents;
    const html = readFileSync(join(DIST_DIR, 'documents', slug, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
    const sources = scripts.filter((attributes) => !attributes.includes('application/ld+json')).map((attributes) => /src="([^"]+)"/.exec(attributes)?.[1] ?? 'inline');
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^\/_astro\/.+\.js$/);
    const gzipped = sources.reduce((total, src) => total + gzipSync(readFileSync(join(DIST_DIR, src))).length, 0);
    expect(gzipped).toBeLessThan(10 * 1024);
  });
});
