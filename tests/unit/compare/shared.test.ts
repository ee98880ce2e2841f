import { describe, expect, it } from 'vitest';
import type { CompareConfig } from '../../../src/lib/compare/config.ts';
import {
  characterNgrams,
  corpusStats,
  detectShared,
  extendTerm,
  isStopTerm,
  keywordBoost,
  type TextUnit,
} from '../../../src/lib/compare/shared.ts';

const CONFIG: CompareConfig = {
  stopTerms: ['全面从严治党'],
  stopParts: ['进行'],
  edgeCharacters: '的和',
  termLength: { min: 4, max: 6 },
  maxExtendedLength: 12,
  maxPracticeShare: 0.6,
  maxApproachesPerTheme: 10,
  pairPagesUpToPlaces: 50,
};

describe('characterNgrams', () => {
  it('takes runs of Chinese characters only, never across punctuation or digits', () => {
    expect([...characterNgrams('引才483人,柔性引进', 2, 3)].sort()).toEqual(['引才', '引进', '性引', '性引进', '柔性', '柔性引'].sort());
  });
});

describe('extendTerm', () => {
  it('grows a cut through words to the phrase all texts share', () => {
    const texts = ['落实领导干部个人有关事项报告制度。', '严格干部个人有关事项报告抽查。'];
    expect(extendTerm('部个人有关', texts, CONFIG)).toBe('干部个人有关事项报告');
  });

  it('stops at a function character', () => {
    expect(extendTerm('年轻干部', ['优秀的年轻干部队伍', '优秀的年轻干部队伍'], CONFIG)).toBe('年轻干部队伍');
  });
});

describe('isStopTerm', () => {
  it('drops parts of stop phrases, stop parts and terms with a function character at an edge', () => {
    expect(isStopTerm('从严治党', CONFIG)).toBe(true);
    expect(isStopTerm('干部进行培训', CONFIG)).toBe(true);
    expect(isStopTerm('的年轻干部', CONFIG)).toBe(true);
    expect(isStopTerm('容错纠错', CONFIG)).toBe(false);
  });
});

describe('keywordBoost', () => {
  it('boosts terms holding a curated keyword of three or more characters', () => {
    const keywords = [
      { term: '容错纠错', weight: 3 },
      { term: '干部', weight: 2 },
    ];
    expect(keywordBoost('容错纠错机制', keywords)).toBe(4);
    expect(keywordBoost('干部培训', keywords)).toBe(1);
  });
});

describe('detectShared', () => {
  const units: TextUnit[] = [
    { id: 'a-talent', place: 'a', text: '柔性引进高层次人才483人,柔性引才成效明显。' },
    { id: 'b-talent', place: 'b', text: '实施柔性引才计划,服务全面从严治党。' },
    { id: 'b-fault', place: 'b', text: '落实容错纠错办法,给予容错纠错11人。' },
    { id: 'c-fault', place: 'c', text: '建立容错纠错机制。' },
    { id: 'c-talent', place: 'c', text: '柔性引进专家。' },
    { id: 'c-alone', place: 'c', text: '建设人才公寓一千套。' },
    { id: 'a-strict', place: 'a', text: '推动全面从严治党向基层延伸。' },
  ];
  const result = detectShared(units, corpusStats(units, CONFIG), CONFIG);

  it('finds shared terms with the practices of every place, merging variants', () => {
    const summary = result.shared.map((approach) => ({
      terms: approach.terms,
      places: approach.places.map((entry) => `${entry.place}:${entry.practices.map((p) => p.id).join(',')}`),
    }));
    expect(summary).toContainEqual({ terms: ['容错纠错'], places: ['b:b-fault', 'c:c-fault'] });
    expect(summary.find((approach) => approach.terms.includes('柔性引进'))).toEqual({
      terms: expect.arrayContaining(['柔性引进', '柔性引才']),
      places: ['a:a-talent', 'b:b-talent', 'c:c-talent'],
    });
  });

  it('never lists a stop phrase, and each listed practice contains its term', () => {
    expect(result.shared.flatMap((approach) => approach.terms).some((term) => '全面从严治党'.includes(term))).toBe(false);
    for (const approach of result.shared) {
      for (const entry of approach.places) {
        for (const practice of entry.practices) {
          expect(units.find((unit) => unit.id === practice.id)?.text).toContain(practice.term);
        }
      }
    }
  });

  it('keeps terms that differ in more than their last character apart', () => {
    const pair: TextUnit[] = [
      { id: 'p1', place: 'a', text: '创新党建工作模式,压实党建工作责任。' },
      { id: 'p2', place: 'b', text: '党建工作模式,党建工作责任。' },
    ];
    const config = { ...CONFIG, maxPracticeShare: 1 };
    const terms = detectShared(pair, corpusStats(pair, config), config).shared.map((approach) => approach.terms);
    expect(terms).toEqual(expect.arrayContaining([['党建工作模式'], ['党建工作责任']]));
  });

  it('calls practices with no counterpart distinctive', () => {
    expect(result.distinctive).toEqual(['c-alone', 'a-strict']);
  });

  it('ranks a term shared by more places or more specific first', () => {
    const weights = result.shared.map((approach) => approach.weight);
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
  });
});
