/**
 * The comparison of places by theme, computed once from plain collection data and shared by
 * every comparison page (theme pages, the overview and all pair pages).
 */
import { excerpt } from '../grouping.ts';
import type { CompareConfig } from './config.ts';
import { corpusStats, detectShared, type SharedApproach, type ThemeKeyword } from './shared.ts';

export interface PlaceInput {
  id: string;
  name: string;
}

export interface ThemeInput {
  id: string;
  name: string;
  keywords: ThemeKeyword[];
}

export interface FigureInput {
  quote: string;
  value: string;
  unit: string;
  counts: string;
  period: string;
  theme: string;
  practice?: string | undefined;
}

export interface DocumentInput {
  id: string;
  title: string;
  place: string;
  year: number;
  yearInferred: boolean;
  genre: string;
  /** Who wrote or issued it, as the source names them. */
  author: string;
  figures: FigureInput[];
}

export interface PracticeInput {
  id: string;
  document: string;
  place: string;
  title: string;
  text: string;
  themes: string[];
}

export interface CompareInput {
  places: PlaceInput[];
  themes: ThemeInput[];
  documents: DocumentInput[];
  practices: PracticeInput[];
  config: CompareConfig;
}

export interface Figure extends FigureInput {
  document: string;
  place: string;
  year: number;
}

export interface ThemeComparison {
  theme: ThemeInput;
  /** Every place, with its practices for the theme (possibly none), in the places' order. */
  byPlace: { place: PlaceInput; practices: PracticeInput[] }[];
  shared: SharedApproach[];
  distinctive: PracticeInput[];
  figures: Figure[];
  /** The documents the theme's practices come from. */
  sources: DocumentInput[];
}

export interface Comparison {
  config: CompareConfig;
  places: PlaceInput[];
  themes: ThemeInput[];
  practices: Map<string, PracticeInput>;
  documents: Map<string, DocumentInput>;
  byTheme: Map<string, ThemeComparison>;
  /** Place id → theme id → number of practices: the overview's table. */
  counts: Map<string, Map<string, number>>;
  /** Canonical pairs (a < b by id) that get a page; none beyond `pairPagesUpToPlaces` places. */
  pairs: [PlaceInput, PlaceInput][];
}

/** Text that detection reads and that tests check terms against: title and body. */
export function practiceText(practice: Pick<PracticeInput, 'title' | 'text'>): string {
  return `${practice.title}\n${practice.text}`;
}

let memo: { key: string; comparison: Comparison } | undefined;

/**
 * The comparison for this content, computed once per build however many pages ask for it
 * (pair pages grow with the square of the places); recomputed only when the content changes.
 */
export function sharedComparison(input: CompareInput): Comparison {
  const key = JSON.stringify(input);
  if (memo?.key !== key) memo = { key, comparison: buildComparison(input) };
  return memo.comparison;
}

export function buildComparison({ places, themes, documents, practices, config }: CompareInput): Comparison {
  const stats = corpusStats(
    practices.map((practice) => ({ id: practice.id, place: practice.place, text: practiceText(practice) })),
    config,
  );
  const practiceById = new Map(practices.map((practice) => [practice.id, practice]));
  const documentById = new Map(documents.map((document) => [document.id, document]));

  const byTheme = new Map(
    themes.map((theme): [string, ThemeComparison] => {
      const tagged = practices.filter((practice) => practice.themes.includes(theme.id));
      const detection = detectShared(
        tagged.map((practice) => ({ id: practice.id, place: practice.place, text: practiceText(practice) })),
        stats,
        config,
        theme.keywords,
      );
      const documentIds = new Set(tagged.map((practice) => practice.document));
      return [
        theme.id,
        {
          theme,
          byPlace: places.map((place) => ({ place, practices: tagged.filter((practice) => practice.place === place.id) })),
          shared: sortApproaches(detection.shared, places),
          distinctive: detection.distinctive.flatMap((id) => practiceById.get(id) ?? []),
          figures: documents.flatMap((document) =>
            document.figures
              .filter((figure) => figure.theme === theme.id)
              .map((figure) => ({ ...figure, document: document.id, place: document.place, year: document.year })),
          ),
          sources: documents.filter((document) => documentIds.has(document.id)),
        },
      ];
    }),
  );

  const counts = new Map(
    places.map((place) => [
      place.id,
      new Map(themes.map((theme) => [theme.id, byTheme.get(theme.id)?.byPlace.find((entry) => entry.place.id === place.id)?.practices.length ?? 0])),
    ]),
  );

  const sorted = [...places].sort((a, b) => a.id.localeCompare(b.id));
  const pairs: [PlaceInput, PlaceInput][] =
    places.length > config.pairPagesUpToPlaces
      ? []
      : sorted.flatMap((a, index) => sorted.slice(index + 1).map((b): [PlaceInput, PlaceInput] => [a, b]));

  return { config, places, themes, practices: practiceById, documents: documentById, byTheme, counts, pairs };
}

/** Approaches keep their weight order; within each, places follow the site's order of places. */
function sortApproaches(approaches: SharedApproach[], places: PlaceInput[]): SharedApproach[] {
  const order = new Map(places.map((place, index) => [place.id, index]));
  return approaches.map((approach) => ({
    ...approach,
    places: [...approach.places].sort((a, b) => (order.get(a.place) ?? 0) - (order.get(b.place) ?? 0)),
  }));
}

/** A place's display name; its id when it is unknown, so a page never drops an entry. */
export function placeName(comparison: Comparison, id: string): string {
  return comparison.places.find((place) => place.id === id)?.name ?? id;
}

/** The canonical order of a pair: by id, so each pair has one page. */
export function pairPath(a: string, b: string): string {
  const [first, second] = a < b ? [a, b] : [b, a];
  return `/compare/${first}/${second}/`;
}

export interface PairTheme {
  theme: ThemeInput;
  /** Approaches both places share, each with only the two places' practices. */
  shared: SharedApproach[];
  /** Practices of each place in no shared approach of the pair. */
  onlyA: PracticeInput[];
  onlyB: PracticeInput[];
}

/** Two places side by side, theme by theme: derived from the shared comparison, no new scan of the text. */
export function comparePair(comparison: Comparison, a: string, b: string): PairTheme[] {
  return comparison.themes.map((theme) => {
    const themeComparison = comparison.byTheme.get(theme.id);
    const shared = (themeComparison?.shared ?? [])
      .map((approach) => {
        const places = approach.places.filter((entry) => entry.place === a || entry.place === b);
        // Name the approach only by the terms the two places' practices hold.
        const matched = places.flatMap((entry) => entry.practices.map((practice) => practice.term));
        return { ...approach, places, terms: approach.terms.filter((term) => matched.some((m) => term.includes(m))) };
      })
      .filter((approach) => approach.places.length === 2);
    const inShared = new Set(shared.flatMap((approach) => approach.places.flatMap((entry) => entry.practices.map((p) => p.id))));
    const alone = (place: string) =>
      themeComparison?.byPlace.find((entry) => entry.place.id === place)?.practices.filter((practice) => !inShared.has(practice.id)) ?? [];
    return { theme, shared, onlyA: alone(a), onlyB: alone(b) };
  });
}

/** A one- or two-sentence excerpt, centred on `term` when given so the reader sees it in context. */
export function excerptAround(text: string, term: string | undefined, length = 90): string {
  const flat = text.replace(/\s+/g, '');
  const at = term ? flat.indexOf(term) : -1;
  if (flat.length <= length) return flat;
  if (at < 0) return excerpt(flat, length);
  // Start at the sentence holding the term, unless that puts the term beyond the excerpt.
  const sentenceStart = Math.max(flat.lastIndexOf('。', at), flat.lastIndexOf(';', at), flat.lastIndexOf('；', at)) + 1;
  const start = at - sentenceStart < length / 2 ? sentenceStart : Math.max(0, at - Math.floor(length / 3));
  const end = Math.min(flat.length, start + length);
  return `${start > 0 ? '……' : ''}${flat.slice(start, end)}${end < flat.length ? '……' : ''}`;
}
