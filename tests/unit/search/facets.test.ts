import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts } from '../../../src/lib/search/facets.ts';

const items = [
  { id: 'a', filters: { place: ['自贡市'], theme: ['人才工作', '干部队伍建设'], year: ['2021'] } },
  { id: 'b', filters: { place: ['安康市'], theme: ['干部队伍建设'], year: ['2017'] } },
  { id: 'c', filters: { place: ['自贡市'], theme: ['基层组织建设'], year: ['2021'] } },
];

describe('applyFilters', () => {
  it('ORs values of one key and ANDs keys', () => {
    expect(applyFilters(items, { place: ['自贡市', '安康市'] }).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(applyFilters(items, { place: ['自贡市'], theme: ['干部队伍建设'] }).map((i) => i.id)).toEqual(['a']);
  });
});

describe('facetCounts', () => {
  it('counts each value as if it were added to the other keys’ filters', () => {
    const counts = facetCounts(items, { place: ['自贡市'] });
    expect(counts.place).toEqual([
      { value: '自贡市', count: 2, selected: true },
      { value: '安康市', count: 1, selected: false },
    ]);
    // Ties in pinyin order: gan, ji, ren.
    expect(counts.theme).toEqual([
      { value: '干部队伍建设', count: 1, selected: false },
      { value: '基层组织建设', count: 1, selected: false },
      { value: '人才工作', count: 1, selected: false },
    ]);
    expect(counts.genre).toEqual([]);
  });
});
