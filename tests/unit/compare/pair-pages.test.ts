import { describe, expect, it } from 'vitest';
import { buildComparison, comparePair, pairView, type CompareInput, type PairCellView, type PracticeInput } from '../../../src/lib/compare/model.ts';
import { pairPage, pairShown, type PairListCounts } from '../../../src/lib/compare/pair-pages.ts';
import { textCharsOf, THEME_FIGURES_PER_PLACE, THEME_SOURCES_PER_PLACE } from '../../../src/lib/compare/theme-pages.ts';
import { input, manyPlacesInput } from './fixtures.ts';

/** As the place pages count: every practice of the place tagged with the theme, every document of the place. */
const countsOf = (source: CompareInput): PairListCounts => ({
  practices: (place, theme) => source.practices.filter((practice) => practice.place === place && practice.themes.includes(theme)).length,
  documents: (place) => source.documents.filter((document) => document.place === place).length,
});

function pageOf(source: CompareInput, a: string, b: string) {
  const comparison = buildComparison(source);
  const place = (id: string) => {
    const found = source.places.find((entry) => entry.id === id);
    if (!found) throw new Error(id);
    return found;
  };
  return pairPage(comparison, place(a), place(b), source.config, countsOf(source));
}

/** Every list of a pair page with the practices it stands for, the place and the theme. */
function listsOf(source: CompareInput, a: string, b: string) {
  const page = pageOf(source, a, b);
  const full = comparePair(buildComparison(source), a, b);
  const lists = page.themes.flatMap((view, t) => {
    const whole = full[t];
    if (!whole) throw new Error(view.theme.id);
    const rows = (views: typeof view.both, rowsFull: typeof whole.both) =>
      views.flatMap((row, r) => [
        { place: a, cell: row.a, all: rowsFull[r]?.a ?? [] },
        { place: b, cell: row.b, all: rowsFull[r]?.b ?? [] },
      ]);
    return [
      ...rows(view.both, whole.both),
      ...rows(view.onlyA, whole.onlyA),
      ...rows(view.onlyB, whole.onlyB),
      { place: a, cell: view.othersA, all: whole.othersA },
      { place: b, cell: view.othersB, all: whole.othersB },
    ].map((list) => ({ ...list, theme: view.theme.id, listHref: view.listHref.get(list.place) }));
  });
  return { page, lists };
}

const listed = (cell: PairCellView) => [...cell.shown.map((item) => item.practice.id), ...cell.rest.map((practice) => practice.id)];

describe('a small pair (within themePageTextChars)', () => {
  const { page, lists } = listsOf(input, 'alpha', 'zeta');

  it('is whole: every practice shown with its text, nothing folded, as before the bound', () => {
    expect(page.whole).toBe(true);
    expect(page.inlineText).toBe(true);
    for (const { cell, all } of lists) {
      expect(cell.shown.map((item) => item.practice.id)).toEqual(all.map((practice) => practice.id));
      expect([cell.more, cell.rest.length, cell.unlisted]).toEqual([0, 0, 0]);
    }
    // zeta has 3 young-cadre practices, more than cellLimit (2): the page still shows all 3.
    expect(lists.some(({ cell }) => cell.shown.length > input.config.cellLimit)).toBe(true);
  });

  it('names every source, and links each place’s full theme list where the place page puts it', () => {
    expect(page.sources.map((document) => document.id).sort()).toEqual(['doc-alpha', 'doc-zeta']);
    expect(page.placeSources.map((entry) => [entry.place.id, entry.moreSources])).toEqual([
      ['alpha', 0],
      ['zeta', 0],
    ]);
    expect(page.themes[0]?.listHref.get('zeta')).toBe('/places/zeta/#theme-cadres');
  });
});

describe('a pair with more practices than a page holds', () => {
  const source = manyPlacesInput();
  const { cellLimit, cellFoldLimit } = source.config;
  const { page, lists } = listsOf(source, 'p12', 'p13');

  it('bounds every list: cellLimit shown, cellFoldLimit folded, the rest counted, in the lists’ order', () => {
    expect(page.whole).toBe(false);
    for (const { cell, all } of lists) {
      expect(cell.shown.length).toBeLessThanOrEqual(cellLimit);
      expect(cell.rest.length).toBeLessThanOrEqual(cellFoldLimit);
      expect(listed(cell)).toEqual(all.slice(0, listed(cell).length).map((practice) => practice.id));
      expect(listed(cell).length + cell.unlisted).toBe(all.length);
      expect(cell.total).toBe(all.length);
    }
    // The fixture exercises the bound: each place's young-cadre list leaves practices to the full
    // list, and its requirements (12 and 13) are folded past cellLimit.
    expect(lists.filter(({ cell }) => cell.unlisted > 0).map(({ place }) => place)).toEqual(['p12', 'p13']);
    expect([page.themes[0]?.othersA.more, page.themes[0]?.othersB.more]).toEqual([12 - cellLimit, 13 - cellLimit]);
  });

  it('reaches every practice of both places: shown, folded, or on the full theme list it links', () => {
    const reached = new Set(lists.flatMap(({ cell }) => listed(cell)));
    for (const { place, cell, theme, listHref } of lists) {
      // What a list leaves out is on the place's paginated theme list (more than the place page shows).
      if (cell.unlisted > 0) expect(listHref).toBe(`/places/${place}/themes/${theme}/`);
    }
    const linked = new Set(lists.filter(({ cell }) => cell.unlisted > 0).map(({ place, theme }) => `${place}/${theme}`));
    const unreached = source.practices.filter(
      (practice: PracticeInput) =>
        (practice.place === 'p12' || practice.place === 'p13') && !reached.has(practice.id) && !practice.themes.some((theme) => linked.has(`${practice.place}/${theme}`)),
    );
    expect(unreached).toEqual([]);
  });

  it('inlines texts all or nothing, and shows each shown practice’s text once', () => {
    expect(page.textChars).toBe(textCharsOf(pairShown(page.themes)));
    expect(page.inlineText).toBe(page.textChars <= source.config.themePageTextChars);
    expect(page.inlineText).toBe(false);
    const first = pairShown(page.themes).filter((item) => item.firstAt === undefined).map((item) => item.practice.id);
    expect(new Set(first).size).toBe(first.length);
    const roomy = pageOf({ ...source, config: { ...source.config, themePageTextChars: 1_000_000 } }, 'p12', 'p13');
    expect([roomy.whole, roomy.inlineText]).toEqual([true, true]);
  });

  it('caps each place’s sources and key figures, saying how many are left out', () => {
    for (const entry of page.placeSources) {
      expect(entry.sources).toHaveLength(THEME_SOURCES_PER_PLACE);
      expect(entry.moreSources).toBe(entry.total - THEME_SOURCES_PER_PLACE);
      expect(entry.documentsHref).toBe(`/places/${entry.place.id}/documents/`);
    }
    expect(page.sources).toHaveLength(12 + 13);
    const figures = page.themes[0]?.figures;
    expect(figures?.shown).toHaveLength(2 * THEME_FIGURES_PER_PLACE);
    expect(figures?.hidden.map(({ place, count }) => [place.id, count])).toEqual([
      ['p12', (11 * 12) / 2 - THEME_FIGURES_PER_PLACE],
      ['p13', (12 * 13) / 2 - THEME_FIGURES_PER_PLACE],
    ]);
  });
});

describe('pairView', () => {
  it('with infinite limits is the unbounded pair', () => {
    const comparison = buildComparison(input);
    const [cadres] = pairView(comparePair(comparison, 'zeta', 'alpha'), { cellLimit: Infinity, cellFoldLimit: Infinity });
    expect(cadres?.onlyA.map((row) => [row.type.id, row.a.shown.map((item) => item.practice.id)])).toEqual([['training', ['zeta-young-1']]]);
  });
});
