import { describe, expect, it } from 'vitest';
import { byDateDescending, excerpt, groupBy, groupByMany } from '../../src/lib/grouping.ts';

describe('grouping', () => {
  it('groups by one key and by several, keeping first-seen order', () => {
    const items = [
      { id: 'a', place: 'x', themes: ['cadres', 'talent'] },
      { id: 'b', place: 'y', themes: ['talent'] },
      { id: 'c', place: 'x', themes: [] },
    ];
    expect([...groupBy(items, (i) => i.place)].map(([k, v]) => [k, v.map((i) => i.id)])).toEqual([
      ['x', ['a', 'c']],
      ['y', ['b']],
    ]);
    expect([...groupByMany(items, (i) => i.themes)].map(([k, v]) => [k, v.map((i) => i.id)])).toEqual([
      ['cadres', ['a']],
      ['talent', ['a', 'b']],
    ]);
  });

  it('sorts documents newest first, then by title', () => {
    const docs = [
      { title: '乙', date: { value: '2018' } },
      { title: '甲', date: { value: '2021-09-01' } },
      { title: '丙', date: { value: '2018' } },
    ];
    expect(docs.sort(byDateDescending).map((d) => d.title)).toEqual(['甲', '丙', '乙']);
  });

  it('cuts excerpts at a sentence end when one is near, else marks the cut', () => {
    expect(excerpt('短句。', 10)).toBe('短句。');
    expect(excerpt('第一句话写在这里。第二句话很长很长很长很长', 12)).toBe('第一句话写在这里。');
    expect(excerpt('一二三四五六七八九十一二三四五', 10)).toBe('一二三四五六七八九十……');
  });
});
