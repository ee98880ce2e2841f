/**
 * What the paginated listings contain and where they live: pure, so the page routes stay thin
 * and the URL scheme is tested once. Sizes are chosen so that a full page stays far under the
 * 60 KB gzip page budget (a document card is about 0.4 KB gzip, a practice card about 0.5 KB).
 */
import { documentYear, type DocumentDate } from './document-year.ts';
import { groupBy } from './grouping.ts';
import { paginate, type ListPage } from './pagination.ts';

export const DOCUMENTS_PER_PAGE = 50;
export const PLACES_PER_PAGE = 60;
/** Practices per page of one place's theme list. */
export const PRACTICES_PER_PAGE = 40;
/** On a place's own page: the newest documents and the first practices of each theme, then a link to all. */
export const PLACE_DOCUMENTS_SHOWN = 10;
export const PLACE_PRACTICES_SHOWN = 15;
/** Recent documents on the home page. */
export const HOME_DOCUMENTS_SHOWN = 8;
export const HOME_PLACES_SHOWN = 12;

export interface Listing<T> {
  /** Path of the list's first page. */
  base: string;
  page: ListPage<T>;
}

/** Documents grouped by the year documentYear() gives them (an inferred or bounded year files under its value), newest first. */
export function documentsByYear<T extends { data: { date: DocumentDate } }>(newestFirst: readonly T[]): Map<number, T[]> {
  return groupBy(newestFirst, (entry) => documentYear(entry.data.date).year);
}

/** Every page of a list, each with the list's base path. */
export function listing<T>(items: readonly T[], perPage: number, base: string): Listing<T>[] {
  return paginate(items, perPage, base).map((page) => ({ base, page }));
}

/** A rest parameter (`page/2`, `year/2021/page/3`) for a page path under `root`; undefined for the root itself. */
export function restParam(root: string, path: string): string | undefined {
  if (!path.startsWith(root)) throw new Error(`${path} is not under ${root}`);
  const rest = path.slice(root.length).replace(/\/$/, '');
  return rest === '' ? undefined : rest;
}

export const documentsBase = '/documents/';
export const documentsYearBase = (year: number) => `/documents/year/${year}/`;
export const placesBase = '/places/';
export const placeDocumentsBase = (place: string) => `/places/${place}/documents/`;
export const placeThemeBase = (place: string, theme: string) => `/places/${place}/themes/${theme}/`;

/** A place's full theme list gets pages of its own only when the place page cannot show it all. */
export const hasPlaceThemeList = (count: number): boolean => count > PLACE_PRACTICES_SHOWN;
export const hasPlaceDocumentsList = (count: number): boolean => count > PLACE_DOCUMENTS_SHOWN;

/** Where all `count` practices of a place in a theme are listed: their paginated list, else the place page's theme section. */
export const placeThemeHref = (place: string, theme: string, count: number): string =>
  hasPlaceThemeList(count) ? placeThemeBase(place, theme) : `/places/${place}/#theme-${theme}`;

/** Where all `count` documents of a place are listed: their paginated list, else the place page's document section. */
export const placeDocumentsHref = (place: string, count: number): string =>
  hasPlaceDocumentsList(count) ? placeDocumentsBase(place) : `/places/${place}/#place-documents`;
