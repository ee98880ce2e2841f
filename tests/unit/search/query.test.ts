import { describe, expect, it } from 'vitest';
import { characterTerms, hanRunLength, hasRun, matchForm, MAX_QUERY_LENGTH, normalizeQuery } from '../../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  it('folds full-width forms to half-width and lowercases Latin', () => {
    expect(normalizeQuery('ＴＡＬＥＮＴ　４８３')).toBe('talent 483');
  });
  it('collapses and trims whitespace; blank is empty', () => {
    expect(normalizeQuery('  容错 \n 纠错 ')).toBe('容错 纠错');
    expect(normalizeQuery(' \t ')).toBe('');
  });
  it('cuts very long queries', () => {
    expect(normalizeQuery('党'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('matchForm', () => {
  it('drops whitespace next to Chinese characters but keeps it between Latin words', () => {
    expect(matchForm('容错\n纠错 机制 Talent  Work')).toBe('容错纠错机制talent work');
  });
});

describe('character terms', () => {
  it('makes every Chinese character its own term and drops punctuation', () => {
    expect(characterTerms('以“督”促落实 483')).toBe('以 督 促 落 实 483');
  });
});

describe('character runs', () => {
  it('an all-Chinese term needs as many consecutive matched words as it has characters', () => {
    expect(hanRunLength('人才 公寓')).toBe(4);
    expect(hanRunLength('483名')).toBe(0);
    expect(hasRun([9, 3, 4, 5, 12], 3)).toBe(true);
    expect(hasRun([3, 4, 6, 7], 3)).toBe(false);
  });
});
