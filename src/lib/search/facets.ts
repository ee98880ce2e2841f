/**
 * Filters applied to the ranked results, with counts: values of one key combine with OR,
 * keys combine with AND, and each value's count is what the reader would get by adding it.
 */
import { FILTER_KEYS, type FilterKey, type Filters } from './url-state.ts';

export type RecordFilters = Partial<Record<string, string[]>>;

function passes(record: RecordFilters, filters: Filters, skip?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = filters[key];
    if (key === skip || !wanted || wanted.length === 0) return true;
    const values = record[key] ?? [];
    return wanted.some((value) => values.includes(value));
  });
}

export function applyFilters<T extends { filters: RecordFilters }>(items: T[], filters: Filters): T[] {
  return items.filter((item) => passes(item.filters, filters));
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

/** For each key, its values among the results (and any selected value), with counts, most frequent first. */
export function facetCounts<T extends { filters: RecordFilters }>(items: T[], filters: Filters): Record<FilterKey, FacetValue[]> {
  const result = {} as Record<FilterKey, FacetValue[]>;
  for (const key of FILTER_KEYS) {
    const counts = new Map<string, number>();
    for (const value of filters[key] ?? []) counts.set(value, 0);
    for (const item of items) {
      for (const value of item.filters[key] ?? []) counts.set(value, counts.get(value) ?? 0);
      if (!passes(item.filters, filters, key)) continue;
      for (const value of new Set(item.filters[key] ?? [])) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const selected = filters[key] ?? [];
    result[key] = [...counts]
      .map(([value, count]) => ({ value, count, selected: selected.includes(value) }))
      .sort((a, b) => b.count - a.count || (key === 'year' ? b.value.localeCompare(a.value) : a.value.localeCompare(b.value, 'zh-CN')));
  }
  return result;
}
