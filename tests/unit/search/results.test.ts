import { describe, expect, it } from 'vitest';
import { matchPassage, parseQuery } from '../../../src/lib/search/query-language.ts';
import { compareHits, countTier, documentSlugs, groupByDocument, statusLine, tiers, type Sortable } from '../../../src/lib/search/results.ts';

const query = parseQuery('枣庄 公寓');
const candidate = (slug: string, text: string) => ({ slug, match: matchPassage(text, query) });

describe('tiers', () => {
  it('a passage with every term first, then passages of a document that has them across passages, then partial', () => {
    const found = tiers([
      candidate('a', '枣庄公寓'),
      candidate('b', '枣庄'),
      candidate('b', '公寓'),
      candidate('c', '枣庄'),
      candidate('c', '无关'),
    ]);
    expect(found).toEqual(['all', 'document', 'document', 'partial', undefined]);
  });
  it('an excluded passage is no hit and does not complete its document', () => {
    const excluding = parseQuery('枣庄 公寓 -考核');
    const found = tiers([
      { slug: 'b', match: matchPassage('枣庄', excluding) },
      { slug: 'b', match: matchPassage('公寓考核', excluding) },
    ]);
    expect(found).toEqual(['partial', undefined]);
  });
});

describe('statusLine', () => {
  it('says exactly what matched', () => {
    expect(statusLine(query, { passages: 12, documents: 1 }, { passages: 0, documents: 0 })).toBe('12 段同时含「枣庄」「公寓」，分属 1 篇文献。');
    expect(statusLine(query, { passages: 0, documents: 0 }, { passages: 3, documents: 2 })).toBe(
      '没有一段同时含「枣庄」「公寓」；2 篇文献在不同段落中分别含这些词（3 段）。',
    );
    const absent = '芯片'.concat('不存在');
    expect(statusLine(parseQuery(absent), { passages: 0, documents: 0 }, { passages: 0, documents: 0 })).toBe(`没有找到含「${absent}」的段落。`);
    expect(statusLine(parseQuery('干部 -考核'), { passages: 2, documents: 2 }, { passages: 0, documents: 0 })).toBe('2 段含「干部」、不含「考核」，分属 2 篇文献。');
  });
});

describe('order, grouping and slugs', () => {
  const hit = (slug: string, over: Partial<Sortable>): Sortable & { id: string } => ({
    id: `${slug}-${over.order ?? 0}`,
    tier: 'all',
    count: 1,
    score: 1,
    slug,
    place: '甲市',
    date: '2020',
    order: 0,
    ...over,
  });
  const hits = [
    hit('a', { count: 1, date: '2018', place: '乙市', order: 2 }),
    hit('b', { count: 3, date: '2021' }),
    hit('a', { count: 2, date: '2018', place: '乙市', order: 1 }),
    hit('c', { tier: 'document', count: 9, date: '2023' }),
  ];
  it('relevance: tier, then occurrences; date: newest first; place: by pinyin; tiers stay apart', () => {
    expect([...hits].sort(compareHits('relevance')).map((h) => h.id)).toEqual(['b-0', 'a-1', 'a-2', 'c-0']);
    expect([...hits].sort(compareHits('date')).map((h) => h.id)).toEqual(['b-0', 'a-1', 'a-2', 'c-0']);
    expect([...hits].sort(compareHits('place')).map((h) => h.place)).toEqual(['甲市', '乙市', '乙市', '甲市']);
  });
  it('groups by document in list order and lists each document once', () => {
    const sorted = [...hits].sort(compareHits('relevance'));
    expect(groupByDocument(sorted).map((g) => [g.slug, g.hits.length])).toEqual([['b', 1], ['a', 2], ['c', 1]]);
    expect(documentSlugs(sorted)).toEqual(['b', 'a', 'c']);
    expect(countTier(sorted, 'all')).toEqual({ passages: 3, documents: 2 });
  });
});
