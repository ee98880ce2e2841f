import { describe, expect, it } from 'vitest';
import { anchorAt, anchorPositions, compareExactFirst, findOccurrences, mapText } from '../../../src/lib/search/verbatim.ts';

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

describe('anchors', () => {
  const content = '标题. 摘要内容 优化管控机制. 优化管控机制。每月一提醒。 促进深度融合. 推动融合。';
  const located = anchorPositions(content, [
    { id: 'binzhou-process-control', text: '优化管控机制' },
    { id: 'missing', text: '不在正文' },
    { id: 'binzhou-deep-integration', text: '促进深度融合' },
  ]);
  it('locates headings in order, skipping ones not in the text', () => {
    expect(located.map((anchor) => [anchor.id, anchor.at])).toEqual([
      ['binzhou-process-control', content.indexOf('优化管控机制')],
      ['binzhou-deep-integration', content.indexOf('促进深度融合')],
    ]);
  });
  it('gives the heading that precedes an offset', () => {
    expect(anchorAt(located, content.indexOf('每月'))?.id).toBe('binzhou-process-control');
    expect(anchorAt(located, content.indexOf('推动'))?.id).toBe('binzhou-deep-integration');
    expect(anchorAt(located, 2)).toBeUndefined();
  });
});

describe('compareExactFirst', () => {
  it('puts verbatim matches first whatever Pagefind scored', () => {
    const ranked = [
      { name: 'loose', exact: false, count: 0, score: 9 },
      { name: 'once', exact: true, count: 1, score: 1 },
      { name: 'twice', exact: true, count: 2, score: 0.5 },
    ].sort(compareExactFirst);
    expect(ranked.map((r) => r.name)).toEqual(['twice', 'once', 'loose']);
  });
});
