/**
 * Placeholders in citation text rendered at build time and filled in by the browser
 * (src/browser/cite.ts): the origin the reader is on and today's date, in the date form each
 * style uses. Without scripts the visible text keeps the site path (and the SITE_URL origin,
 * when set) and 「引用日期」.
 */
export const ORIGIN_TOKEN = '{{origin}}';

/** How a style writes a date: 2026-12-07 (GB/T), December 7, 2026 (APA, Chicago), 7 Dec. 2026 (MLA). */
export type DateStyle = 'iso' | 'long' | 'mla';

export const ACCESSED_TOKEN = '{{accessed}}';

export function accessedToken(style: DateStyle): string {
  return style === 'iso' ? ACCESSED_TOKEN : `{{accessed:${style}}}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A date given as year, month, day parts (as precise as known) in a style's form. */
export function formatDateParts(parts: number[], style: DateStyle): string {
  const [year, month, day] = parts;
  if (style === 'iso') return parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
  if (month === undefined) return String(year);
  if (style === 'mla') return `${day === undefined ? '' : `${day} `}${MLA_MONTHS[month - 1]} ${year}`;
  return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** An access date (YYYY-MM-DD) in a style's form; the token stays a token, for the browser to fill. */
export function formatAccessed(accessed: string, style: DateStyle): string {
  if (accessed === ACCESSED_TOKEN) return accessedToken(style);
  return formatDateParts(accessed.split('-').map(Number), style);
}

const TOKENS = /(\{\{origin\}\}|\{\{accessed(?::(?:long|mla))?\}\})/;

export type CitationPiece = { kind: 'text' | 'origin'; text: string } | { kind: 'accessed'; style: DateStyle; text: string };

/** Splits text with tokens into pieces a component renders as text and fillable spans. */
export function citationPieces(text: string, origin: string, accessedPlaceholder: string): CitationPiece[] {
  return text
    .split(TOKENS)
    .filter((part) => part !== '')
    .map((part): CitationPiece => {
      if (part === ORIGIN_TOKEN) return { kind: 'origin', text: origin };
      const accessed = /^\{\{accessed(?::(long|mla))?\}\}$/.exec(part);
      if (accessed) return { kind: 'accessed', style: (accessed[1] as DateStyle | undefined) ?? 'iso', text: accessedPlaceholder };
      return { kind: 'text', text: part };
    });
}

/** What the browser does with a copied text: the real origin and today's date (YYYY-MM-DD). */
export function fillTokens(text: string, origin: string, today: string): string {
  return text
    .split(ORIGIN_TOKEN)
    .join(origin)
    .replace(/\{\{accessed(?::(long|mla))?\}\}/g, (_token, style: DateStyle | undefined) => formatAccessed(today, style ?? 'iso'));
}
