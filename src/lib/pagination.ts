/**
 * Listing pages cut into numbered pages at stable URLs: page 1 at the list's own path
 * (`/documents/`), later pages at `<path>page/N/`. Shared by every paginated listing.
 */

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  /** URL path of this page. */
  path: string;
  items: T[];
  /** Position of the first item in the whole list, 0-based. */
  start: number;
  total: number;
}

export function pagePath(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/** Always at least one page, so an empty list still has its page (saying it is empty). */
export function paginate<T>(items: readonly T[], perPage: number, base: string): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a positive integer, got ${perPage}`);
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`list path must start and end with "/": ${base}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    path: pagePath(base, i + 1),
    items: items.slice(i * perPage, (i + 1) * perPage),
    start: i * perPage,
    total: items.length,
  }));
}

/**
 * Page numbers to link from page `current` of `count`: the first, the last and a window
 * around the current one; `null` marks a gap. A pager over 200 pages stays a dozen links.
 */
export function pagerNumbers(current: number, count: number, window = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= count; n += 1) {
    if (n === 1 || n === count || Math.abs(n - current) <= window) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
