import { describe, expect, it } from 'vitest';
import {
  buildComparison,
  capped,
  comparePair,
  firstShowings,
  folded,
  pairPath,
  pairView,
  practiceAnchor,
  themeGridView,
  timeline,
  typeMatrix,
  yearCounts,
} from '../../../src/lib/compare/model.ts';
import { input } from './fixtures.ts';

const comparison = buildComparison(input);
const grid = (theme: string) => {
  const found = comparison.grids.get(theme);
  if (!found) throw new Error(theme);
  return found;
};
const cell = (theme: string, type: string, place: string) => grid(theme).rows.find((row) => row.type.id === type)?.cells.find((entry) => entry.place.id === place);
const ids = (list: { id: string }[] | undefined) => list?.map((practice) => practice.id);

describe('buildThemeGrid', () => {
  it('has one row per type of the theme, in the vocabulary’s order, and one cell per place in the places’ order', () => {
    expect(grid('cadres').rows.map((row) => row.type.id)).toEqual(['young', 'training']);
    expect(grid('talent').rows.map((row) => row.type.id)).toEqual(['flexible', 'services']);
    expect(grid('cadres').rows.every((row) => row.cells.map((entry) => entry.place.id).join() === 'zeta,alpha,mu')).toBe(true);
  });

  it('lists each place’s reported practices of the type, a practice in every row it is typed for', () => {
    expect(ids(cell('cadres', 'young', 'zeta')?.practices)).toEqual(['zeta-young-1', 'zeta-young-2', 'zeta-young-3']);
    expect(ids(cell('cadres', 'training', 'zeta')?.practices)).toEqual(['zeta-young-1']);
    expect(ids(cell('cadres', 'young', 'alpha')?.practices)).toEqual(['alpha-flex']);
  });

  it('keeps requirements out of the practices and counts, and says why each cell is empty', () => {
    expect(cell('cadres', 'training', 'alpha')).toMatchObject({ status: 'not-reported', practices: [] });
    expect(ids(cell('cadres', 'training', 'alpha')?.others)).toEqual(['alpha-training-plan']);
    expect(cell('talent', 'flexible', 'mu')?.status).toBe('theme-absent');
    expect(cell('talent', 'services', 'zeta')?.status).toBe('type-absent');
    expect(cell('cadres', 'young', 'mu')?.status).toBe('type-absent');
    expect(cell('cadres', 'young', 'zeta')?.status).toBe('reported');
    expect(grid('cadres').rows.find((row) => row.type.id === 'training')?.placesReporting).toBe(2);
  });

  it('gathers the theme’s figures with their place and year', () => {
    expect(grid('talent').figures).toEqual([expect.objectContaining({ quote: '引才12人', place: 'alpha', year: expect.objectContaining({ label: '2021年（推断）' }) })]);
    expect(grid('cadres').figures.map((figure) => figure.status)).toEqual(['target']);
  });
});

describe('themeGridView', () => {
  const view = themeGridView(grid('cadres'), input.config);

  it('caps each cell and counts the rest', () => {
    const zeta = view.rows[0]?.cells[0];
    expect(zeta?.shown.map((item) => item.practice.id)).toEqual(['zeta-young-1', 'zeta-young-2']);
    expect(zeta?.more).toBe(1);
    expect(zeta?.rest.map((practice) => practice.id)).toEqual(['zeta-young-3']);
    expect(zeta?.unlisted).toBe(0);
  });

  it('folds at most cellFoldLimit titles and only counts the rest', () => {
    const zeta = themeGridView(grid('cadres'), { cellLimit: 1, cellFoldLimit: 1 }).rows[0]?.cells[0];
    expect(zeta?.shown.map((item) => item.practice.id)).toEqual(['zeta-young-1']);
    expect(zeta?.rest.map((practice) => practice.id)).toEqual(['zeta-young-2']);
    expect(zeta).toMatchObject({ more: 2, unlisted: 1 });
  });

  it('gives each practice its full text once: later showings point to the first', () => {
    const all = [...view.rows.flatMap((row) => row.cells.flatMap((entry) => entry.shown)), ...view.others.flatMap((entry) => entry.shown)];
    const firsts = all.filter((item) => item.firstAt === undefined).map((item) => item.practice.id);
    expect(new Set(firsts).size).toBe(firsts.length);
    expect(new Set(firsts)).toEqual(new Set(all.map((item) => item.practice.id)));
    const again = view.rows[1]?.cells[0]?.shown[0];
    expect(again).toEqual({ practice: expect.objectContaining({ id: 'zeta-young-1' }), firstAt: practiceAnchor('zeta-young-1') });
  });

  it('lists requirements and outcomes after the grid, by place', () => {
    expect(view.others.map((entry) => [entry.place.id, entry.total, entry.shown.map((item) => item.practice.id)])).toEqual([['alpha', 1, ['alpha-training-plan']]]);
  });
});

describe('helpers', () => {
  it('capped, folded and firstShowings', () => {
    expect(capped([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], more: 1 });
    expect(capped([1], 3)).toEqual({ shown: [1], more: 0 });
    expect(folded([1, 2, 3, 4, 5, 6], 2, 3)).toEqual({ shown: [1, 2], more: 4, rest: [3, 4, 5], unlisted: 1 });
    expect(folded([1, 2], 2, 3)).toEqual({ shown: [1, 2], more: 0, rest: [], unlisted: 0 });
    const many = folded(Array.from({ length: 500 }, (_, i) => i), 3, 10);
    expect([many.shown.length, many.rest.length, many.more, many.unlisted]).toEqual([3, 10, 497, 487]);
    expect(firstShowings(['a', 'b', 'a', 'a'])).toEqual([undefined, undefined, 'p-a', 'p-a']);
  });

  it('orders the timeline by year, whatever the year’s status', () => {
    expect(timeline(input.documents).map((document) => `${document.id}:${document.year.short}`)).toEqual(['doc-zeta:2017', 'doc-mu:≥2018', 'doc-alpha:[2021]']);
  });
});

describe('typeMatrix', () => {
  it('counts reported practices per type and place, with the status of empty cells', () => {
    expect(typeMatrix(comparison).map((row) => `${row.type.id}:${row.cells.map((entry) => (entry.status === 'theme-absent' ? '-' : entry.count)).join(',')}`)).toEqual([
      'young:3,1,0',
      'training:1,0,1',
      'flexible:1,1,-',
      'services:0,0,-',
    ]);
  });
});

describe('pairs', () => {
  it('are canonical (a < b) and stop past pairPagesUpToPlaces', () => {
    expect(comparison.pairs.map(([a, b]) => pairPath(a.id, b.id))).toEqual(['/compare/alpha/mu/', '/compare/alpha/zeta/', '/compare/mu/zeta/']);
    expect(pairPath('zeta', 'alpha')).toBe('/compare/alpha/zeta/');
    expect(buildComparison({ ...input, config: { ...input.config, pairPagesUpToPlaces: 2 } }).pairs).toEqual([]);
  });

  it('puts types both places report side by side, then each place’s own, and requirements apart', () => {
    const [cadres, talent] = comparePair(comparison, 'zeta', 'alpha');
    expect(cadres?.both.map((row) => [row.type.id, ids(row.a), ids(row.b)])).toEqual([['young', ['zeta-young-1', 'zeta-young-2', 'zeta-young-3'], ['alpha-flex']]]);
    expect(cadres?.onlyA.map((row) => row.type.id)).toEqual(['training']);
    expect(cadres?.onlyB).toEqual([]);
    expect(ids(cadres?.othersB)).toEqual(['alpha-training-plan']);
    expect(talent?.both.map((row) => row.type.id)).toEqual(['flexible']);
  });

  it('say when a place’s source does not cover a theme', () => {
    const talent = comparePair(comparison, 'alpha', 'mu')[1];
    expect(talent).toMatchObject({ coversA: true, coversB: false, onlyB: [] });
  });

  it('show a practice in two themes in full only once', () => {
    const view = pairView(comparePair(comparison, 'zeta', 'alpha'), input.config);
    const alphaFlex = view.flatMap((theme) => [...theme.both, ...theme.onlyA, ...theme.onlyB].flatMap((row) => [...row.a.shown, ...row.b.shown])).filter((item) => item.practice.id === 'alpha-flex');
    expect(alphaFlex.map((item) => item.firstAt)).toEqual([undefined, practiceAnchor('alpha-flex')]);
  });
});

describe('yearCounts', () => {
  it('counts the sources per year, oldest first, with how many years are inferred or only bounded', () => {
    const twice = [...input.documents, { ...input.documents[1]!, id: 'doc-alpha-2' }];
    expect(yearCounts(twice)).toEqual([
      { year: 2017, count: 1, inferred: 0, bounded: 0 },
      { year: 2018, count: 1, inferred: 0, bounded: 1 },
      { year: 2021, count: 2, inferred: 2, bounded: 0 },
    ]);
  });
});
