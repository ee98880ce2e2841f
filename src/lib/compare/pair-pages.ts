/**
 * A pair page (`/compare/<a>/<b>/`) bounded like a theme page, so it stays readable and within its
 * weight budget however many practices two places have. Pure: the route only renders.
 *
 * A pair whose practices' texts together fit in `themePageTextChars` (the real corpus) is shown
 * whole: every practice with its text, as a small comparison should read. Beyond that, every list
 * is cut as on a theme page (`pairView` with `cellLimit`/`cellFoldLimit`): per type and place the
 * first practices in full, more titles folded, the rest on the place's full theme list; the
 * inlined texts all or nothing; per place 5 sources (then its document list) and 5 key figures.
 */
import { placeDocumentsHref, placeThemeHref } from '../listings.ts';
import type { CompareConfig } from './config.ts';
import { capped, comparePair, pairView, type Comparison, type DocumentInput, type PairThemeView, type PlaceInput, type ShownPractice } from './model.ts';
import { boundedFigures, gridOfPlaces, textCharsOf, THEME_FIGURES_PER_PLACE, THEME_SOURCES_PER_PLACE, type ThemePageView } from './theme-pages.ts';

/** How long a place's full lists are, as the place pages count them (they decide where a full list lives). */
export interface PairListCounts {
  /** Practices of the place tagged with the theme (every kind). */
  practices(place: string, theme: string): number;
  documents(place: string): number;
}

/** A place's sources on a pair page: the first few, then how many more, linked to all of the place's documents. */
export interface PairSourcesView {
  place: PlaceInput;
  total: number;
  sources: DocumentInput[];
  moreSources: number;
  documentsHref: string;
}

export interface PairPageThemeView extends PairThemeView {
  /** Each place's full list of the theme's practices, by place id: where folded and unlisted ones are. */
  listHref: Map<string, string>;
  /** Both places' key figures for the theme, at most THEME_FIGURES_PER_PLACE each. */
  figures: ThemePageView['figures'];
}

export interface PairPageView {
  themes: PairPageThemeView[];
  /** Every source of both places: the sources note and the citation export count them all. */
  sources: DocumentInput[];
  placeSources: PairSourcesView[];
  /** True when the pair is small enough to show every practice with its text, nothing folded. */
  whole: boolean;
  /** Characters of text the page's first showings hold, and whether the page inlines them. */
  textChars: number;
  inlineText: boolean;
}

type PairConfig = Pick<CompareConfig, 'cellLimit' | 'cellFoldLimit' | 'themePageTextChars'>;

/** Every practice a pair view shows in full, in page order. */
export function pairShown(themes: readonly PairThemeView[]): ShownPractice[] {
  const rows = (list: PairThemeView['both']) => list.flatMap((row) => [...row.a.shown, ...row.b.shown]);
  return themes.flatMap((theme) => [...rows(theme.both), ...rows(theme.onlyA), ...rows(theme.onlyB), ...theme.othersA.shown, ...theme.othersB.shown]);
}

export function pairPage(comparison: Comparison, a: PlaceInput, b: PlaceInput, config: PairConfig, counts: PairListCounts): PairPageView {
  const pair = comparePair(comparison, a.id, b.id);
  const full = pairView(pair, { cellLimit: Infinity, cellFoldLimit: Infinity });
  const fullChars = textCharsOf(pairShown(full));
  // Same allowance as a theme page's texts: a pair within it loses nothing by staying whole.
  const whole = fullChars <= config.themePageTextChars;
  const views = whole ? full : pairView(pair, config);
  const textChars = whole ? fullChars : textCharsOf(pairShown(views));
  const themes = views.map((view): PairPageThemeView => {
    const grid = comparison.grids.get(view.theme.id);
    const pairGrid = grid && gridOfPlaces(grid, [a.id, b.id]);
    const bounded = pairGrid ? boundedFigures(pairGrid, THEME_FIGURES_PER_PLACE) : { shown: [], hidden: [] };
    // Shown in the sources' order, as before the cap (boundedFigures groups them by place).
    const kept = new Set(bounded.shown);
    return {
      ...view,
      listHref: new Map([a, b].map((place) => [place.id, placeThemeHref(place.id, view.theme.id, counts.practices(place.id, view.theme.id))])),
      figures: { shown: (pairGrid?.figures ?? []).filter((figure) => kept.has(figure)), hidden: bounded.hidden },
    };
  });
  const sources = [...comparison.documents.values()].filter((document) => document.place === a.id || document.place === b.id);
  const placeSources = [a, b].map((place): PairSourcesView => {
    const own = sources.filter((document) => document.place === place.id);
    const { shown, more } = capped(own, THEME_SOURCES_PER_PLACE);
    return { place, total: own.length, sources: shown, moreSources: more, documentsHref: placeDocumentsHref(place.id, counts.documents(place.id)) };
  });
  // All or nothing, so both places read alike (as on a theme page).
  return { themes, sources, placeSources, whole, textChars, inlineText: textChars <= config.themePageTextChars };
}
