/**
 * Escaping raw source text for MDX bodies: whatever MDX or Markdown would interpret
 * (expressions, JSX, ESM, HTML, emphasis, links, lists, headings, tables, code…) is
 * written so it shows literally and nothing in a source ever runs as code.
 *
 * Inverse of `unescapeMdx`/`mdxToText` (src/lib/mdx-text.ts): for any LF text,
 * `mdxToText(escapeMdxText(s))` equals `s` with each line trimmed and blank lines dropped
 * (exactly `s` when its lines are already trimmed and non-empty).
 */

/**
 * Characters escaped with a backslash wherever they stand. CommonMark lets any ASCII
 * punctuation be backslash-escaped, and MDX honours `\{`, `\}`, `\<`, `\>`.
 * `&` is escaped so `&amp;` in a source stays the five characters; `$` and `^` in case
 * math or superscript get switched on.
 *
 * GFM autolink literals (`http://…`, `www.…`, `a@b.cn`) cannot be escaped: the MDX
 * compiler finds them in the decoded text. They become links whose visible text is the
 * source text unchanged, which is harmless.
 */
const ALWAYS = /[\\{}<>#*_|~`[\]!&$^]/g;

/** Block markers that only count at the start of a line (after optional white space). */
const LEADING_MARKER = /^([ \t]*)([-+=>])/;
const LEADING_ORDERED = /^([ \t]*\d{1,9})([.)])/;
/** MDX reads a line starting with `import`/`export` as ESM: spell the first letter as a reference. */
const LEADING_ESM = /^([ \t]*)(i)(mport)|^([ \t]*)(e)(xport)/;

function escapeLine(line: string): string {
  let out = line.replace(ALWAYS, '\\$&');
  out = out.replace(LEADING_ESM, (_whole, s1?: string, i?: string, rest1?: string, s2?: string, e?: string, rest2?: string) =>
    i !== undefined ? `${s1 ?? ''}&#${i.charCodeAt(0)};${rest1 ?? ''}` : `${s2 ?? ''}&#${(e ?? 'e').charCodeAt(0)};${rest2 ?? ''}`,
  );
  out = out.replace(LEADING_MARKER, '$1\\$2').replace(LEADING_ORDERED, '$1\\$2');
  return out;
}

/** Escapes plain text (one or more LF-separated lines) for an MDX body. */
export function escapeMdxText(text: string): string {
  return text.split('\n').map(escapeLine).join('\n');
}

/**
 * Makes a string safe for a `<Practice title="…">` attribute as read by
 * `extractPractices` (which takes the raw attribute value): straight double quotes
 * become curly quotes (alternating “ ”), and `<`, `>`, `{`, `}`, `&` their full-width forms.
 */
export function attributeText(text: string): string {
  let open = true;
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/"/g, () => {
      const quote = open ? '“' : '”';
      open = !open;
      return quote;
    })
    .replace(/[<>{}&]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
