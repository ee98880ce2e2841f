/**
 * Query normalization shared by the search page, the index fields and the benchmark:
 * what a reader types becomes what the index and the verbatim check compare.
 */

/** Longer queries are cut: no passage a reader half remembers is this long, and Pagefind's cost grows with terms. */
export const MAX_QUERY_LENGTH = 64;

const HAN = /\p{Script=Han}/u;

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

/** Whether the query asks for a Chinese passage, which the page matches verbatim like Ctrl+F. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * The Pagefind query that finds every passage containing all of a term's characters: each
 * Chinese character is its own term, as each is its own word in the index (records.ts indexForm).
 * Other words stay whole.
 */
export function characterTerms(query: string): string {
  return query
    .replace(/\p{Script=Han}/gu, ' $& ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * For a term of Chinese characters only (white space aside), its length: a passage holding it
 * verbatim has that many consecutive index words matched. 0 for any other term.
 */
export function hanRunLength(term: string): number {
  const han = term.replace(/\s+/g, '');
  return /^\p{Script=Han}+$/u.test(han) ? [...han].length : 0;
}

/** Whether `length` consecutive positions all occur among `positions`. */
export function hasRun(positions: readonly number[], length: number): boolean {
  const set = new Set(positions);
  return positions.some((start) => Array.from({ length }, (_, offset) => start + offset).every((at) => set.has(at)));
}
