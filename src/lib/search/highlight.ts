/** Excerpts with the match marked, built as escaped HTML: no page text or query is ever parsed as markup. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export interface Span {
  start: number;
  end: number;
}

/**
 * A window of `text` around the first span, about `length` characters, with every span
 * inside it wrapped in <mark>. Spans must not overlap.
 */
export function excerptHtml(text: string, spans: Span[], length = 90): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  const centre = first ? Math.floor((first.start + first.end) / 2) : 0;
  let start = Math.max(0, centre - Math.floor(length / 2));
  const end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  if (first) start = Math.min(start, first.start);
  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const span of sorted) {
    if (span.start < cursor || span.end > end) continue;
    html += `${escapeHtml(text.slice(cursor, span.start))}<mark>${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    cursor = span.end;
  }
  html += escapeHtml(text.slice(cursor, end));
  return end < text.length ? `${html}…` : html;
}

/** Spans where any of the terms occur (case-insensitive), non-overlapping, longest term first. */
export function termSpans(text: string, terms: string[]): Span[] {
  const lower = text.toLowerCase();
  const taken: Span[] = [];
  for (const term of [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length)) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
      const span = { start: at, end: at + term.length };
      if (!taken.some((other) => span.start < other.end && other.start < span.end)) taken.push(span);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
