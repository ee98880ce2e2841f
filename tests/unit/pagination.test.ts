import { describe, expect, it } from 'vitest';
import { paginate, pagePath, pagerNumbers } from '../../src/lib/pagination.ts';
import { documentsByYear, listing, restParam } from '../../src/lib/listings.ts';
import { documentYear } from '../../src/lib/document-year.ts';

describe('pagination', () => {
  it('cuts a list into pages at stable paths, every item once, in order', () => {
    const items = Array.from({ length: 123 }, (_, i) => i);
    const pages = paginate(items, 50, '/documents/');
    expect(pages.map((p) => p.path)).toEqual(['/documents/', '/documents/page/2/', '/documents/page/3/']);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.every((p) => p.items.length <= 50 && p.count === 3 && p.total === 123)).toBe(true);
    expect(pages[2]!.start).toBe(100);
  });

  it('keeps one (empty) page for an empty list and rejects bad sizes and paths', () => {
    expect(paginate([], 10, '/x/')).toEqual([{ number: 1, count: 1, path: '/x/', items: [], start: 0, total: 0 }]);
    expect(() => paginate([1], 0, '/x/')).toThrow();
    expect(() => paginate([1], 10, '/x')).toThrow();
  });

  it('shows first, last and a window around the current page, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(pagerNumbers(50, 200)).toEqual([1, null, 48, 49, 50, 51, 52, null, 200]);
    expect(pagerNumbers(200, 200).length).toBeLessThan(10);
  });

  it('derives rest parameters from page paths', () => {
    expect(restParam('/documents/', pagePath('/documents/', 1))).toBeUndefined();
    expect(restParam('/documents/', pagePath('/documents/year/2021/', 3))).toBe('year/2021/page/3');
    expect(() => restParam('/places/', '/documents/')).toThrow();
    expect(listing([1, 2, 3], 2, '/a/').map((l) => l.base)).toEqual(['/a/', '/a/']);
  });

  it('files documents under the year documentYear gives them, keeping order', () => {
    const docs = [
      { id: 'a', data: { date: { value: '2021-09-01' } } },
      { id: 'b', data: { date: { value: '2018', inferred: true } } },
      { id: 'c', data: { date: { value: '2018', bound: 'notBefore' as const } } },
    ];
    const years = documentsByYear(docs);
    expect([...years.keys()]).toEqual([...new Set(docs.map((d) => documentYear(d.data.date).year))]);
    expect(years.get(2018)!.map((d) => d.id)).toEqual(['b', 'c']);
  });
});
