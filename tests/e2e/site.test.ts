/**
 * The reading site as a visitor meets it: every page type loads in Chromium, navigation and
 * practice links land on real anchors, and each document page shows every line of its source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPractices, documentSlug, parseFrontmatter, readDocumentFiles } from '../../src/lib/corpus.ts';
import { DOCUMENTS_DIR, PLACES_FILE, SOURCES_DIR, THEMES_FILE } from '../../src/lib/paths.ts';
import { decodeSource } from '../../src/lib/ingest/decode.ts';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();
const documentFiles = readDocumentFiles(DOCUMENTS_DIR);
const practices = collectPractices(documentFiles);
const placeIds = (JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as { id: string }[]).map((place) => place.id);
const themeIds = (JSON.parse(readFileSync(THEMES_FILE, 'utf8')) as { id: string }[]).map((theme) => theme.id);
const documentPaths = documentFiles.map((file) => `/documents/${documentSlug(file.path)}/`);
const pagePaths = [
  '/',
  '/documents/',
  '/places/',
  '/themes/',
  '/search/',
  ...documentPaths,
  ...placeIds.map((id) => `/places/${id}/`),
  ...themeIds.map((id) => `/themes/${id}/`),
];

const squash = (text: string) => text.replace(/\s+/g, '');

describe('every page type', () => {
  it.each(pagePaths)('%s loads in Chinese with one h1 and no sideways scrolling at 360 px', async (path) => {
    const page = await site.page();
    await page.setViewportSize({ width: 360, height: 800 });
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('header nav a').count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('an unknown address gets the 404 page with a way back', async () => {
    const page = await site.page();
    const response = await page.goto(`${site.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('页面不存在');
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
    await page.close();
  });
});

describe('links', () => {
  it('every header, breadcrumb and in-page link on every page resolves, anchors included', async () => {
    const page = await site.page();
    // Target page (without hash) → anchors linked to on it.
    const targets = new Map<string, Set<string>>();
    for (const path of pagePaths) {
      await page.goto(site.url + path);
      const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
      for (const href of hrefs.filter((h) => h.startsWith(site.url))) {
        const url = new URL(href);
        const anchors = targets.get(url.origin + url.pathname) ?? new Set<string>();
        if (url.hash) anchors.add(decodeURIComponent(url.hash.slice(1)));
        targets.set(url.origin + url.pathname, anchors);
      }
    }
    const broken: string[] = [];
    for (const [target, anchors] of targets) {
      // Files (raw sources, .bib/.ris/.json downloads) are fetched; Chromium would download them.
      if (!target.endsWith('/')) {
        const status = (await fetch(target)).status;
        if (status !== 200) broken.push(`${target} → ${status}`);
        continue;
      }
      const response = await page.goto(target);
      if (response?.status() !== 200) {
        broken.push(`${target} → ${response?.status()}`);
        continue;
      }
      const ids = new Set(await page.$$eval('[id]', (elements) => elements.map((element) => element.id)));
      for (const anchor of anchors) if (!ids.has(anchor)) broken.push(`${target}#${anchor}: 锚点不存在`);
    }
    expect(broken).toEqual([]);
    expect(targets.size).toBeGreaterThan(pagePaths.length);
    await page.close();
  });
});

describe('documents', () => {
  // One test per document: the time a test takes must not grow with the corpus.
  it.each(documentFiles.map((file) => documentSlug(file.path)))(
    '%s: every practice has a heading anchor with its id, level and theme badges',
    async (slug) => {
      const page = await site.page(`/documents/${slug}/`);
      for (const practice of practices.filter((p) => p.document === slug)) {
        const heading = page.locator(`[id="${practice.id}"]`);
        expect(await heading.evaluate((element) => element.tagName)).toBe(`H${practice.level}`);
        expect(squash(await heading.innerText())).toBe(squash(practice.title));
        const badges = await page
          .locator(`[data-practice-id="${practice.id}"] .theme-badges a`)
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(badges).toEqual(practice.themes.map((theme) => `/themes/${theme}/`));
      }
      await page.close();
    },
  );

  it.each(documentFiles.map((file) => [documentSlug(file.path), file] as const))(
    '%s shows every line of its source, in order',
    async (slug, file) => {
      const source = String(parseFrontmatter(file).source);
      const lines = decodeSource(readFileSync(join(SOURCES_DIR, source)), source).text.split('\n').map(squash).filter(Boolean);
      const page = await site.page(`/documents/${slug}/`);
      const text = squash(await page.locator('main').innerText());
      let from = 0;
      const missing: string[] = [];
      for (const line of lines) {
        const at = text.indexOf(line, from);
        if (at < 0) missing.push(line);
        else from = at + line.length;
      }
      expect(missing).toEqual([]);
      expect(lines.length).toBeGreaterThan(0);
      await page.close();
    },
  );

  it.each(documentFiles.map((file) => [documentSlug(file.path), String(parseFrontmatter(file).source)] as const))(
    '%s: its source is served as UTF-8 text at /sources/<file> and byte for byte at /sources/raw/<file>',
    async (_slug, source) => {
      const bytes = readFileSync(join(SOURCES_DIR, source));
      const text = await fetch(`${site.url}/sources/${source}`);
      expect(text.headers.get('content-type')).toContain('charset=utf-8');
      expect(await text.text()).toBe(decodeSource(bytes, source).text);
      const raw = await fetch(`${site.url}/sources/raw/${source}`);
      expect(Buffer.from(await raw.arrayBuffer()).equals(bytes)).toBe(true);
    },
  );
});

describe('browsing by place and theme', () => {
  it('each place page lists every practice of that place, and each theme’s pages reach every practice of that theme', async () => {
    const page = await site.page();
    for (const id of placeIds) {
      await page.goto(`${site.url}/places/${id}/`);
      const links = new Set(await page.$$eval('main a[href*="#"]', (as) => as.map((a) => a.getAttribute('href'))));
      for (const practice of practices.filter((p) => p.place === id)) {
        expect(links).toContain(`/documents/${practice.document}/#${practice.id}`);
      }
    }
    // A theme's pages (pager) hold every place; a practice a cell cannot list is on the place's full list it links.
    const linksOn = async (path: string) => {
      await page.goto(`${site.url}${path}`);
      return {
        practices: await page.$$eval('main a[href*="#"]', (as) => as.map((a) => a.getAttribute('href') ?? '')),
        fullLists: await page.$$eval('[data-full-list]', (as) => as.map((a) => a.getAttribute('href') ?? '')),
        next: await page.$$eval('.pager a[rel="next"]', (as) => as[0]?.getAttribute('href') ?? null),
      };
    };
    for (const id of themeIds) {
      const links = new Set<string>();
      const fullLists = new Set<string>();
      for (let path: string | null = `/themes/${id}/`; path; ) {
        const found = await linksOn(path);
        found.practices.forEach((href) => links.add(href));
        found.fullLists.forEach((href) => fullLists.add(href));
        path = found.next;
      }
      for (const list of fullLists) {
        for (let path: string | null = list; path; ) {
          const found = await linksOn(path);
          found.practices.forEach((href) => links.add(href));
          path = found.next;
        }
      }
      for (const practice of practices.filter((p) => p.themes.includes(id))) {
        expect(links).toContain(`/documents/${practice.document}/#${practice.id}`);
      }
    }
    await page.close();
  });
});
