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

/**
 * Keyword in context: a window of `context` characters on each side of every span (windows
 * that touch merge), at most `maxWindows` of them, each span marked, gaps shown as `…`.
 * With no spans, the passage's opening.
 */
export function kwicHtml(text: string, spans: Span[], context = 30, maxWindows = 4): string {
  if (spans.length === 0) return excerptHtml(text, [], context * 3);
  const windows: { start: number; end: number; spans: Span[] }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(0, span.start - context);
    const end = Math.min(text.length, span.end + context);
    const last = windows.at(-1);
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.spans.push(span);
    } else if (windows.length < maxWindows) windows.push({ start, end, spans: [span] });
  }
  const html = windows.map((window) => {
    let part = '';
    let cursor = window.start;
    for (const span of window.spans) {
      part += `${escapeHtml(text.slice(cursor, span.start))}<mark>${escapeHtml(text.slice(span.start, span.end))}</mark>`;
      cursor = span.end;
    }
    return part + escapeHtml(text.slice(cursor, window.end));
  });
  const first = windows[0]?.start ?? 0;
  const last = windows.at(-1)?.end ?? text.length;
  return `${first > 0 ? '…' : ''}${html.join('…')}${last < text.length ? '…' : ''}`;
}
