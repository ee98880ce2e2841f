/**
 * The search page. Pagefind holds one record per passage (practice, heading, paragraph outside
 * practices: src/lib/search/records.ts); it finds the candidates that contain every character of
 * a term, and the page checks each one verbatim (Ctrl+F semantics) against the query language
 * (AND, "phrase", -exclusion, a|b). Parsing, matching, ranking, highlighting and URL state are
 * pure functions in src/lib/search/.
 */
import { exportReferences } from './batch-export.ts';
import { applyFilters, facetCounts, type RecordFilters } from '../lib/search/facets.ts';
import { escapeHtml, kwicHtml } from '../lib/search/highlight.ts';
import { characterTerms, hanRunLength, hasHan, hasRun, normalizeQuery } from '../lib/search/query.ts';
import { isRunnable, matchPassage, parseQuery, requiredTerms, type ParsedQuery, type PassageMatch } from '../lib/search/query-language.ts';
import { TAG_ATTRIBUTE } from '../lib/search/preload.ts';
import { readableForm, type PassageMeta } from '../lib/search/records.ts';
import { compareHits, countTier, documentSlugs, FIRST_BATCH, groupByDocument, statusLine, tiers, type Tier } from '../lib/search/results.ts';
import { matchThemes, type ThemeAlias } from '../lib/search/themes.ts';
import { loadToSimplified } from '../lib/search/traditional.ts';
import {
  decodeState,
  encodeState,
  FILTER_KEYS,
  toggleFilter,
  type FilterKey,
  type Filters,
  type Sort,
  type View,
} from '../lib/search/url-state.ts';
import { mapText, type MappedText } from '../lib/search/verbatim.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Partial<PassageMeta>;
  filters: RecordFilters;
}

interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the record (each Chinese character is one word). */
  words: number[];
  data(): Promise<Fragment>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

interface Passage {
  url: string;
  slug: string;
  title: string;
  kind: string;
  document: string;
  place: string;
  year: string;
  date: string;
  themes: string[];
  order: number;
  text: string;
  mapped: MappedText;
  filters: RecordFilters;
}

interface Checked extends Passage {
  score: number;
  /** How the passage stands to the query; undefined when listing a theme (no text query). */
  match: PassageMatch | undefined;
}

interface Hit extends Checked {
  tier: Tier;
  count: number;
}

/**
 * One search: Pagefind's candidates (best score first) and those checked so far. Candidates are
 * checked (their fragment loaded) a batch at a time, only as far as the list shows: a query
 * with many candidates does not download them all before its first results.
 */
interface ResultSet {
  query: string;
  notice: string;
  /** The query checked against; undefined when listing a theme. */
  parsed: ParsedQuery | undefined;
  candidates: PagefindResult[];
  checked: Checked[];
  hits: Hit[];
  /** Checking in progress, so that two 「显示更多」 in a row check each candidate once. */
  queue: Promise<void>;
}

/** Hits rendered at first and added by each 「显示更多」. */
const PAGE_SIZE = 10;
/** Candidates checked at a time (each is one fragment request). */
const BATCH = 10;
const FILTER_LABELS: Record<FilterKey, string> = { place: '地点', theme: '主题', genre: '体裁', year: '年份' };
const KIND_LABELS: Record<string, string> = { practice: '做法', heading: '标题', paragraph: '正文段落' };
const PAGEFIND_URL = '/pagefind/pagefind.js';

const input = document.querySelector<HTMLInputElement>('#search-input')!;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const tools = document.querySelector<HTMLElement>('#search-tools')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
const viewSelect = document.querySelector<HTMLSelectElement>('#search-view')!;
const copyButton = document.querySelector<HTMLButtonElement>('#search-copy')!;
const copied = document.querySelector<HTMLElement>('#search-copied')!;
const exportFormat = document.querySelector<HTMLSelectElement>('#search-export-format')!;
const exportButton = document.querySelector<HTMLButtonElement>('#search-export')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const partialButton = document.querySelector<HTMLButtonElement>('#search-partial')!;
const facets = document.querySelector<HTMLDetailsElement>('#search-facets')!;
const facetGroups = document.querySelector<HTMLElement>('#search-facet-groups')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
const themes: ThemeAlias[] = JSON.parse(document.querySelector('#search-themes')!.textContent ?? '[]');
const themeNames = new Map(themes.map((theme) => [theme.id, theme.name]));

let pagefind: Promise<Pagefind> | undefined;
let filters: Filters = {};
let sort: Sort = 'relevance';
let view: View = 'group';
let showPartial = false;
let shownCount = PAGE_SIZE;
let run = 0;
let startedAt = 0;
/** Whether the first render since startedAt has been timed. */
let timed = false;
/** The last result set, re-rendered without searching when sort, view, filters or paging change. */
let current: ResultSet = { query: '', notice: '', parsed: undefined, candidates: [], checked: [], hits: [], queue: Promise.resolve() };

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    // The index is small: searching on the main thread saves fetching the worker script.
    // The build names the index in the page's preload links (src/lib/search/preload.ts): with
    // its tag, Pagefind asks for the entry file under the URL already loading.
    const tag = document.querySelector(`[${TAG_ATTRIBUTE}]`)?.getAttribute(TAG_ATTRIBUTE);
    await module.options({ noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
    return module;
  });
  return pagefind;
}

/** Per record, the work that does not depend on the query, done once per visit. */
const passages = new Map<string, Promise<Passage>>();

function passage(result: PagefindResult): Promise<Passage> {
  let entry = passages.get(result.id);
  if (!entry) {
    entry = result.data().then((fragment) => {
      const meta = fragment.meta;
      const text = meta.text ?? readableForm(fragment.content);
      return {
        url: fragment.url,
        slug: meta.slug ?? '',
        title: meta.title ?? '',
        kind: meta.kind ?? 'paragraph',
        document: meta.document ?? '',
        place: meta.place ?? '',
        year: meta.year ?? '',
        date: meta.date ?? '',
        themes: (meta.themes ?? '').split(' ').filter(Boolean),
        order: Number(meta.order ?? 0),
        text,
        mapped: mapText(text),
        filters: fragment.filters,
      };
    });
    passages.set(result.id, entry);
  }
  return entry;
}

/**
 * Each required term is asked for as its characters (every passage holding it verbatim has
 * them all, whatever a segmenter would do): the union is what gets checked. Candidates of every
 * term come first (only they can hold all terms in one passage), then the rest (which can make
 * a document hold the terms in different passages), each best score first.
 */
async function textCandidates(parsed: ParsedQuery): Promise<PagefindResult[]> {
  const engine = await loadPagefind();
  const terms = requiredTerms(parsed);
  const found = await Promise.all(terms.map((term) => engine.search(characterTerms(term) || term)));
  const candidates = new Map<string, { result: PagefindResult; terms: number }>();
  found.forEach(({ results }, index) => {
    const run = hanRunLength(terms[index] ?? '');
    for (const result of results) {
      // A passage holding an all-Chinese term verbatim has its characters at consecutive word positions.
      if (run > 1 && !hasRun(result.words, run)) continue;
      const seen = candidates.get(result.id);
      candidates.set(result.id, { result: seen && seen.result.score >= result.score ? seen.result : result, terms: (seen?.terms ?? 0) + 1 });
    }
  });
  return [...candidates.values()].sort((a, b) => b.terms - a.terms || b.result.score - a.result.score).map(({ result }) => result);
}

/** An English theme name lists the practices of that theme (no text contains the English word). */
async function themeCandidates(matched: ThemeAlias[]): Promise<PagefindResult[]> {
  const engine = await loadPagefind();
  const { results } = await engine.search(null, { filters: { theme: { any: matched.map((theme) => theme.name) } } });
  return results;
}

function tierHits(set: ResultSet): Hit[] {
  if (!set.parsed) return set.checked.map((item) => ({ ...item, tier: 'all', count: 0 }));
  const checked = set.checked.flatMap((item) => (item.match ? [{ ...item, match: item.match }] : []));
  const tiered = tiers(checked);
  return checked.flatMap((item, index) => {
    const tier = tiered[index];
    return tier ? [{ ...item, tier, count: item.match.occurrences.length }] : [];
  });
}

function newSet(query: string, notice: string, parsed: ParsedQuery | undefined, candidates: PagefindResult[]): ResultSet {
  return { query, notice, parsed, candidates, checked: [], hits: [], queue: Promise.resolve() };
}

/**
 * Checks candidates until the list can show `wanted` hits or none are left: each batch at most
 * `size`, and no more than the hits still missing, so that no fragment is fetched for nothing.
 */
async function checkUntil(set: ResultSet, wanted: number, size = BATCH): Promise<void> {
  while (set.checked.length < set.candidates.length && listed(set).length < wanted) {
    const missing = wanted - listed(set).length;
    const batch = set.candidates.slice(set.checked.length, set.checked.length + Math.min(size, missing));
    const checked = await Promise.all(
      batch.map(async (result) => {
        const item = await passage(result);
        return { ...item, score: result.score, match: set.parsed ? matchPassage(item.text, set.parsed, item.mapped) : undefined };
      }),
    );
    set.checked.push(...checked);
    set.hits = tierHits(set);
  }
}

function badge(themeId: string): string {
  return `<a class="badge theme-${escapeHtml(themeId)}" href="/themes/${encodeURIComponent(themeId)}/">${escapeHtml(themeNames.get(themeId) ?? themeId)}</a>`;
}

function renderHit(hit: Hit, withDocument: boolean): string {
  const partial = hit.tier === 'partial' ? ' <span class="partial-label">部分匹配</span>' : '';
  // Grouped, the document, place and year head the group; listed flat, each hit names them.
  const source = withDocument
    ? ` · <a href="/documents/${encodeURIComponent(hit.slug)}/">${escapeHtml(hit.document)}</a> · ${escapeHtml(hit.place)} · ${escapeHtml(hit.year)}`
    : '';
  const count = hit.count > 1 ? ` · ${hit.count} 处` : '';
  return `<li class="search-hit-item" data-tier="${hit.tier}" data-url="${escapeHtml(hit.url)}" data-slug="${escapeHtml(hit.slug)}">
    <h3 class="search-hit-title"><a class="search-hit" href="${escapeHtml(hit.url)}">${escapeHtml(hit.title)}</a>${partial}</h3>
    <p class="search-excerpt">${kwicHtml(hit.text, hit.match?.occurrences ?? [])}</p>
    <p class="search-result-meta">${KIND_LABELS[hit.kind] ?? ''}${count}${source} ${hit.themes.map(badge).join(' ')} <a class="search-cite" href="${escapeHtml(hit.url)}" title="此段的固定链接，可用于引用">引用此段</a></p>
  </li>`;
}

function renderList(hits: Hit[]): string {
  if (view === 'flat') return hits.map((hit) => renderHit(hit, true)).join('');
  return groupByDocument(hits)
    .map(({ slug, hits: grouped }) => {
      const first = grouped[0];
      return `<li class="search-result" data-slug="${escapeHtml(slug)}">
        <h2 class="search-result-title"><a href="/documents/${encodeURIComponent(slug)}/">${escapeHtml(first?.document ?? slug)}</a></h2>
        <p class="search-result-meta">${escapeHtml(first?.place ?? '')} · ${escapeHtml(first?.year ?? '')}</p>
        <ol class="search-hits">${grouped.map((hit) => renderHit(hit, false)).join('')}</ol>
      </li>`;
    })
    .join('');
}

function renderFacets(hits: Hit[]): void {
  const counts = facetCounts(hits, filters);
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
  facets.hidden = hits.length === 0;
}

/** The hits in the list as shown: filtered, partial matches only on request, sorted. */
function listed(set: ResultSet = current): Hit[] {
  return applyFilters(set.hits, filters)
    .filter((hit) => showPartial || hit.tier !== 'partial')
    .sort(compareHits(sort));
}

/** The documents of the current result list, in list order: for a batch export of the results. */
function resultDocumentSlugs(): string[] {
  return documentSlugs(listed());
}

/** Renders the current set; `settled` once every candidate the shown page needs is checked (tests and the benchmark wait for it). */
function render(settled = true): void {
  const { query, hits, notice, parsed, candidates, checked } = current;
  const filtered = applyFilters(hits, filters);
  const all = listed();
  const page = all.slice(0, shownCount);
  const unchecked = candidates.length - checked.length;
  list.innerHTML = renderList(page);
  renderFacets(hits.filter((hit) => showPartial || hit.tier !== 'partial'));
  const partial = filtered.filter((hit) => hit.tier === 'partial').length;
  partialButton.hidden = showPartial || partial === 0;
  partialButton.textContent = `显示部分匹配（${partial} 段只含部分检索词）`;
  more.hidden = all.length <= page.length && unchecked === 0;
  more.textContent = unchecked > 0 ? `显示更多（还有 ${unchecked} 个候选段落待核对）` : `显示更多（还有 ${all.length - page.length} 段）`;
  tools.hidden = all.length === 0;
  const found = countTier(filtered, 'all').passages + countTier(filtered, 'document').passages;
  empty.hidden = !query || found > 0 || unchecked > 0;
  const line = parsed ? statusLine(parsed, countTier(filtered, 'all'), countTier(filtered, 'document')) : '';
  const progress = parsed && unchecked > 0 ? `已核对 ${checked.length} / ${candidates.length} 个候选段落：` : '';
  status.textContent = query ? `${notice}${progress}${line}` : '';
  if (settled) {
    list.dataset.query = query;
    delete list.dataset.busy;
  } else list.dataset.busy = 'true';
  // For the benchmark: when the first results of this query (or re-rendering) showed, in ms since
  // the reader's keystroke and since navigation (the first query of a fresh page).
  if (!timed) {
    list.dataset.ms = String(Math.round(performance.now() - startedAt));
    list.dataset.at = String(Math.round(performance.now()));
    timed = true;
  }
}

/** Starts the clock of what the reader waits for: a keystroke, a submit, a change of view. */
function startTiming(): void {
  startedAt = performance.now();
  timed = false;
}

function syncUrl(raw: string): void {
  const next = `${location.pathname}${encodeState({ q: raw.trim(), filters, sort, view })}`;
  if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
}

async function execute(raw: string): Promise<void> {
  const started = ++run;
  const query = normalizeQuery(raw);
  syncUrl(raw);
  showPartial = false;
  shownCount = PAGE_SIZE;
  const parsed = parseQuery(query);
  if (!query || !isRunnable(parsed)) {
    current = newSet(query, query ? '请至少输入一个要找的词（以 - 开头的词是排除词）。' : '', undefined, []);
    render();
    return;
  }
  let set = newSet(query, '', parsed, await textCandidates(parsed));
  // A first screen of hits shows as soon as it is checked; the rest of the page follows it. With
  // fewer hits than that, every candidate has been checked when this returns.
  await checkUntil(set, FIRST_BATCH, FIRST_BATCH);
  const found = set.hits.some((hit) => hit.tier !== 'partial');
  const single = parsed.required.length === 1 && parsed.excluded.length === 0 ? (parsed.required[0]?.alternatives ?? []) : [];
  const matched = single.length === 1 && !hasHan(query) ? matchThemes(single[0] ?? '', themes) : [];
  if (!found && matched.length > 0) {
    set = newSet(query, '', undefined, await themeCandidates(matched));
    const names = matched.map((theme) => `「${theme.name}」`).join('');
    set.notice = `原文中没有「${query}」；它是主题${names}的英文名：列出该主题的 ${set.candidates.length} 段做法。`;
    await checkUntil(set, shownCount);
  } else if (!found && hasHan(query)) {
    // Only a query with no verbatim match pays for the traditional→simplified dictionary.
    const simplified = (await loadToSimplified())(query);
    if (simplified !== query) {
      const searched = parseQuery(simplified);
      set = newSet(query, `已按简体「${simplified}」检索。`, searched, await textCandidates(searched));
      await checkUntil(set, shownCount);
    }
  }
  if (started !== run) return;
  current = set;
  const settled = set.checked.length === set.candidates.length || listed(set).length >= shownCount;
  render(settled);
  if (settled) return;
  const filling = checkUntil(set, shownCount);
  set.queue = set.queue.then(() => filling);
  await filling;
  if (set === current) render();
}

/** Re-renders the current result set (sort, view, filters, paging), checking more candidates if the list needs them. */
function rerender(): void {
  startTiming();
  syncUrl(input.value);
  list.dataset.busy = 'true';
  const set = current;
  const wanted = shownCount;
  set.queue = set.queue.then(() => checkUntil(set, wanted));
  void set.queue.then(() => {
    if (set === current) render();
  });
}

let timer: ReturnType<typeof setTimeout> | undefined;
function searchSoon(): void {
  startTiming();
  clearTimeout(timer);
  timer = setTimeout(() => void execute(input.value), 40);
}
// A Chinese input method fills the box with pinyin while the reader composes (gan, ganbu): search
// once the characters are chosen. Chromium's last input event still counts as composing, so the
// end of the composition searches too.
input.addEventListener('input', (event) => {
  if (!(event as InputEvent).isComposing) searchSoon();
});
input.addEventListener('compositionend', searchSoon);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  startTiming();
  void execute(input.value);
});

facets.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const key = box.dataset.key as FilterKey | undefined;
  if (!key) return;
  filters = toggleFilter(filters, key, box.value);
  shownCount = PAGE_SIZE;
  rerender();
});

sortSelect.addEventListener('change', () => {
  sort = sortSelect.value as Sort;
  rerender();
});

viewSelect.addEventListener('change', () => {
  view = viewSelect.value as View;
  rerender();
});

more.addEventListener('click', () => {
  shownCount += PAGE_SIZE;
  rerender();
});

partialButton.addEventListener('click', () => {
  showPartial = true;
  rerender();
});

copyButton.addEventListener('click', () => {
  const links = listed().map((hit) => new URL(hit.url, location.href).href);
  void navigator.clipboard.writeText(links.join('\n')).then(
    () => (copied.textContent = `已复制 ${links.length} 条链接`),
    () => (copied.textContent = '浏览器未允许复制'),
  );
});

// One reference file for every document in the list, in the chosen format (the same files the
// theme and comparison pages offer, joined in the browser).
exportButton.addEventListener('click', () => {
  const slugs = resultDocumentSlugs();
  exportReferences(slugs, exportFormat.value).then(
    () => (copied.textContent = `已导出 ${slugs.length} 篇文献的引文`),
    (error: unknown) => (copied.textContent = `导出失败:${error instanceof Error ? error.message : String(error)}`),
  );
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
sort = initial.sort ?? 'relevance';
view = initial.view ?? 'group';
sortSelect.value = sort;
viewSelect.value = view;
input.value = initial.q;
// Filters stay folded on a phone, where they would push the results below the fold.
facets.open = matchMedia('(min-width: 64rem)').matches;
startTiming();
void execute(initial.q);
// An empty page fetches the engine while idle, so the first query typed does not wait for it.
if (!initial.q.trim()) (window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200)))(() => void loadPagefind());
