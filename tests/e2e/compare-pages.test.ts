/**
 * The comparison pages against the built site, with every expectation derived from the content:
 * each theme grid cell holds the place's reported practices of that type (capped, the rest counted),
 * empty cells say why, requirements stay out of the grid, no practice's text is shown twice on a
 * page, the overview's table and CSV equal the typed practices, pair pages put shared types side by
 * side, the picker keeps its choice in the URL and pair links, and every link resolves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPractices, parseFrontmatter, readDocumentFiles } from '../../src/lib/corpus.ts';
import { COMPARE_CONFIG_FILE } from '../../src/lib/compare/config.ts';
import { DOCUMENTS_DIR, PLACES_FILE, PRACTICE_TYPES_FILE, THEMES_FILE } from '../../src/lib/paths.ts';
import { DIST_DIR, useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();
const files = readDocumentFiles(DOCUMENTS_DIR);
const practices = collectPractices(files);
const reported = practices.filter((practice) => practice.kind === 'practice');
const documentThemes = files.map((file) => {
  const data = parseFrontmatter(file);
  return { place: String(data.place), themes: data.themes as string[] };
});
const places = (JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as { id: string }[]).map((place) => place.id);
const themes = (JSON.parse(readFileSync(THEMES_FILE, 'utf8')) as { id: string }[]).map((theme) => theme.id);
const types = JSON.parse(readFileSync(PRACTICE_TYPES_FILE, 'utf8')) as { id: string; theme: string; name: string }[];
const { cellLimit } = JSON.parse(readFileSync(COMPARE_CONFIG_FILE, 'utf8')) as { cellLimit: number };
const pairs = [...places].sort().flatMap((a, index, sorted) => sorted.slice(index + 1).map((b) => [a, b] as const));
const COMPARISON_PAGES = ['/compare/', ...themes.map((theme) => `/themes/${theme}/`), ...pairs.map(([a, b]) => `/compare/${a}/${b}/`)];

const ofCell = (theme: string, type: string, place: string) =>
  reported.filter((practice) => practice.place === place && practice.themes.includes(theme) && practice.types.includes(type)).map((practice) => practice.id);
const covers = (theme: string, place: string) =>
  practices.some((practice) => practice.place === place && practice.themes.includes(theme)) ||
  documentThemes.some((document) => document.place === place && document.themes.includes(theme));
const expectedStatus = (theme: string, type: string, place: string) => {
  if (ofCell(theme, type, place).length > 0) return 'reported';
  const others = practices.some((practice) => practice.kind !== 'practice' && practice.place === place && practice.themes.includes(theme) && practice.types.includes(type));
  return others ? 'not-reported' : covers(theme, place) ? 'type-absent' : 'theme-absent';
};

function builtHtml(path: string): string | undefined {
  const file = join(DIST_DIR, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

describe('theme pages', () => {
  it.each(themes)('/themes/%s/: a row per type of the theme, each cell the place’s reported practices of the type', async (theme) => {
    const page = await site.page(`/themes/${theme}/`);
    const rows = await page.$$eval('.type-row', (sections) =>
      sections.map((section) => ({
        type: section.getAttribute('data-type') ?? '',
        cells: [...section.querySelectorAll('.cell')].map((cell) => ({
          place: cell.getAttribute('data-place') ?? '',
          status: cell.getAttribute('data-status') ?? '',
          shown: [...cell.querySelectorAll('[data-practice]')].map((item) => item.getAttribute('data-practice') ?? ''),
          more: Number(/另 (\d+) 条/.exec(cell.querySelector('.more summary')?.textContent ?? '')?.[1] ?? 0),
          rest: [...cell.querySelectorAll('[data-rest]')].map((item) => item.getAttribute('data-rest') ?? ''),
          empty: cell.querySelector('.empty')?.textContent?.trim() ?? '',
        })),
      })),
    );
    expect(rows.map((row) => row.type)).toEqual(types.filter((type) => type.theme === theme).map((type) => type.id));
    for (const row of rows) {
      expect(row.cells.map((cell) => cell.place)).toEqual(places);
      for (const cell of row.cells) {
        const expected = ofCell(theme, row.type, cell.place);
        const where = `${theme}/${row.type}/${cell.place}`;
        expect(cell.shown, where).toEqual(expected.slice(0, cellLimit));
        expect(cell.more, where).toBe(Math.max(0, expected.length - cellLimit));
        // Beyond the cap, still every practice is linked: by title, folded.
        expect(cell.rest, where).toEqual(expected.slice(cellLimit));
        expect(cell.status, where).toBe(expectedStatus(theme, row.type, cell.place));
        if (cell.status === 'theme-absent') expect(cell.empty, where).toBe('该来源未涉及此主题');
        if (cell.status === 'type-absent') expect(cell.empty, where).toBe('来源涉及此主题但无此类做法');
      }
    }
  });

  it.each(themes)('/themes/%s/: requirements and outcomes are listed apart, each once', async (theme) => {
    const page = await site.page(`/themes/${theme}/`);
    const inGrid = await page.$$eval('.type-row [data-practice]', (items) => items.map((item) => item.getAttribute('data-kind')));
    expect(inGrid.every((kind) => kind === 'practice')).toBe(true);
    const apart = await page.$$eval('#others ~ .others [data-practice]', (items) => items.map((item) => item.getAttribute('data-practice')));
    const expected = practices.filter((practice) => practice.kind !== 'practice' && practice.themes.includes(theme)).map((practice) => practice.id);
    expect(apart.sort()).toEqual(expected.sort());
  });

  it('a type’s row counts the places with reported practices of it', async () => {
    const theme = themes[0] ?? '';
    const page = await site.page(`/themes/${theme}/`);
    const counts = await page.$$eval('.type-row', (sections) => sections.map((section) => `${section.getAttribute('data-type')}:${section.querySelector('.type-count')?.textContent}`));
    expect(counts).toEqual(
      types.filter((type) => type.theme === theme).map((type) => `${type.id}:${places.filter((place) => ofCell(theme, type.id, place).length > 0).length} 地有已报道做法`),
    );
  });
});

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

  it.each(pairs)('/compare/%s/%s/: types both report side by side, then each place’s own', async (a, b) => {
    const page = await site.page(`/compare/${a}/${b}/`);
    for (const theme of themes) {
      const section = page.locator(`.pair-theme[data-theme="${theme}"]`);
      const both = await section.locator('.sides').evaluateAll((sides) =>
        sides.map((side) => [
          side.closest('.pair-row')?.getAttribute('data-type'),
          ...[...side.querySelectorAll('.side')].map((column) => [...column.querySelectorAll('[data-practice]')].map((item) => item.getAttribute('data-practice')).join(' ')),
        ]),
      );
      const typesOf = types.filter((type) => type.theme === theme).map((type) => type.id);
      const expectedBoth = typesOf
        .filter((type) => ofCell(theme, type, a).length > 0 && ofCell(theme, type, b).length > 0)
        .map((type) => [type, ofCell(theme, type, a).join(' '), ofCell(theme, type, b).join(' ')]);
      expect(both, `${theme} 两地都有`).toEqual(expectedBoth);
      for (const [place, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const only = await section.locator(`.alone > [data-place="${place}"] .pair-row`).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-type')));
        expect(only, `${theme} 仅${place}`).toEqual(typesOf.filter((type) => ofCell(theme, type, place).length > 0 && ofCell(theme, type, other).length === 0));
      }
    }
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
