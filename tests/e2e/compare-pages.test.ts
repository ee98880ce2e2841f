/**
 * The comparison pages against the built site, with every expectation derived from the content:
 * the theme pages as tests/support/theme-pages.ts checks them (paginated by place, cells capped and
 * folded, every practice reachable), the pair pages as tests/support/pair-pages.ts checks them
 * (shared types side by side, lists bounded past the text allowance, every practice reachable),
 * no practice's text is shown twice on a page, the overview's table and CSV equal the typed
 * practices, the picker keeps its choice in the URL and pair links, and every link resolves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/corpus.ts';
import { COMPARE_CONFIG_FILE, parseCompareConfig } from '../../src/lib/compare/config.ts';
import { expectedStatus, files, ofCell, places, practices, themes, types } from '../support/compare-corpus.ts';
import { builtHtml as builtIn, themePagePaths, themePageSuite } from '../support/theme-pages.ts';
import { pairPageSuite, pairs } from '../support/pair-pages.ts';
import { DIST_DIR, useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();
const config = parseCompareConfig(JSON.parse(readFileSync(COMPARE_CONFIG_FILE, 'utf8')));
const COMPARISON_PAGES = ['/compare/', ...themePagePaths(config.themePlacesPerPage), ...pairs.map(([a, b]) => `/compare/${a}/${b}/`)];
const builtHtml = (path: string) => builtIn(DIST_DIR, path);

themePageSuite(site, () => DIST_DIR, config);
pairPageSuite(site, () => DIST_DIR, config);

describe('no excerpt repeated on a page', () => {
  it.each(COMPARISON_PAGES)('%s shows each practice’s full text at most once; later mentions link to it', async (path) => {
    const page = await site.page(path);
    const full = await page.$$eval('li[data-practice]:has(> details.item-text)', (items) => items.map((item) => item.getAttribute('data-practice')));
    expect(new Set(full).size).toBe(full.length);
    const again = await page.$$eval('a.item-again', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of again) expect(await page.locator(href).count(), href).toBe(1);
  });
});

describe('/compare/', () => {
  it('the places × types table holds the reported practices per type, marking places that do not cover the theme', async () => {
    const page = await site.page('/compare/');
    const cells = await page.$$eval('.matrix tbody tr[data-type] td', (tds) =>
      tds.map((td) => `${td.closest('tr')?.getAttribute('data-type')}/${td.getAttribute('data-place')}=${td.textContent?.trim()}`),
    );
    const expected = themes.flatMap((theme) =>
      types
        .filter((type) => type.theme === theme)
        .flatMap((type) =>
          places.map((place) => `${type.id}/${place}=${expectedStatus(theme, type.id, place) === 'theme-absent' ? '未涉及' : ofCell(theme, type.id, place).length}`),
        ),
    );
    expect(cells).toEqual(expected);
  });

  it('offers the same table as CSV (UTF-8 with BOM), and each theme grid as CSV', () => {
    const csv = readFileSync(join(DIST_DIR, 'compare/matrix.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(types.length + 1);
    for (const type of types) {
      const line = lines.find((candidate) => candidate.split(',')[1] === type.id);
      const theme = type.theme;
      expect(line?.split(',').slice(3), type.id).toEqual(places.map((place) => (expectedStatus(theme, type.id, place) === 'theme-absent' ? '' : String(ofCell(theme, type.id, place).length))));
    }
    for (const theme of themes) {
      const themeCsv = readFileSync(join(DIST_DIR, `themes/${theme}.csv`), 'utf8');
      expect(themeCsv.startsWith('\uFEFF')).toBe(true);
      for (const practice of practices.filter((candidate) => candidate.themes.includes(theme))) expect(themeCsv, practice.id).toContain(`#${practice.id}`);
    }
  });

  it('puts the sources on a time line, ordered by year', async () => {
    const page = await site.page('/compare/');
    const years = await page.$$eval('.timeline li', (items) => items.map((item) => Number(/\d{4}/.exec(item.querySelector('.year')?.textContent ?? '')?.[0])));
    expect(years).toHaveLength(files.length);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });

  it('keeps the picker’s choice in the URL and the chosen themes in the pair links', async () => {
    const [first = '', second = ''] = places;
    const [theme = ''] = themes;
    const page = await site.page(`/compare/?places=${first},${second}&themes=${theme}`);
    const visibleColumns = await page.$$eval('.matrix thead th[data-place]:not([data-hidden])', (ths) => ths.map((th) => th.getAttribute('data-place')));
    expect(visibleColumns.sort()).toEqual([first, second].sort());
    expect(await page.$$eval('.matrix tbody:not([data-hidden])', (bodies) => bodies.map((body) => body.getAttribute('data-theme')))).toEqual([theme]);
    expect(await page.locator('#picker-pair a').getAttribute('href')).toBe(`/compare/${[first, second].sort().join('/')}/?themes=${theme}`);
    await page.locator(`#picker input[name="themes"][value="${themes[1]}"]`).check();
    expect(new URL(page.url()).search).toBe(`?places=${[first, second].join(',')}&themes=${themes.slice(0, 2).join(',')}`);
    expect(await page.locator('.pairs a').first().getAttribute('href')).toMatch(new RegExp(`\\?themes=${themes.slice(0, 2).join(',')}$`));
  });

  it('shows everything without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/compare/?places=${places[0]}`);
    expect(await page.locator('.matrix tbody tr[data-type]').count()).toBe(types.length);
    expect(await page.locator('#picker').isHidden()).toBe(true);
    await context.close();
  });
});

describe('pair pages', () => {
  it('exist for every pair in canonical order and are linked from the overview', async () => {
    const page = await site.page('/compare/');
    const links = await page.$$eval('.pairs a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.sort()).toEqual(pairs.map(([a, b]) => `/compare/${a}/${b}/`).sort());
  });

  it('shows only the themes in ?themes= and keeps them in the links to other pairs', async () => {
    const [[a, b] = ['', '']] = pairs;
    const [theme = ''] = themes;
    const page = await site.page(`/compare/${a}/${b}/?themes=${theme}`);
    expect(await page.$$eval('.pair-theme:not([data-hidden])', (sections) => sections.map((section) => section.getAttribute('data-theme')))).toEqual([theme]);
    expect(await page.locator('#theme-filter-note').isVisible()).toBe(true);
    const switches = await page.$$eval('.switch a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(switches.length).toBeGreaterThan(0);
    expect(switches.every((href) => href.endsWith(`?themes=${theme}`))).toBe(true);
  });

  it('labels targets, plans and structural counts among the key figures', async () => {
    const figures = files.flatMap((file) => {
      const data = parseFrontmatter(file) as { place: string; figures?: { status: string; structural?: boolean }[] };
      return (data.figures ?? []).map((figure) => ({ ...figure, place: data.place }));
    });
    const special = figures.find((figure) => figure.status !== 'achieved' || figure.structural);
    expect(special).toBeDefined();
    const [a, b] = [special?.place ?? '', places.find((place) => place !== special?.place) ?? ''].sort();
    const page = await site.page(`/compare/${a}/${b}/`);
    const labels = await page.$$eval('.theme-figures tr[data-status]', (rows) =>
      rows.map((row) => [row.getAttribute('data-status'), row.getAttribute('data-structural'), [...row.querySelectorAll('.figure-label')].map((label) => label.textContent).join('')]),
    );
    const text = { achieved: '', target: '目标', plan: '计划' } as Record<string, string>;
    for (const [status, structural, label] of labels) expect(label).toBe(`${text[status ?? ''] ?? ''}${structural ? '结构性数字' : ''}`);
    expect(labels.some(([status, structural]) => status !== 'achieved' || structural)).toBe(true);
  });
});

describe('links from the comparison pages', () => {
  it('every internal link resolves to a built file and, with a fragment, to an element with that id', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const path of COMPARISON_PAGES) {
      // The built HTML, not a browser: the links are static, and a browser per page is slow on a shared machine.
      const main = /<main[\s\S]*<\/main>/.exec(builtHtml(path) ?? '')?.[0] ?? '';
      expect(main, path).not.toBe('');
      const hrefs = [...main.matchAll(/href="(\/[^"]*)"/g)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'));
      for (const href of new Set(hrefs)) {
        const [target = '', fragment] = href.split('#');
        const file = target.split('?')[0] ?? '';
        const html = file.endsWith('.csv') ? (existsSync(join(DIST_DIR, file)) ? '' : undefined) : builtHtml(file);
        checked++;
        if (html === undefined) broken.push(`${path} → ${href}: 无此页面`);
        else if (fragment && !html.includes(`id="${decodeURIComponent(fragment)}"`)) broken.push(`${path} → ${href}: 无此锚点`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
