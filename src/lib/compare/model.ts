/**
 * The comparison of places by kind of practice, computed once from plain collection data and
 * shared by every comparison page (theme grids, the overview and all pair pages).
 *
 * Practices are compared by their curated types (content/practice-types.json), never by the
 * wording of their text. Only reported practices (kind "practice") are compared and counted;
 * requirements, plans and outcomes are kept apart so that a 要求 never reads as a 做法.
 */
import type { DocumentYear } from '../document-year.ts';
import type { PracticeKind } from '../practices.ts';
import type { CompareConfig } from './config.ts';
import type { FigureStatus } from './figures.ts';

export interface PlaceInput {
  id: string;
  name: string;
}

export interface ThemeInput {
  id: string;
  name: string;
}

export interface PracticeTypeInput {
  id: string;
  name: string;
  nameEn: string;
  definition: string;
  theme: string;
  basis: string;
}

export interface FigureInput {
  quote: string;
  value: string;
  unit: string;
  counts: string;
  period: string;
  theme: string;
  practice?: string | undefined;
  status: FigureStatus;
  structural: boolean;
}

export interface DocumentInput {
  id: string;
  title: string;
  place: string;
  year: DocumentYear;
  genre: string;
  /** Who wrote or issued it, as the source names them. */
  author: string;
  themes: string[];
  figures: FigureInput[];
}

export interface PracticeInput {
  id: string;
  document: string;
  place: string;
  title: string;
  text: string;
  themes: string[];
  types: string[];
  kind: PracticeKind;
  /** The source heading it stands under, for citing the passage. */
  section?: string | undefined;
}

export interface CompareInput {
  places: PlaceInput[];
  themes: ThemeInput[];
  types: PracticeTypeInput[];
  documents: DocumentInput[];
  practices: PracticeInput[];
  config: CompareConfig;
}

export interface Figure extends FigureInput {
  document: string;
  place: string;
  year: DocumentYear;
}

/**
 * Why a cell holds what it holds: reported practices; only requirements, plans or outcomes;
 * nothing although the place's sources cover the theme; or nothing because they do not cover it.
 */
export type CellStatus = 'reported' | 'not-reported' | 'type-absent' | 'theme-absent';

/** How a page and the CSV say why a cell holds what it holds. */
export const CELL_STATUS_TEXT: Record<CellStatus, string> = {
  reported: '有已报道做法',
  'not-reported': '仅有要求、部署或成效,无已报道做法',
  'type-absent': '来源涉及此主题但无此类做法',
  'theme-absent': '该来源未涉及此主题',
};

export const KIND_TEXT: Record<PracticeKind, string> = { practice: '做法', requirement: '要求/部署', outcome: '成效' };

export interface GridCell {
  place: PlaceInput;
  status: CellStatus;
  /** Reported practices of the place with this type, in document order. */
  practices: PracticeInput[];
  /** Requirements, plans and outcomes of this type: listed apart, never counted. */
  others: PracticeInput[];
}

export interface GridRow {
  type: PracticeTypeInput;
  cells: GridCell[];
  /** Places with at least one reported practice of the type. */
  placesReporting: number;
}

export interface PlaceCoverage {
  place: PlaceInput;
  /** The place's sources deal with the theme (a document lists it, or a block is tagged with it). */
  covers: boolean;
  reported: PracticeInput[];
  others: PracticeInput[];
  sources: DocumentInput[];
}

export interface ThemeGrid {
  theme: ThemeInput;
  rows: GridRow[];
  coverage: PlaceCoverage[];
  figures: Figure[];
}

export interface Comparison {
  config: CompareConfig;
  places: PlaceInput[];
  themes: ThemeInput[];
  types: PracticeTypeInput[];
  practices: Map<string, PracticeInput>;
  documents: Map<string, DocumentInput>;
  grids: Map<string, ThemeGrid>;
  /** Canonical pairs (a < b by id) that get a page; none beyond `pairPagesUpToPlaces` places. */
  pairs: [PlaceInput, PlaceInput][];
}

export const isReported = (practice: Pick<PracticeInput, 'kind'>): boolean => practice.kind === 'practice';

export function buildComparison({ places, themes, types, documents, practices, config }: CompareInput): Comparison {
  const grids = new Map(themes.map((theme): [string, ThemeGrid] => [theme.id, buildThemeGrid(theme, { places, types, documents, practices })]));
  const sorted = [...places].sort((a, b) => a.id.localeCompare(b.id));
  const pairs: [PlaceInput, PlaceInput][] =
    places.length > config.pairPagesUpToPlaces
      ? []
      : sorted.flatMap((a, index) => sorted.slice(index + 1).map((b): [PlaceInput, PlaceInput] => [a, b]));
  return {
    config,
    places,
    themes,
    types,
    practices: new Map(practices.map((practice) => [practice.id, practice])),
    documents: new Map(documents.map((document) => [document.id, document])),
    grids,
    pairs,
  };
}

/** One theme as a grid: a row per practice type of the theme, a cell per place. Pure; the pages only render it. */
export function buildThemeGrid(
  theme: ThemeInput,
  { places, types, documents, practices }: Pick<CompareInput, 'places' | 'types' | 'documents' | 'practices'>,
): ThemeGrid {
  const tagged = practices.filter((practice) => practice.themes.includes(theme.id));
  const coverage = places.map((place): PlaceCoverage => {
    const sources = documents.filter((document) => document.place === place.id);
    const own = tagged.filter((practice) => practice.place === place.id);
    return {
      place,
      covers: own.length > 0 || sources.some((document) => document.themes.includes(theme.id)),
      reported: own.filter(isReported),
      others: own.filter((practice) => !isReported(practice)),
      sources,
    };
  });
  const rows = types
    .filter((type) => type.theme === theme.id)
    .map((type): GridRow => {
      const cells = coverage.map(({ place, covers, reported, others }): GridCell => {
        const ofType = (list: PracticeInput[]) => list.filter((practice) => practice.types.includes(type.id));
        const cell = { place, practices: ofType(reported), others: ofType(others) };
        const status: CellStatus =
          cell.practices.length > 0 ? 'reported' : cell.others.length > 0 ? 'not-reported' : covers ? 'type-absent' : 'theme-absent';
        return { ...cell, status };
      });
      return { type, cells, placesReporting: cells.filter((cell) => cell.practices.length > 0).length };
    });
  return {
    theme,
    rows,
    coverage,
    figures: documents.flatMap((document) =>
      document.figures
        .filter((figure) => figure.theme === theme.id)
        .map((figure) => ({ ...figure, document: document.id, place: document.place, year: document.year })),
    ),
  };
}

/** The documents behind a theme page: the sources of every place that covers the theme. */
export function themeSources(grid: ThemeGrid): DocumentInput[] {
  return grid.coverage.filter((entry) => entry.covers).flatMap((entry) => entry.sources);
}

/** What a cell shows: at most `limit` practices, and how many more the place page holds. */
export function capped<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

export interface Folded<T> {
  /** Shown in full. */
  shown: T[];
  /** Everything beyond `shown`, counted (「另 N 条」). */
  more: number;
  /** The first of those, listed by title in a fold. */
  rest: T[];
  /** Neither shown nor folded: only reachable through the link to the full list. */
  unlisted: number;
}

/**
 * A list bounded for a page: `shownLimit` items in full, at most `foldLimit` more by title, the
 * rest only counted, so a place with hundreds of practices still costs a fixed amount of page.
 */
export function folded<T>(items: readonly T[], shownLimit: number, foldLimit: number): Folded<T> {
  const { shown, more } = capped(items, shownLimit);
  const rest = items.slice(shownLimit, shownLimit + foldLimit);
  return { shown, more, rest, unlisted: more - rest.length };
}

/**
 * Where each practice's full text goes on a page: the first place it is shown gets it (and an
 * anchor), every later mention links back there, so no excerpt is repeated on a page.
 * Returns, for each id in page order, undefined for a first showing, else the anchor of the first.
 */
export function firstShowings(ids: readonly string[], anchor: (id: string) => string = practiceAnchor): (string | undefined)[] {
  const seen = new Set<string>();
  return ids.map((id) => {
    if (seen.has(id)) return anchor(id);
    seen.add(id);
    return undefined;
  });
}

/** The in-page anchor of a practice's first showing on a comparison page. */
export const practiceAnchor = (id: string): string => `p-${id}`;

export interface ShownPractice {
  practice: PracticeInput;
  /** Undefined where the practice is shown first (with its full text), else the anchor of that first showing. */
  firstAt: string | undefined;
}

/** A cell's reported practices bounded for the page (see `folded`): beyond the fold, the place's full list. */
export interface CellView extends GridCell, Omit<Folded<PracticeInput>, 'shown'> {
  shown: ShownPractice[];
}

/** A place's requirements, plans and outcomes for the theme, bounded like a cell. */
export interface OthersView extends Omit<Folded<PracticeInput>, 'shown'> {
  place: PlaceInput;
  total: number;
  shown: ShownPractice[];
}

export interface ThemeGridView {
  rows: (Omit<GridRow, 'cells'> & { cells: CellView[] })[];
  /** Each place's requirements, plans and outcomes for the theme, after the grid. */
  others: OthersView[];
}

export type CellLimits = Pick<CompareConfig, 'cellLimit' | 'cellFoldLimit'>;

/** What a theme page shows, in page order: bounded cells, and each practice's full text only once. */
export function themeGridView(grid: ThemeGrid, { cellLimit, cellFoldLimit }: CellLimits): ThemeGridView {
  const bound = (list: PracticeInput[]) => folded(list, cellLimit, cellFoldLimit);
  const rows = grid.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, ...bound(cell.practices) })) }));
  const others = grid.coverage
    .filter((entry) => entry.others.length > 0)
    .map((entry) => ({ place: entry.place, total: entry.others.length, ...bound(entry.others) }));
  const order = [...rows.flatMap((row) => row.cells.flatMap((cell) => cell.shown)), ...others.flatMap((entry) => entry.shown)];
  const firsts = firstShowings(order.map((practice) => practice.id));
  let index = 0;
  const show = (practice: PracticeInput): ShownPractice => ({ practice, firstAt: firsts[index++] });
  return {
    rows: rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, shown: cell.shown.map(show) })) })),
    others: others.map((entry) => ({ ...entry, shown: entry.shown.map(show) })),
  };
}

/** A cell of the overview's table: reported practices of a type in a place, and why it may be empty. */
export interface MatrixCell {
  count: number;
  status: CellStatus;
}

/** Places × types: each place's number of reported practices per type, types grouped by theme. */
export interface MatrixRow {
  theme: ThemeInput;
  type: PracticeTypeInput;
  cells: MatrixCell[];
}

export function typeMatrix(comparison: Comparison): MatrixRow[] {
  return comparison.themes.flatMap((theme) =>
    (comparison.grids.get(theme.id)?.rows ?? []).map((row) => ({
      theme,
      type: row.type,
      cells: row.cells.map((cell) => ({ count: cell.practices.length, status: cell.status })),
    })),
  );
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

export interface PairRow {
  type: PracticeTypeInput;
  a: PracticeInput[];
  b: PracticeInput[];
}

export interface PairTheme {
  theme: ThemeInput;
  /** Types both places report, side by side; then types only one of them reports. */
  both: PairRow[];
  onlyA: PairRow[];
  onlyB: PairRow[];
  coversA: boolean;
  coversB: boolean;
  /** Requirements, plans and outcomes of each place for the theme: shown apart, never compared. */
  othersA: PracticeInput[];
  othersB: PracticeInput[];
}

/** One place's practices in a pair row (or its requirements for a theme), bounded like a theme page's cell. */
export interface PairCellView extends Omit<Folded<PracticeInput>, 'shown'> {
  shown: ShownPractice[];
  total: number;
}

export interface PairRowView {
  type: PracticeTypeInput;
  a: PairCellView;
  b: PairCellView;
}

export interface PairThemeView extends Omit<PairTheme, 'both' | 'onlyA' | 'onlyB' | 'othersA' | 'othersB'> {
  both: PairRowView[];
  onlyA: PairRowView[];
  onlyB: PairRowView[];
  othersA: PairCellView;
  othersB: PairCellView;
}

/**
 * A pair page in page order: each list bounded as on a theme page (`folded`), and each shown
 * practice's full text once (a practice can be in two themes). Nothing is cut with infinite limits.
 */
export function pairView(themes: readonly PairTheme[], { cellLimit, cellFoldLimit }: CellLimits): PairThemeView[] {
  const bound = (list: PracticeInput[]) => ({ total: list.length, ...folded(list, cellLimit, cellFoldLimit) });
  const bounded = themes.map((theme) => {
    const row = (entry: PairRow) => ({ type: entry.type, a: bound(entry.a), b: bound(entry.b) });
    return { ...theme, both: theme.both.map(row), onlyA: theme.onlyA.map(row), onlyB: theme.onlyB.map(row), othersA: bound(theme.othersA), othersB: bound(theme.othersB) };
  });
  const rowIds = (rows: { a: { shown: PracticeInput[] }; b: { shown: PracticeInput[] } }[]) => rows.flatMap((entry) => [...entry.a.shown, ...entry.b.shown]);
  const order = bounded.flatMap((theme) => [...rowIds(theme.both), ...rowIds(theme.onlyA), ...rowIds(theme.onlyB), ...theme.othersA.shown, ...theme.othersB.shown]);
  const firsts = firstShowings(order.map((practice) => practice.id));
  let index = 0;
  const show = (practice: PracticeInput): ShownPractice => ({ practice, firstAt: firsts[index++] });
  const cell = (entry: ReturnType<typeof bound>): PairCellView => ({ ...entry, shown: entry.shown.map(show) });
  const rowView = (entry: { type: PracticeTypeInput; a: ReturnType<typeof bound>; b: ReturnType<typeof bound> }): PairRowView => ({ type: entry.type, a: cell(entry.a), b: cell(entry.b) });
  // Mapped in page order (both, onlyA, onlyB, othersA, othersB), the order `firsts` was computed in.
  return bounded.map((theme) => ({
    ...theme,
    both: theme.both.map(rowView),
    onlyA: theme.onlyA.map(rowView),
    onlyB: theme.onlyB.map(rowView),
    othersA: cell(theme.othersA),
    othersB: cell(theme.othersB),
  }));
}

/** Two places side by side, theme by theme and type by type: read off the shared grids. */
export function comparePair(comparison: Comparison, a: string, b: string): PairTheme[] {
  return comparison.themes.map((theme) => {
    const grid = comparison.grids.get(theme.id);
    const cellOf = (row: GridRow, place: string) => row.cells.find((cell) => cell.place.id === place);
    const rows = (grid?.rows ?? []).map((row) => ({ type: row.type, a: cellOf(row, a)?.practices ?? [], b: cellOf(row, b)?.practices ?? [] }));
    const coverageOf = (place: string) => grid?.coverage.find((entry) => entry.place.id === place);
    return {
      theme,
      both: rows.filter((row) => row.a.length > 0 && row.b.length > 0),
      onlyA: rows.filter((row) => row.a.length > 0 && row.b.length === 0),
      onlyB: rows.filter((row) => row.a.length === 0 && row.b.length > 0),
      coversA: coverageOf(a)?.covers ?? false,
      coversB: coverageOf(b)?.covers ?? false,
      othersA: coverageOf(a)?.others ?? [],
      othersB: coverageOf(b)?.others ?? [],
    };
  });
}

/** Up to this many sources the overview lists each on its time line; beyond, it counts them per year (the list grows with the corpus). */
export const TIMELINE_LISTED = 60;

export interface YearCount {
  year: number;
  count: number;
  /** Of those, how many have a year the site inferred, or only a bound. */
  inferred: number;
  bounded: number;
}

/** The sources counted per year (the year documentYear gives them), oldest first. */
export function yearCounts(documents: readonly DocumentInput[]): YearCount[] {
  const byYear = new Map<number, YearCount>();
  for (const { year } of documents) {
    const entry = byYear.get(year.year) ?? { year: year.year, count: 0, inferred: 0, bounded: 0 };
    entry.count += 1;
    if (year.status === 'inferred') entry.inferred += 1;
    if (year.status === 'bounded') entry.bounded += 1;
    byYear.set(year.year, entry);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The sources on a time line: ordered by year, each with the year as documentYear labels it. */
export function timeline(documents: readonly DocumentInput[]): DocumentInput[] {
  return [...documents].sort((a, b) => a.year.year - b.year.year || a.place.localeCompare(b.place) || a.id.localeCompare(b.id));
}
