import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileChart } from '../../../src/lib/compare/chart.ts';
import { COMPARE_CONFIG_FILE, parseCompareConfig, type CompareConfig } from '../../../src/lib/compare/config.ts';
import {
  buildComparison,
  comparePair,
  excerptAround,
  pairPath,
  sharedComparison,
  type CompareInput,
} from '../../../src/lib/compare/model.ts';
import { formatSelection, parseSelection } from '../../../src/lib/compare/selection.ts';

const config: CompareConfig = { ...parseCompareConfig(JSON.parse(readFileSync(COMPARE_CONFIG_FILE, 'utf8'))), maxPracticeShare: 1 };

const document = (id: string, place: string, year: number) => ({
  id,
  title: `${id} 标题`,
  place,
  year,
  yearInferred: false,
  genre: '新闻报道',
  author: '记者',
  figures: [{ quote: '引才12人', value: '12', unit: '人', counts: '柔性引进人才', period: '2020年', theme: 'talent', practice: `${place}-1` }],
});

const input: CompareInput = {
  config,
  places: [
    { id: 'zeta', name: '甲市' },
    { id: 'alpha', name: '乙市' },
    { id: 'mu', name: '丙市' },
  ],
  themes: [
    { id: 'talent', name: '人才工作', keywords: [{ term: '柔性引才', weight: 3 }] },
    { id: 'cadres', name: '干部队伍建设', keywords: [] },
  ],
  documents: [document('doc-zeta', 'zeta', 2017), document('doc-alpha', 'alpha', 2021), document('doc-mu', 'mu', 2019)],
  practices: [
    { id: 'zeta-1', document: 'doc-zeta', place: 'zeta', title: '柔性引才', text: '柔性引才,引才12人。', themes: ['talent'] },
    { id: 'zeta-2', document: 'doc-zeta', place: 'zeta', title: '容错纠错', text: '落实容错纠错机制。', themes: ['cadres'] },
    { id: 'alpha-1', document: 'doc-alpha', place: 'alpha', title: '引才', text: '推行柔性引才办法。', themes: ['talent', 'cadres'] },
    { id: 'mu-1', document: 'doc-mu', place: 'mu', title: '人才公寓', text: '建设人才公寓。', themes: ['talent'] },
  ],
};

describe('buildComparison', () => {
  const comparison = buildComparison(input);

  it('counts each place’s practices per theme from the tags', () => {
    expect(Object.fromEntries([...comparison.counts].map(([place, counts]) => [place, Object.fromEntries(counts)]))).toEqual({
      zeta: { talent: 1, cadres: 1 },
      alpha: { talent: 1, cadres: 1 },
      mu: { talent: 1, cadres: 0 },
    });
  });

  it('shares approaches, keeps the rest as distinctive, and gathers the theme’s figures with their place and year', () => {
    const talent = comparison.byTheme.get('talent');
    expect(talent?.shared.map((approach) => [approach.terms, approach.places.map((entry) => entry.place)])).toEqual([
      [['柔性引才'], ['zeta', 'alpha']],
    ]);
    expect(talent?.distinctive.map((practice) => practice.id)).toEqual(['mu-1']);
    expect(talent?.figures.map((figure) => [figure.place, figure.year])).toEqual([
      ['zeta', 2017],
      ['alpha', 2021],
      ['mu', 2019],
    ]);
    expect(talent?.sources.map((source) => source.id)).toEqual(['doc-zeta', 'doc-alpha', 'doc-mu']);
  });

  it('lists every pair once, in id order, up to the configured number of places', () => {
    expect(comparison.pairs.map(([a, b]) => `${a.id}/${b.id}`)).toEqual(['alpha/mu', 'alpha/zeta', 'mu/zeta']);
    expect(buildComparison({ ...input, config: { ...config, pairPagesUpToPlaces: 2 } }).pairs).toEqual([]);
  });

  it('compares a pair theme by theme: shared first, then each place alone', () => {
    const [talent, cadres] = comparePair(comparison, 'alpha', 'zeta');
    expect(talent?.shared.map((approach) => approach.places.map((entry) => entry.place))).toEqual([['zeta', 'alpha']]);
    expect([talent?.onlyA, talent?.onlyB]).toEqual([[], []]);
    expect(cadres?.shared).toEqual([]);
    expect([cadres?.onlyA.map((p) => p.id), cadres?.onlyB.map((p) => p.id)]).toEqual([['alpha-1'], ['zeta-2']]);
  });
});

describe('sharedComparison', () => {
  it('computes once for the same content and again when it changes', () => {
    const first = sharedComparison(input);
    expect(sharedComparison(structuredClone(input))).toBe(first);
    expect(sharedComparison({ ...input, places: input.places.slice(0, 2) })).not.toBe(first);
  });
});

describe('pairPath', () => {
  it('puts the pair in canonical order', () => {
    expect(pairPath('zeta', 'alpha')).toBe('/compare/alpha/zeta/');
  });
});

describe('excerptAround', () => {
  const text = `${'前文一句。'.repeat(30)}这里实行容错纠错机制,效果良好。${'后文。'.repeat(30)}`;
  it('centres the excerpt on the sentence holding the term', () => {
    expect(excerptAround(text, '容错纠错', 40)).toMatch(/^……这里实行容错纠错机制,效果良好。/);
  });
  it('falls back to the text’s opening without a term', () => {
    expect(excerptAround(text, undefined, 40).startsWith('前文一句。')).toBe(true);
  });
});

describe('selection in the URL', () => {
  const places = ['a', 'b', 'c'];
  const themes = ['x', 'y'];
  it('reads ids in the site’s order, ignores unknown ones, and treats none as all', () => {
    expect(parseSelection('?places=c,a,zz&themes=', places, themes)).toEqual({ places: ['a', 'c'], themes: ['x', 'y'] });
  });
  it('writes only what narrows the page', () => {
    expect(formatSelection({ places: ['a', 'c'], themes: ['x', 'y'] }, places, themes)).toBe('?places=a,c');
    expect(formatSelection({ places, themes }, places, themes)).toBe('');
  });
});

describe('parseCompareConfig', () => {
  it('names the file and the field that is wrong', () => {
    expect(() => parseCompareConfig({ ...config, termLength: { min: 5, max: 3 } })).toThrow(
      'content/compare.json: 字段 termLength.max 须为不小于 termLength.min 的整数',
    );
    expect(() => parseCompareConfig({ ...config, pairPagesUpToPlaces: 0 })).toThrow('字段 pairPagesUpToPlaces 须为正整数');
  });
});

describe('profileChart', () => {
  it('draws bars on one scale shared by all places', () => {
    const chart = profileChart(
      [
        { label: '人才工作', count: 6 },
        { label: '考核评价', count: 0 },
      ],
      12,
    );
    expect(chart.bars.map((bar) => [bar.y, Math.round(bar.width)])).toEqual([
      [0, 90],
      [26, 0],
    ]);
  });
});
