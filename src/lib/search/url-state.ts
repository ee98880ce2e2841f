/** The search state in the URL, so a search can be linked and cited: /search/?q=…&place=…&theme=… */

export const FILTER_KEYS = ['place', 'theme', 'genre', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string[]>>;

/** How the result list is ordered and laid out; the defaults (relevance, grouped) stay out of the URL. */
export const SORTS = ['relevance', 'date', 'place'] as const;
export type Sort = (typeof SORTS)[number];
export const VIEWS = ['group', 'flat'] as const;
export type View = (typeof VIEWS)[number];

export interface SearchState {
  q: string;
  filters: Filters;
  sort?: Sort;
  view?: View;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((known) => known === value);
}

export function decodeState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = oneOf(SORTS, params.get('sort'));
  const view = oneOf(VIEWS, params.get('view'));
  return { q: params.get('q') ?? '', filters, ...(sort ? { sort } : {}), ...(view ? { view } : {}) };
}

/** Query string with a leading `?`, or '' for the empty state; filter values keep a stable order. */
export function encodeState({ q, filters, sort, view }: SearchState): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q);
  for (const key of FILTER_KEYS) {
    for (const value of [...(filters[key] ?? [])].sort()) params.append(key, value);
  }
  if (sort && sort !== SORTS[0]) params.set('sort', sort);
  if (view && view !== VIEWS[0]) params.set('view', view);
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
