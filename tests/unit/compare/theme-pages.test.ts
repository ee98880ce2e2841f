import { describe, expect, it } from 'vitest';
import { buildComparison, type CompareInput, type ThemeGrid } from '../../../src/lib/compare/model.ts';
import {
  boundedFigures,
  shownTextChars,
  THEME_FIGURES_PER_PLACE,
  THEME_SOURCES_PER_PLACE,
  themePages,
  themePlaceIndex,
  themePlacePages,
  type PlaceListCounts,
} from '../../../src/lib/compare/theme-pages.ts';
import { PLACE_PRACTICES_SHOWN } from '../../../src/lib/listings.ts';
import { input, manyPlacesInput as largeInput } from './fixtures.ts';

const gridOf = (source: CompareInput, theme: string): ThemeGrid => {
  const found = buildComparison(source).grids.get(theme);
  if (!found) throw new Error(theme);
  return found;
};
/** As the place pages count: every practice of the place tagged with the theme. */
const countsOf = (source: CompareInput, theme: string): PlaceListCounts => ({
  practices: (place) => source.practices.filter((practice) => practice.place === place && practice.themes.includes(theme)).length,
  documents: (place) => source.documents.filter((document) => document.place === place).length,
});

describe('themePlacePages', () => {
  it('puts the places on pages in the grid’s order, each place on exactly one page, at the listing paths', () => {
    const grid = gridOf(input, 'cadres');
    const pages = themePlacePages(grid, input.config.themePlacesPerPage);
    expect(pages.map(({ page }) => [page.path, page.items.map((entry) => entry.place.id)])).toEqual([
      ['/themes/cadres/', ['zeta', 'alpha']],
      ['/themes/cadres/page/2/', ['mu']],
    ]);
    expect(themePlacePages(grid, 6).map(({ page }) => page.path)).toEqual(['/themes/cadres/']);
  });

  it('indexes every place with its count and the page and anchor holding its column', () => {
    const pages = themePlacePages(gridOf(input, 'talent'), 2);
    expect(themePlaceIndex(pages).map((entry) => [entry.place.id, entry.reported, entry.covers, entry.page, entry.href])).toEqual([
      ['zeta', 1, true, 1, '/themes/talent/#place-zeta'],
      ['alpha', 1, true, 1, '/themes/talent/#place-alpha'],
      ['mu', 0, false, 2, '/themes/talent/page/2/#place-mu'],
    ]);
  });
});

describe('themePages', () => {
  const pages = themePages(gridOf(input, 'cadres'), input.config, countsOf(input, 'cadres'));

  it('keeps every type row on every page, with the whole theme’s count of places reporting', () => {
    for (const { view } of pages) {
      expect(view.rows.map((row) => `${row.type.id}:${row.placesReporting}`)).toEqual(['young:2', 'training:2']);
    }
    expect(pages[1]?.view.rows.map((row) => row.cells.map((cell) => cell.place.id))).toEqual([['mu'], ['mu']]);
  });

  it('lists only the page’s places in coverage, requirements and figures', () => {
    expect(pages.map((page) => page.coverage.map(({ entry }) => entry.place.id))).toEqual([['zeta', 'alpha'], ['mu']]);
    expect(pages.map((page) => page.view.others.map((entry) => entry.place.id))).toEqual([['alpha'], []]);
    expect(pages.map((page) => page.figures.shown.map((figure) => figure.place))).toEqual([['alpha'], []]);
  });

  it('links a place’s full theme list where the place pages put it', () => {
    expect(pages[0]?.listHref.get('zeta')).toBe('/places/zeta/#theme-cadres');
    const long: PlaceListCounts = { practices: () => PLACE_PRACTICES_SHOWN + 1, documents: () => 100 };
    const [first] = themePages(gridOf(input, 'cadres'), input.config, long);
    expect(first?.listHref.get('zeta')).toBe('/places/zeta/themes/cadres/');
    expect(first?.coverage[0]?.documentsHref).toBe('/places/zeta/documents/');
    expect(pages[0]?.coverage[0]?.documentsHref).toBe('/places/zeta/#place-documents');
  });
});

describe('a theme with more places and practices than a page holds', () => {
  const source = largeInput();
  const grid = gridOf(source, 'cadres');
  const { cellLimit, cellFoldLimit, themePlacesPerPage } = source.config;
  const pages = themePages(grid, source.config, countsOf(source, 'cadres'));

  it('spreads 13 places over ⌈13/6⌉ pages, each place on exactly one', () => {
    expect(pages.map(({ page }) => page.items.length)).toEqual([6, 6, 1]);
    const onPages = pages.flatMap(({ grid: pageGrid }) => pageGrid.coverage.map((entry) => entry.place.id));
    expect(onPages).toEqual(source.places.map((place) => place.id));
    expect(pages.every(({ page }) => page.count === 3 && page.total === 13)).toBe(true);
    expect(pages.every(({ grid: pageGrid }) => pageGrid.rows.every((row) => row.cells.length <= themePlacesPerPage))).toBe(true);
  });

  it('bounds every cell and every place’s requirements, and reaches every practice: shown, folded, or through the full list', () => {
    for (const { view, listHref } of pages) {
      const lists = [...view.rows.flatMap((row) => row.cells.map((cell) => ({ place: cell.place.id, all: cell.practices, fold: cell }))), ...view.others.map((entry) => ({ place: entry.place.id, all: grid.coverage.find((c) => c.place.id === entry.place.id)?.others ?? [], fold: entry }))];
      for (const { place, all, fold } of lists) {
        expect(fold.shown.length).toBeLessThanOrEqual(cellLimit);
        expect(fold.rest.length).toBeLessThanOrEqual(cellFoldLimit);
        const listed = [...fold.shown.map((item) => item.practice.id), ...fold.rest.map((practice) => practice.id)];
        expect(listed).toEqual(all.slice(0, listed.length).map((practice) => practice.id));
        expect(listed.length + fold.unlisted).toBe(all.length);
        // What is not listed is on the place's full list, which the page links.
        if (fold.unlisted > 0) expect(listHref.get(place)).toBe(`/places/${place}/themes/cadres/`);
      }
    }
    // The fixture does exercise the bound: some cell leaves practices to the full list.
    expect(pages.some(({ view }) => view.rows.some((row) => row.cells.some((cell) => cell.unlisted > 0)))).toBe(true);
  });

  it('caps each place’s sources and figures, saying how many are left out', () => {
    for (const { coverage } of pages) {
      for (const view of coverage) {
        expect(view.sources.length).toBe(Math.min(THEME_SOURCES_PER_PLACE, view.entry.sources.length));
        expect(view.moreSources).toBe(view.entry.sources.length - view.sources.length);
      }
    }
    const last = pages[2];
    // p13 has 13 documents with 0…12 figures each: far more than a page shows.
    expect(last?.figures.shown).toHaveLength(THEME_FIGURES_PER_PLACE);
    expect(last?.figures.hidden).toEqual([{ place: expect.objectContaining({ id: 'p13' }), count: (12 * 13) / 2 - THEME_FIGURES_PER_PLACE }]);
    expect(boundedFigures(grid, 1000).shown).toHaveLength(grid.figures.length);
  });
});

describe('inline texts', () => {
  it('counts each practice’s text once (its first showing), in cells and among requirements', () => {
    const [first] = themePages(gridOf(input, 'cadres'), input.config, countsOf(input, 'cadres'));
    // zeta-young-1, -2 (young; -1 again under training), alpha-flex, alpha-training-plan.
    const texts = ['zeta-young-1', 'zeta-young-2', 'alpha-flex', 'alpha-training-plan'].map((id) => input.practices.find((practice) => practice.id === id)?.text.length ?? 0);
    expect(first && shownTextChars(first.view)).toBe(texts.reduce((a, b) => a + b, 0));
    expect(first?.inlineText).toBe(true);
  });

  it('are left out, all of a page’s, once the page’s texts exceed themePageTextChars', () => {
    const source = largeInput();
    const pages = themePages(gridOf(source, 'cadres'), source.config, countsOf(source, 'cadres'));
    for (const page of pages) expect(page.inlineText, page.page.path).toBe(page.textChars <= source.config.themePageTextChars);
    expect(pages.some((page) => !page.inlineText)).toBe(true);
    const roomy = themePages(gridOf(source, 'cadres'), { ...source.config, themePageTextChars: 1_000_000 }, countsOf(source, 'cadres'));
    expect(roomy.every((page) => page.inlineText)).toBe(true);
  });
});
