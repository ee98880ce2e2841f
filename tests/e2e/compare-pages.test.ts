/**
 * The comparison pages against the built site: every tagged practice is on its theme's page,
 * the table's counts equal the tags, every shared approach's term is in each practice it lists,
 * every link resolves to an anchor that exists, and the picker keeps its choice in the URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPractices, readDocumentFiles } from '../../src/lib/corpus.ts';
import { practiceText } from '../../src/lib/compare/model.ts';
import { DOCUMENTS_DIR, PLACES_FILE, THEMES_FILE } from '../../src/lib/paths.ts';
import { DIST_DIR, useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();
const practices = collectPractices(readDocumentFiles(DOCUMENTS_DIR));
const places = (JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as { id: string }[]).map((place) => place.id);
const themes = (JSON.parse(readFileSync(THEMES_FILE, 'utf8')) as { id: string }[]).map((theme) => theme.id);
const pairs = [...places].sort().flatMap((a, index, sorted) => sorted.slice(index + 1).map((b) => `/compare/${a}/${b}/`));
const COMPARISON_PAGES = ['/compare/', ...themes.map((theme) => `/themes/${theme}/`), ...pairs];

function builtHtml(path: string): string | undefined {
  const file = join(DIST_DIR, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

describe('theme pages', () => {
  it.each(themes)('/themes/%s/ shows every practice tagged with the theme under its place', async (theme) => {
    const page = await site.page(`/themes/${theme}/`);
    const shown = await page.$$eval('#by-place ~ .places [data-practice]', (cells) =>
      cells.map((cell) => `${cell.closest('section')?.querySelector('h3')?.id}:${cell.getAttribute('data-practice')}`),
    );
    const tagged = practices.filter((practice) => practice.themes.includes(theme));
    expect(tagged.length).toBeGreaterThan(0);
    expect(shown.sort()).toEqual(tagged.map((practice) => `place-${practice.place}:${practice.id}`).sort());
  });

  it.each(themes)('/themes/%s/: each shared approach occurs in every practice it lists, in 2+ places', async (theme) => {
    const page = await site.page(`/themes/${theme}/`);
    const approaches = await page.$$eval('.approach', (items) =>
      items.map((item) => ({
        terms: (item.getAttribute('data-terms') ?? '').split('|'),
        places: [...item.querySelectorAll('[data-place]')].map((section) => section.getAttribute('data-place')),
        cells: [...item.querySelectorAll('[data-practice]')].map((cell) => ({
          id: cell.getAttribute('data-practice') ?? '',
          term: cell.getAttribute('data-term') ?? '',
        })),
      })),
    );
    expect(approaches.length).toBeGreaterThan(0);
    for (const approach of approaches) {
      expect(new Set(approach.places).size).toBeGreaterThanOrEqual(2);
      for (const cell of approach.cells) {
        const practice = practices.find((candidate) => candidate.id === cell.id);
        expect(practice && practiceText(practice), `${cell.id} 应含“${cell.term}”`).toContain(cell.term);
        expect(approach.terms.some((term) => term.includes(cell.term))).toBe(true);
      }
    }
  });

  it('finds the shared approaches the sources support', async () => {
    const terms = await Promise.all(
      themes.map(async (theme) => {
        const page = await site.page(`/themes/${theme}/`);
        return page.$$eval('.approach', (items) => items.flatMap((item) => (item.getAttribute('data-terms') ?? '').split('|')));
      }),
    );
    expect(terms.flat()).toEqual(expect.arrayContaining(['柔性引才', '柔性引进', '容错纠错', '村级集体经济', '村党组织书记']));
    expect(terms.flat().some((term) => term.includes('年轻干部'))).toBe(true);
  });
});

describe('/compare/', () => {
  it('counts in the table equal the practices tagged for each place and theme', async () => {
    const page = await site.page('/compare/');
    const cells = await page.$$eval('.matrix tbody td', (tds) =>
      tds.map((td) => {
        // What a sighted reader sees: the screen-reader-only words are dropped.
        const visible = td.cloneNode(true) as HTMLElement;
        for (const hidden of visible.querySelectorAll('.visually-hidden')) hidden.remove();
        return `${td.closest('tr')?.getAttribute('data-place')}/${td.getAttribute('data-theme')}=${visible.textContent?.trim()}`;
      }),
    );
    const expected = places.flatMap((place) =>
      themes.map((theme) => {
        const count = practices.filter((practice) => practice.place === place && practice.themes.includes(theme)).length;
        return `${place}/${theme}=${count > 0 ? count : '—'}`;
      }),
    );
    expect(cells.sort()).toEqual(expected.sort());
  });

  it('draws one labelled SVG profile per place', async () => {
    const page = await site.page('/compare/');
    const labels = await page.$$eval('svg.profile[role="img"]', (svgs) => svgs.map((svg) => svg.querySelector('desc')?.textContent));
    expect(labels).toHaveLength(places.length);
    expect(labels.every((label) => /\d+ 项/.test(label ?? ''))).toBe(true);
  });

  it('keeps the picker’s choice in the URL and shows only the chosen places and themes', async () => {
    const [first = '', second = ''] = places;
    const page = await site.page(`/compare/?places=${first},${second}&themes=${themes[0]}`);
    const visibleRows = await page.$$eval('.matrix tbody tr:not([data-hidden])', (rows) => rows.map((row) => row.getAttribute('data-place')));
    expect(visibleRows.sort()).toEqual([first, second].sort());
    expect(await page.$$eval('.matrix thead th[data-theme]:not([data-hidden])', (ths) => ths.length)).toBe(1);
    expect(await page.locator('#picker-pair a').getAttribute('href')).toBe(`/compare/${[first, second].sort().join('/')}/`);
    await page.locator(`#picker input[name="themes"][value="${themes[1]}"]`).check();
    // The page lists places and themes in collection order (by id), and so does the URL.
    expect(new URL(page.url()).search).toBe(`?places=${[first, second].sort().join(',')}&themes=${themes.slice(0, 2).sort().join(',')}`);
  });

  it('shows everything without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/compare/?places=${places[0]}`);
    expect(await page.locator('.matrix tbody tr').count()).toBe(places.length);
    expect(await page.locator('#picker').isHidden()).toBe(true);
    await context.close();
  });
});

describe('pair pages', () => {
  it('exist for every pair in canonical order and are linked from the overview', async () => {
    const page = await site.page('/compare/');
    const links = await page.$$eval('.pairs a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.sort()).toEqual([...pairs].sort());
    for (const pair of pairs) expect(builtHtml(pair), pair).toBeDefined();
  });
});

describe('links from the comparison pages', () => {
  it('every internal link resolves to a built page and, with a fragment, to an element with that id', async () => {
    const broken: string[] = [];
    let checked = 0;
    for (const path of COMPARISON_PAGES) {
      const page = await site.page(path);
      const hrefs = await page.$$eval('main a[href^="/"]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      await page.close();
      for (const href of new Set(hrefs)) {
        const [target = '', fragment] = href.split('#');
        const html = builtHtml(target.split('?')[0] ?? '');
        checked++;
        if (html === undefined) broken.push(`${path} → ${href}: 无此页面`);
        else if (fragment && !html.includes(`id="${decodeURIComponent(fragment)}"`)) broken.push(`${path} → ${href}: 无此锚点`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
