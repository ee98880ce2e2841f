/**
 * Query normalization shared by the search page, the index fields and the benchmark:
 * what a reader types becomes what the index and the verbatim check compare.
 */

/** Longer queries are cut: no passage a reader half remembers is this long, and Pagefind's cost grows with terms. */
export const MAX_QUERY_LENGTH = 64;

const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * NFKC folds full-width letters, digits and punctuation to half-width (ＡＢＣ１２３ → ABC123)
 * and compatibility ideographs to their unified forms; whitespace collapses; Latin lowercases.
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim().toLowerCase();
}

/**
 * The form used for verbatim comparison: NFKC, lowercase, and no whitespace next to a
 * Chinese character (a line break inside a Chinese sentence is not a word gap).
 */
export function matchForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, '');
}

/** Distinct Chinese characters of a text, in first-seen order. */
export function distinctHan(text: string): string[] {
  return [...new Set(text.match(HAN_GLOBAL) ?? [])];
}

/** Whether the query asks for a Chinese passage, which the page matches verbatim like Ctrl+F. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * The Pagefind term that finds every page containing all of the query's characters:
 * each Chinese character becomes its own term, so no word segmentation can hide it
 * (pages index their distinct characters; see searchCharacters). Other words stay whole.
 */
export function characterTerms(query: string): string {
  return query
    .replace(/\p{Script=Han}/gu, ' $& ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Ends the hidden character list, which opens each page's indexed text, so the search page can cut it off. */
export const CHARACTERS_END = '⁂';

/** The page's distinct Chinese characters, space-separated: one index word each. */
export function searchCharacters(text: string): string {
  return distinctHan(text).join(' ');
}
