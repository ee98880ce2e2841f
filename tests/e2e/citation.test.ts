/**
 * Citation on the built site: head metadata and JSON-LD on every document page, the
 * downloads at their stable URLs, copy buttons and permalinks in Chromium, and the page's
 * script budget. Run after `npm run build`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST_DIR, useBuiltSite } from '../support/site.ts';

const SITE = 'https://dangjian-compare.example.org';
const SLUGS = [
  'ankang-2017-hongse-yinqing',
  'binzhou-2023-sixiang-jizhi',
  'xinjian-zhongzi-gongcheng',
  'zaozhuang-2021-dangjian-yinling',
  'zigong-2021-zuzhi-gongzuo-chuangxin',
];
const SCHEMA_TYPES: Record<string, string> = {
  'ankang-2017-hongse-yinqing': 'Article',
  'binzhou-2023-sixiang-jizhi': 'Article',
  'xinjian-zhongzi-gongcheng': 'Article',
  'zaozhuang-2021-dangjian-yinling': 'NewsArticle',
  'zigong-2021-zuzhi-gongzuo-chuangxin': 'Chapter',
};
const ZAOZHUANG = '/documents/zaozhuang-2021-dangjian-yinling/';

const site = useBuiltSite();

async function metaContents(page: Page, name: string): Promise<string[]> {
  return page.$$eval(`head meta[name="${name}"]`, (tags) => tags.map((tag) => tag.getAttribute('content') ?? ''));
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.$$eval('script[type="application/ld+json"]', (scripts) => scripts.map((s) => s.textContent ?? ''));
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe.each(SLUGS)('document page %s', (slug) => {
  it('has Highwire, Dublin Core and JSON-LD metadata that reference managers read', async () => {
    const page = await site.page(`/documents/${slug}/`);
    const title = await page.locator('h1').textContent();
    expect(await metaContents(page, 'citation_title')).toEqual([title]);
    expect((await metaContents(page, 'citation_author')).length).toBeGreaterThan(0);
    expect((await metaContents(page, 'citation_publication_date'))[0]).toMatch(/^\d{4}(\/\d{2}){0,2}$/);
    expect(await metaContents(page, 'citation_language')).toEqual(['zh']);
    expect(await metaContents(page, 'citation_public_url')).toEqual([`${SITE}/documents/${slug}/`]);
    expect(await metaContents(page, 'DC.title')).toEqual([title]);
    expect(await metaContents(page, 'DC.creator')).toEqual(await metaContents(page, 'citation_author'));

    const [ld, ...rest] = await jsonLd(page);
    expect(rest).toEqual([]);
    expect(ld?.['@context']).toBe('https://schema.org');
    expect(ld?.['@type']).toBe(SCHEMA_TYPES[slug]);
    expect(ld?.headline).toBe(title);
    expect((ld?.author as unknown[]).length).toBeGreaterThan(0);
    expect(ld?.datePublished).toMatch(/^\d{4}/);
    expect(ld?.publisher).toMatchObject({ '@type': 'Organization', name: '城市党建实践比较' });
    expect(ld?.contentLocation).toMatchObject({ '@type': 'Place' });
    expect((ld?.about as unknown[]).length).toBeGreaterThan(0);
    expect(ld?.isBasedOn).toMatchObject({ '@type': SCHEMA_TYPES[slug], name: title });
  });

  it('offers BibTeX, RIS and CSL-JSON at stable URLs, as UTF-8 files', async () => {
    const page = await site.page(`/documents/${slug}/`);
    const hrefs = await page.$$eval('.cite-downloads a', (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual([`/documents/${slug}.bib`, `/documents/${slug}.ris`, `/documents/${slug}.json`]);
    const title = await page.locator('h1').textContent();
    for (const href of hrefs) {
      // Emitted as files, not as directories with an index.html.
      expect(statSync(join(DIST_DIR, href ?? '')).isFile()).toBe(true);
      const response = await fetch(site.url + href);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/charset=utf-8$/);
      const items = new Cite(await response.text()).data as { title: string; URL: string }[];
      expect(items.map((item) => [item.title, item.URL])).toEqual([[title, `${SITE}/documents/${slug}/`]]);
    }
  });
});

describe('theme and place pages', () => {
  it.each(['/themes/talent/', '/places/zigong/'])('%s carries citation metadata for the site page', async (path) => {
    const page = await site.page(path);
    expect(await metaContents(page, 'citation_public_url')).toEqual([`${SITE}${path}`]);
    expect(await metaContents(page, 'citation_author')).toEqual(['城市党建实践比较']);
    expect((await metaContents(page, 'citation_title'))[0]).toContain(await page.locator('h1').evaluate((h) => h.firstChild?.textContent?.trim()));
    const [ld] = await jsonLd(page);
    expect(ld).toMatchObject({ '@type': 'CollectionPage', url: `${SITE}${path}`, isPartOf: { '@type': 'WebSite' } });
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

  it('copies the GB/T 7714 reference and confirms it visibly and to screen readers', async () => {
    const page = await pageWithClipboard(ZAOZHUANG);
    const button = page.locator('button[data-copy-target="cite-gbt-source"]');
    await button.click();
    await expect.poll(() => clipboard(page)).toBe('刘振江. 党建引领风帆劲[N]. 枣庄日报全媒体, 2021-09-01.');
    expect(await button.textContent()).toBe('已复制');
    expect(await page.locator('[role="status"][aria-live="polite"]').textContent()).toBe('已复制');
    await expect.poll(() => button.textContent(), { timeout: 4000 }).toBe('复制');
  });

  it('fills in today as the 引用日期 and copies it with the site reference, from the keyboard', async () => {
    const page = await pageWithClipboard(ZAOZHUANG);
    await page.locator('button[data-copy-target="cite-gbt-page"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => clipboard(page))
      .toBe(`刘振江. 党建引领风帆劲[EB/OL]. [${today()}]. ${SITE}${ZAOZHUANG}.`);
  });

  it('copies a passage with its location', async () => {
    const page = await pageWithClipboard(ZAOZHUANG);
    await page.locator('[data-practice-id="zaozhuang-party-education"] button').click();
    await expect
      .poll(() => clipboard(page))
      .toBe(
        `刘振江. 党建引领风帆劲[N]. 枣庄日报全媒体, 2021-09-01. 引文位置: 党员干部理想信念更加坚定 › 抓实党内教育. ${SITE}${ZAOZHUANG}#zaozhuang-party-education.`,
      );
  });

  it('a permalink copies the URL with its anchor and leads to the practice', async () => {
    const page = await pageWithClipboard(ZAOZHUANG);
    const id = 'zaozhuang-rewards-penalties';
    await page.locator(`a.practice-id[href="#${id}"]`).click();
    await expect.poll(() => clipboard(page)).toBe(`${SITE}${ZAOZHUANG}#${id}`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    const heading = page.locator(`#${id}`);
    expect(await heading.textContent()).toBe('严格奖惩增干劲');
    expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);

    // Followed from another page, the permalink lands on the practice too.
    const fresh = await site.page(`${ZAOZHUANG}#${id}`);
    expect(await fresh.locator(`#${id}`).evaluate((el) => el.matches(':target'))).toBe(true);
  });
});

describe('without scripts', () => {
  it('shows the 引用日期 placeholder with its explanation and no dead buttons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + ZAOZHUANG);
    expect(await page.locator('#cite-gbt-page').textContent()).toBe(`刘振江. 党建引领风帆劲[EB/OL]. [引用日期]. ${SITE}${ZAOZHUANG}.`);
    expect(await page.locator('[data-accessed-note]').isVisible()).toBe(true);
    expect(await page.locator('button.copy-button:visible').count()).toBe(0);
    await context.close();
  });
});

describe('script budget', () => {
  it('a document page loads only external modules, no inline script, under 10 KB gzip together', () => {
    const html = readFileSync(join(DIST_DIR, ZAOZHUANG, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
    const executable = scripts.filter((attributes) => !attributes.includes('application/ld+json'));
    const sources = executable.map((attributes) => /src="([^"]+)"/.exec(attributes)?.[1] ?? 'inline');
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^\/_astro\/.+\.js$/);
    const gzipped = sources.reduce((total, src) => total + gzipSync(readFileSync(join(DIST_DIR, src))).length, 0);
    expect(gzipped).toBeLessThan(10 * 1024);
  });
});
