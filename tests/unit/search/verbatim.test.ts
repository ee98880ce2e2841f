import { describe, expect, it } from 'vitest';
import { findOccurrences, mapText } from '../../../src/lib/search/verbatim.ts';

describe('findOccurrences', () => {
  it('finds every verbatim occurrence with offsets in the original text', () => {
    const text = '建立容错纠错机制。落实容错纠错。';
    expect(findOccurrences(text, '容错纠错')).toEqual([
      { start: 2, end: 6 },
      { start: 11, end: 15 },
    ]);
  });
  it('matches across a line break inside Chinese text and folds full-width digits', () => {
    const text = '共有\n４８３名党员';
    const [hit] = findOccurrences(text, '483名');
    expect(hit).toEqual({ start: 3, end: 7 });
    expect(findOccurrences('容错 纠错', '容错纠错')).toEqual([{ start: 0, end: 5 }]);
  });
  it('does not match characters that only occur apart', () => {
    expect(findOccurrences('容许错误,纠正错误', '容错')).toEqual([]);
  });
  it('keeps a word gap between Latin words', () => {
    expect(mapText('Talent  work 人才').text).toBe('talent work人才');
  });
});
