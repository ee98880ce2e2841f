/**
 * The search page: Pagefind finds candidates, the page checks each one for the query
 * verbatim (Ctrl+F semantics) and puts those first, linked to the practice that holds it.
 * Ranking, highlighting and URL state are pure functions in src/lib/search/.
 */
import { applyFilters, facetCounts, type RecordFilters } from '../lib/search/facets.ts';
import { escapeHtml, excerptHtml, termSpans } from '../lib/search/highlight.ts';
import { CHARACTERS_END, characterTerms, hasHan, normalizeQuery } from '../lib/search/query.ts';
import { matchThemes, type ThemeAlias } from '../lib/search/themes.ts';
import { loadToSimplified } from '../lib/search/traditional.ts';
import { decodeState, encodeState, FILTER_KEYS, toggleFilter, type FilterKey, type Filters } from '../lib/search/url-state.ts';
import {
  anchorAt,
  anchorPositions,
  compareExactFirst,
  findOccurrences,
  mapText,
  type HeadingAnchor,
  type MappedText,
} from '../lib/search/verbatim.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: RecordFilters;
  anchors: { element: string; id: string; text: string }[];
  sub_results: { url: string; title: string }[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<Fragment>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

interface Hit {
  url: string;
  title: string;
  excerpt: string;
}

interface Card {
  id: string;
  title: string;
  url: string;
  place: string;
  year: string;
  themes: string[];
  exact: boolean;
  count: number;
  score: number;
  hits: Hit[];
  filters: RecordFilters;
}

/** Candidates whose text is checked verbatim; beyond this Pagefind's order decides alone. */
const MAX_CHECKED = 60;
const HITS_PER_CARD = 3;
const FILTER_LABELS: Record<FilterKey, string> = { place: '地点', theme: '主题', genre: '体裁', year: '年份' };
const PAGEFIND_URL = '/pagefind/pagefind.js';

const input = document.querySelector<HTMLInputElement>('#search-input')!;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const facets = document.querySelector<HTMLDetailsElement>('#search-facets')!;
const facetGroups = document.querySelector<HTMLElement>('#search-facet-groups')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
const emptyQuery = document.querySelector<HTMLElement>('#search-empty-query')!;
const themes: ThemeAlias[] = JSON.parse(document.querySelector('#search-themes')!.textContent ?? '[]');
const themeNames = new Map(themes.map((theme) => [theme.id, theme.name]));

let pagefind: Promise<Pagefind> | undefined;
let filters: Filters = {};
let run = 0;
let startedAt = 0;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    // The index is small: searching on the main thread saves fetching the worker script.
    await module.options({ noWorker: true, excerptLength: 40 });
    return module;
  });
  return pagefind;
}

function sourceText(content: string): string {
  const end = content.indexOf(CHARACTERS_END);
  return end >= 0 ? content.slice(end + CHARACTERS_END.length) : content;
}

/** Pagefind's words for a query: what a looser match is highlighted by. */
function queryTerms(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(query)].filter((part) => part.isWordLike).map((part) => part.segment);
}

interface Prepared {
  fragment: Fragment;
  text: string;
  mapped: MappedText;
  headings: (HeadingAnchor & { at: number })[];
}

/** Per page, the work that does not depend on the query, done once per visit. */
const prepared = new Map<string, Promise<Prepared>>();

function prepare(result: PagefindResult): Promise<Prepared> {
  let entry = prepared.get(result.id);
  if (!entry) {
    entry = result.data().then((fragment) => {
      const text = sourceText(fragment.content);
      const anchors = fragment.anchors.filter((anchor) => /^h[2-4]$/i.test(anchor.element) && anchor.id);
      return { fragment, text, mapped: mapText(text), headings: anchorPositions(text, anchors) };
    });
    prepared.set(result.id, entry);
  }
  return entry;
}

async function toCard(result: PagefindResult, query: string): Promise<Card> {
  const { fragment, text, mapped, headings } = await prepare(result);
  const occurrences = findOccurrences(text, query, mapped);
  const base = fragment.url.split('#')[0] ?? fragment.url;
  const practices = new Set((fragment.meta.practices ?? '').split(' ').filter(Boolean));
  // One hit per heading that holds the query, practices before other sections, each in page order.
  const groups = new Map<string, { heading: (typeof headings)[number] | undefined; spans: typeof occurrences }>();
  for (const occurrence of occurrences) {
    const heading = anchorAt(headings, occurrence.start);
    const key = heading?.id ?? '';
    const group = groups.get(key) ?? { heading, spans: [] };
    group.spans.push(occurrence);
    groups.set(key, group);
  }
  const hits: Hit[] = [...groups.values()]
    .sort((a, b) => Number(practices.has(b.heading?.id ?? '')) - Number(practices.has(a.heading?.id ?? '')))
    .slice(0, HITS_PER_CARD)
    .map(({ heading, spans }) => ({
      url: heading ? `${base}#${heading.id}` : base,
      title: heading?.text ?? fragment.meta.title ?? '',
      excerpt: excerptHtml(text, spans),
    }));
  if (hits.length === 0) {
    const spans = termSpans(text, queryTerms(query));
    const heading = spans[0] ? anchorAt(headings, spans[0].start) : undefined;
    hits.push({
      url: heading ? `${base}#${heading.id}` : (fragment.sub_results[0]?.url ?? base),
      title: heading?.text ?? fragment.meta.title ?? '',
      excerpt: excerptHtml(text, spans),
    });
  }
  return {
    id: result.id,
    title: fragment.meta.title ?? '',
    url: hits[0]?.url ?? base,
    place: fragment.meta.place ?? '',
    year: fragment.meta.year ?? '',
    themes: (fragment.meta.themes ?? '').split(' ').filter(Boolean),
    exact: occurrences.length > 0,
    count: occurrences.length,
    score: result.score,
    hits,
    filters: fragment.filters,
  };
}

/**
 * Pagefind is asked twice: for the query as typed (its own ranking and looser matches) and for
 * the query's characters as separate terms, which every page containing the query verbatim
 * matches whatever its word segmentation. The union is checked verbatim and ranked exact-first.
 */
async function searchText(query: string): Promise<Card[]> {
  const engine = await loadPagefind();
  const [loose, characters] = await Promise.all([
    engine.search(query),
    hasHan(query) ? engine.search(characterTerms(query)) : Promise.resolve({ results: [] }),
  ]);
  const looseIds = new Set(loose.results.map((result) => result.id));
  const candidates = new Map<string, PagefindResult>();
  for (const result of [...characters.results, ...loose.results].slice(0, MAX_CHECKED)) candidates.set(result.id, result);
  const checked = await Promise.all([...candidates.values()].map((result) => toCard(result, query)));
  // A page that merely contains the query's characters somewhere is no match at all.
  return checked.filter((card) => card.exact || looseIds.has(card.id)).sort(compareExactFirst);
}

async function searchThemes(matched: ThemeAlias[]): Promise<Card[]> {
  const engine = await loadPagefind();
  const { results } = await engine.search(null, { filters: { theme: { any: matched.map((theme) => theme.name) } } });
  const found = await Promise.all(results.slice(0, MAX_CHECKED).map((result) => toCard(result, '')));
  return found.map((card) => ({ ...card, exact: true }));
}

function badge(themeId: string): string {
  return `<a class="badge theme-${escapeHtml(themeId)}" href="/themes/${encodeURIComponent(themeId)}/">${escapeHtml(themeNames.get(themeId) ?? themeId)}</a>`;
}

function renderCard(card: Card): string {
  const hits = card.hits
    .map(
      (hit) =>
        `<li><a class="search-hit" href="${escapeHtml(hit.url)}">${escapeHtml(hit.title)}</a><p class="search-excerpt">${hit.excerpt}</p></li>`,
    )
    .join('');
  return `<li class="search-result${card.exact ? '' : ' is-partial'}" data-exact="${card.exact}">
    <h2 class="search-result-title"><a class="search-hit" href="${escapeHtml(card.url)}">${escapeHtml(card.title)}</a>${card.exact ? '' : ' <span class="partial-label">部分匹配</span>'}</h2>
    <p class="search-result-meta">${escapeHtml(card.place)} · ${escapeHtml(card.year)} ${card.themes.map(badge).join(' ')}</p>
    <ul class="search-hits">${hits}</ul>
  </li>`;
}

function renderFacets(all: Card[]): void {
  const counts = facetCounts(all, filters);
  facetGroups.innerHTML = FILTER_KEYS.map((key) => {
    const values = counts[key];
    if (values.length === 0) return '';
    const options = values
      .map(
        (facet) =>
          `<label class="facet"><input type="checkbox" data-key="${key}" value="${escapeHtml(facet.value)}"${facet.selected ? ' checked' : ''}> ${escapeHtml(facet.value)} <span class="facet-count">${facet.count}</span></label>`,
      )
      .join('');
    return `<fieldset><legend>${FILTER_LABELS[key]}</legend>${options}</fieldset>`;
  }).join('');
  facets.hidden = all.length === 0;
}

/** `query` is what the reader typed (normalized); `searched` what was looked for, e.g. its simplified form. */
function render(query: string, all: Card[], notice: string, searched = query): void {
  const shown = applyFilters(all, filters);
  list.innerHTML = shown.map(renderCard).join('');
  renderFacets(all);
  const exact = shown.filter((card) => card.exact).length;
  empty.hidden = !query || shown.length > 0;
  emptyQuery.textContent = query;
  status.innerHTML = !query
    ? ''
    : `${notice}${shown.length === 0 ? '' : `找到 ${shown.length} 篇文献,其中 ${exact} 篇含「${escapeHtml(searched)}」原文`}`;
  list.dataset.query = query;
  list.dataset.ms = String(Math.round(performance.now() - startedAt));
}

function syncUrl(raw: string): void {
  const next = `${location.pathname}${encodeState({ q: raw.trim(), filters })}`;
  if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
}

async function execute(raw: string): Promise<void> {
  const current = ++run;
  const query = normalizeQuery(raw);
  syncUrl(raw);
  if (!query) {
    render('', [], '');
    return;
  }
  const matched = hasHan(query) ? [] : matchThemes(query, themes);
  let found = matched.length > 0 ? await searchThemes(matched) : await searchText(query);
  let searched = query;
  let notice = matched.length > 0 ? `按主题检索:${matched.map((theme) => escapeHtml(theme.name)).join('、')}。` : '';
  if (hasHan(query) && !found.some((card) => card.exact)) {
    // Only a query with no verbatim match pays for the traditional→simplified dictionary.
    const simplified = (await loadToSimplified())(query);
    if (simplified !== query) {
      found = await searchText(simplified);
      searched = simplified;
      notice = `已按简体「${escapeHtml(simplified)}」检索。`;
    }
  }
  if (current === run) render(query, found, notice, searched);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  startedAt = performance.now();
  clearTimeout(timer);
  timer = setTimeout(() => void execute(input.value), 40);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  startedAt = performance.now();
  void execute(input.value);
});

facets.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const key = box.dataset.key as FilterKey | undefined;
  if (!key) return;
  filters = toggleFilter(filters, key, box.value);
  startedAt = performance.now();
  // Pages already checked are cached, so running again only re-filters.
  void execute(input.value);
});

/** Arrow keys walk from the box through the result links; Enter follows the focused link. */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && at < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
});

const initial = decodeState(location.search);
filters = initial.filters;
input.value = initial.q;
// Filters stay folded on a phone, where they would push the results below the fold.
facets.open = matchMedia('(min-width: 64rem)').matches;
startedAt = performance.now();
void execute(initial.q);
