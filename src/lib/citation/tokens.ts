/**
 * Placeholders in citation text rendered at build time and filled in by the browser
 * (src/browser/cite.ts): the origin the reader is on and today's date. Without scripts the
 * visible text keeps the site path (and the SITE_URL origin, when set) and 「引用日期」.
 */
export const ORIGIN_TOKEN = '{{origin}}';
export const ACCESSED_TOKEN = '{{accessed}}';

export type CitationPiece = { kind: 'text' | 'origin' | 'accessed'; text: string };

/** Splits text with tokens into pieces a component renders as text and fillable spans. */
export function citationPieces(text: string, origin: string, accessedPlaceholder: string): CitationPiece[] {
  return text
    .split(/(\{\{origin\}\}|\{\{accessed\}\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === ORIGIN_TOKEN
        ? { kind: 'origin', text: origin }
        : part === ACCESSED_TOKEN
          ? { kind: 'accessed', text: accessedPlaceholder }
          : { kind: 'text', text: part },
    );
}

/** What the browser does with a copied text: the real origin and today's date. */
export function fillTokens(text: string, origin: string, accessed: string): string {
  return text.split(ORIGIN_TOKEN).join(origin).split(ACCESSED_TOKEN).join(accessed);
}
