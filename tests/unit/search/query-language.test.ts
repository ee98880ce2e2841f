import { describe, expect, it } from 'vitest';
import { describeClauses, isRunnable, matchPassage, parseQuery, requiredTerms } from '../../../src/lib/search/query-language.ts';
import { normalizeQuery } from '../../../src/lib/search/query.ts';

describe('parseQuery', () => {
  it('space is AND, | is OR within a clause, - excludes', () => {
    expect(parseQuery('枣庄 人才公寓|人才驿站 -考核')).toEqual({
      required: [
        { alternatives: ['枣庄'], negated: false },
        { alternatives: ['人才公寓', '人才驿站'], negated: false },
      ],
      excluded: [{ alternatives: ['考核'], negated: true }],
    });
    expect(parseQuery('a | b')).toEqual(parseQuery('a|b'));
  });
  it('quoted phrases are one term, with straight, curly or corner quotes; an open quote runs to the end', () => {
    expect(requiredTerms(parseQuery('"两学 一做" “党性教育” 「三项机制」 "未闭合'))).toEqual(['两学 一做', '党性教育', '三项机制', '未闭合']);
  });
  it('full-width operators work after normalization', () => {
    expect(parseQuery(normalizeQuery('干部　－考核　赛马｜种子'))).toEqual(parseQuery('干部 -考核 赛马|种子'));
  });
  it('an exclusion alone, or stray operators, leave nothing to search', () => {
    expect(isRunnable(parseQuery('-考核'))).toBe(false);
    expect(isRunnable(parseQuery(' | - '))).toBe(false);
  });
  it('a hyphen inside a word is part of it', () => {
    expect(requiredTerms(parseQuery('5-10年'))).toEqual(['5-10年']);
  });
});

describe('matchPassage', () => {
  const text = '推进人才公寓建设,枣庄市1403套人才公寓实现拎包入住';
  it('holds a clause per term and marks every occurrence', () => {
    const match = matchPassage(text, parseQuery('枣庄 人才公寓'));
    expect(match.holds).toEqual([true, true]);
    expect(match.excluded).toBe(false);
    expect(match.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['人才公寓', '枣庄', '人才公寓']);
  });
  it('a phrase matches verbatim only, across white space next to Chinese', () => {
    expect(matchPassage(text, parseQuery('"公寓建设"')).holds).toEqual([true]);
    expect(matchPassage(text, parseQuery('"建设公寓"')).holds).toEqual([false]);
    expect(matchPassage('人才\n公寓', parseQuery('"人才公寓"')).holds).toEqual([true]);
  });
  it('excluded terms mark the passage excluded', () => {
    expect(matchPassage(text, parseQuery('人才公寓 -拎包')).excluded).toBe(true);
    expect(matchPassage(text, parseQuery('人才公寓 -考核')).excluded).toBe(false);
  });
  it('overlapping terms mark the longer one', () => {
    const match = matchPassage(text, parseQuery('人才|人才公寓'));
    expect(match.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['人才公寓', '人才公寓']);
  });
});

describe('describeClauses', () => {
  it('names AND terms side by side and OR terms with 或', () => {
    expect(describeClauses(parseQuery('枣庄 赛马|种子').required)).toBe('「枣庄」「赛马」或「种子」');
  });
});
