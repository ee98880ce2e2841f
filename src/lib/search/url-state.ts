/** The search state in the URL, so a search can be linked and cited: /search/?q=…&place=…&theme=… */

export const FILTER_KEYS = ['place', 'theme', 'genre', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  q: string;
  filters: Filters;
}

export function decodeState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

/** Query string with a leading `?`, or '' for the empty state; filter values keep a stable order. */
export function encodeState({ q, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q);
  for (const key of FILTER_KEYS) {
    for (const value of [...(filters[key] ?? [])].sort()) params.append(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleFilter(filters: Filters, key: FilterKey, value: string): Filters {
  const current = filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const result: Filters = { ...filters };
  if (next.length > 0) result[key] = next;
  else delete result[key];
  return result;
}
