/**
 * Proposes practice types for a practice's text by matching the vocabulary's keywords. A curator's
 * aid (npm run suggest:types) and the ingest draft's suggester: a human still reviews every type.
 */
export interface SuggestableType {
  id: string;
  theme: string;
  keywords: readonly string[];
}

export interface TypeSuggestion {
  type: string;
  /** The keywords found in the text, longest first: the reason for the suggestion. */
  matched: string[];
}

/**
 * Types of the given themes whose keywords occur in `text`, best first (more distinct keywords,
 * then more matched characters, then the vocabulary's order). Types of other themes are never proposed.
 */
export function suggestTypes(text: string, themes: readonly string[], vocabulary: readonly SuggestableType[]): TypeSuggestion[] {
  const flat = text.replace(/\s+/g, '');
  return vocabulary
    .map((type, order) => ({
      type: type.id,
      order,
      theme: type.theme,
      matched: [...new Set(type.keywords)].filter((keyword) => flat.includes(keyword)).sort((a, b) => b.length - a.length),
    }))
    .filter((candidate) => themes.includes(candidate.theme) && candidate.matched.length > 0)
    .sort(
      (a, b) =>
        b.matched.length - a.matched.length ||
        b.matched.join('').length - a.matched.join('').length ||
        a.order - b.order,
    )
    .map(({ type, matched }) => ({ type, matched }));
}
