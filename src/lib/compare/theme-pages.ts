/**
 * A theme grid cut into pages by place, so a theme page stays readable and within its weight
 * budget however many places and practices the corpus holds. Pure: the route only renders.
 *
 * Page 1 is `/themes/<slug>/`, later pages `/themes/<slug>/page/N/` (the shared listing scheme).
 * What stays whole on every page: the type rows with their site-wide counts, and an index of every
 * place (with its count) linking to the page that holds its column. What is cut: the columns,
 * and every per-place list, each bounded and linked to the place's full list.
 */
import { listing, placeDocumentsHref, placeThemeHref, type Listing } from '../listings.ts';
import type { ListPage } from '../pagination.ts';
import type { CompareConfig } from './config.ts';
import { capped, themeGridView, type DocumentInput, type Figure, type PlaceCoverage, type PlaceInput, type ShownPractice, type ThemeGrid, type ThemeGridView } from './model.ts';

/** Sources named per place in a theme page's coverage list; the place's document list has the rest. */
export const THEME_SOURCES_PER_PLACE = 5;
/** Key figures per place on a theme page; /data/figures.csv has every figure. */
export const THEME_FIGURES_PER_PLACE = 5;
/** Up to this many sources, the sources note lists them all; beyond it, the coverage list names them by place. */
export const THEME_SOURCES_LISTED = 30;
/** Where every key figure is, with its theme and document, when a page shows only some. */
export const ALL_FIGURES_HREF = '/data/figures.csv';

export const themeBase = (theme: string): string => `/themes/${theme}/`;
/** A place's entry (its coverage line) on the theme page that holds its column. */
export const themePlaceAnchor = (place: string): string => `place-${place}`;

/** How long a place's full lists are, as the place pages count them (they decide whether a list has pages of its own). */
export interface PlaceListCounts {
  /** Practices of the place tagged with the theme. */
  practices(place: string): number;
  documents(place: string): number;
}

export interface ThemePlaceIndexEntry {
  place: PlaceInput;
  covers: boolean;
  /** Reported practices of the place in the theme. */
  reported: number;
  page: number;
  /** The page holding the place's column, at the place's entry. */
  href: string;
}

export interface CoverageView {
  entry: PlaceCoverage;
  /** The first sources, then how many more, linked to all of the place's documents. */
  sources: DocumentInput[];
  moreSources: number;
  documentsHref: string;
  /** All of the place's practices in the theme (reported, requirements and outcomes). */
  listHref: string;
}

export interface ThemePageView {
  base: string;
  page: ListPage<PlaceCoverage>;
  /** The grid narrowed to this page's places; each row keeps its site-wide count of places reporting. */
  grid: ThemeGrid;
  view: ThemeGridView;
  coverage: CoverageView[];
  figures: { shown: Figure[]; hidden: { place: PlaceInput; count: number }[] };
  /** Full theme list of each of the page's places, by place id. */
  listHref: Map<string, string>;
  /** Characters of text the page's first showings hold, and whether that is within the page's allowance. */
  textChars: number;
  inlineText: boolean;
}

/** The grid with only the given places' columns, coverage and figures. Row counts stay those of the whole theme. */
export function gridOfPlaces(grid: ThemeGrid, places: readonly string[]): ThemeGrid {
  const keep = new Set(places);
  return {
    ...grid,
    rows: grid.rows.map((row) => ({ ...row, cells: row.cells.filter((cell) => keep.has(cell.place.id)) })),
    coverage: grid.coverage.filter((entry) => keep.has(entry.place.id)),
    figures: grid.figures.filter((figure) => keep.has(figure.place)),
  };
}

/** The theme's places in the grid's order, `perPage` to a page. */
export function themePlacePages(grid: ThemeGrid, perPage: number): Listing<PlaceCoverage>[] {
  return listing(grid.coverage, perPage, themeBase(grid.theme.id));
}

/** Every place of the theme, in order, with the page that holds its column. */
export function themePlaceIndex(pages: readonly Listing<PlaceCoverage>[]): ThemePlaceIndexEntry[] {
  return pages.flatMap(({ page }) =>
    page.items.map((entry) => ({
      place: entry.place,
      covers: entry.covers,
      reported: entry.reported.length,
      page: page.number,
      href: `${page.path}#${themePlaceAnchor(entry.place.id)}`,
    })),
  );
}

/** Each place's first key figures, in the grid's place order, and how many each leaves out. */
export function boundedFigures(grid: ThemeGrid, perPlace: number): ThemePageView['figures'] {
  const byPlace = grid.coverage.map((entry) => ({ place: entry.place, ...capped(grid.figures.filter((figure) => figure.place === entry.place.id), perPlace) }));
  return {
    shown: byPlace.flatMap((entry) => entry.shown),
    hidden: byPlace.filter((entry) => entry.more > 0).map((entry) => ({ place: entry.place, count: entry.more })),
  };
}

/** Characters of practice text a page inlines: each practice's first showing only (later ones link back to it). */
export function textCharsOf(items: readonly ShownPractice[]): number {
  return items.filter((item) => item.firstAt === undefined).reduce((sum, item) => sum + item.practice.text.length, 0);
}

export function shownTextChars(view: ThemeGridView): number {
  return textCharsOf([...view.rows.flatMap((row) => row.cells.flatMap((cell) => cell.shown)), ...view.others.flatMap((entry) => entry.shown)]);
}

/** Every page of a theme, each bounded: its places' columns, lists capped and linked to the places' full lists. */
export function themePages(grid: ThemeGrid, config: Pick<CompareConfig, 'cellLimit' | 'cellFoldLimit' | 'themePlacesPerPage' | 'themePageTextChars'>, counts: PlaceListCounts): ThemePageView[] {
  return themePlacePages(grid, config.themePlacesPerPage).map(({ base, page }) => {
    const pageGrid = gridOfPlaces(grid, page.items.map((entry) => entry.place.id));
    const fullList = (place: string) => placeThemeHref(place, grid.theme.id, counts.practices(place));
    const listHref = new Map(page.items.map((entry) => [entry.place.id, fullList(entry.place.id)]));
    const coverage = page.items.map((entry): CoverageView => {
      const sources = capped(entry.sources, THEME_SOURCES_PER_PLACE);
      return {
        entry,
        sources: sources.shown,
        moreSources: sources.more,
        documentsHref: placeDocumentsHref(entry.place.id, counts.documents(entry.place.id)),
        listHref: fullList(entry.place.id),
      };
    });
    const view = themeGridView(pageGrid, config);
    const textChars = shownTextChars(view);
    // All or nothing, so the places of one page read alike; a small theme (the real corpus) keeps every text.
    const inlineText = textChars <= config.themePageTextChars;
    return { base, page, grid: pageGrid, view, coverage, figures: boundedFigures(pageGrid, THEME_FIGURES_PER_PLACE), listHref, textChars, inlineText };
  });
}
