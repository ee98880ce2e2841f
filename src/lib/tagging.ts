/**
 * Theme suggestion from the weighted keyword table in content/themes.json: a theme's
 * score for a text is the sum over its keywords of weight × occurrences. Used by the
 * ingest command; comparison pages may reuse it.
 */

export interface ThemeKeywords {
  id: string;
  keywords: { term: string; weight: number }[];
}

export interface ThemeScore {
  id: string;
  score: number;
}

/** Minimum score for a theme to be suggested (and for a practice to be wrapped). */
export const THEME_THRESHOLD = 4;
/** A theme is suggested alongside the best one only if it reaches this share of its score. */
export const THEME_RELATIVE_SHARE = 0.5;

function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count += 1;
  return count;
}

/** Every theme with its score for `text`, best first (ties in table order). */
export function scoreThemes(text: string, themes: readonly ThemeKeywords[]): ThemeScore[] {
  return themes
    .map((theme) => ({
      id: theme.id,
      score: theme.keywords.reduce((sum, { term, weight }) => sum + weight * occurrences(text, term), 0),
    }))
    .sort((a, b) => b.score - a.score);
}

/**
 * Themes to tag `text` with: those scoring at least `threshold` and at least
 * THEME_RELATIVE_SHARE of the best score. Empty when nothing reaches the threshold.
 */
export function suggestThemes(text: string, themes: readonly ThemeKeywords[], threshold = THEME_THRESHOLD): string[] {
  const scores = scoreThemes(text, themes);
  const best = scores[0]?.score ?? 0;
  return scores.filter(({ score }) => score >= threshold && score >= best * THEME_RELATIVE_SHARE).map(({ id }) => id);
}
