/**
 * Plain text of an MDX fragment written in this project's restricted style
 * (paragraphs, headings, backslash escapes, character references and string-attribute
 * components): what a reader sees, used for excerpts, comparison and fidelity checks.
 */
const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeReference(whole: string, ref: string): string {
  if (ref[0] === '#') {
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  }
  return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
}

/** Resolves backslash escapes and character references in one pass, so `\&amp;` stays literal. */
export function unescapeMdx(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])|&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, escaped?: string, ref?: string) =>
    escaped !== undefined ? escaped : decodeReference(whole, ref ?? ''),
  );
}

export interface TextOptions {
  /** Include each component's `title` attribute, which the page renders as a heading. */
  titles?: boolean;
}

export function mdxToText(fragment: string, { titles = false }: TextOptions = {}): string {
  return fragment
    .split('\n')
    .map((line) =>
      unescapeMdx(
        line
          // Tags show nothing but, on request, their rendered title. An escaped \\< is text, not a tag.
          .replace(/(?<!\\)<\/?[A-Z][A-Za-z]*(\s[^>]*)?\/?>/g, (tag) =>
            titles ? (/\stitle="([^"]*)"/.exec(tag)?.[1] ?? '') : '',
          )
          .replace(/^\s{0,3}#{1,6}\s+/, ''),
      ).trim(),
    )
    .filter(Boolean)
    .join('\n');
}
