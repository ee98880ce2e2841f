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
 * Characters escaped wherever they stand. CommonMark lets any ASCII punctuation be
 * backslash-escaped, and MDX honours `\{`, `\}`, `\>`. `&` is escaped so `&amp;` in a source
 * stays the five characters; `$` and `^` in case math or superscript get switched on.
 * `<` is always written `&lt;` (see AUTOLINK below).
 */
const ALWAYS = /[\\{}<>#*_|~`[\]!&$^]/g;

/** Block markers that only count at the start of a line (after optional white space). */
const LEADING_MARKER = /^([ \t]*)([-+=>])/;
const LEADING_ORDERED = /^([ \t]*\d{1,9})([.)])/;
/** MDX reads a line starting with `import`/`export` as ESM: spell the first letter as a reference. */
const LEADING_ESM = /^([ \t]*)([ie])(mport|xport)/;

/**
 * GFM autolink literals (`www.…`, `http://…`, `a@b.cn`) cannot be prevented: the compiler
 * (satteri) finds them even through escapes and character references. Worse, it scans a
 * link's path over the raw source until white space or `<`, swallowing the backslash of an
 * escape: `http://a.cn/\<x` would leave `<x` live (JSX). So `<` is always a character
 * reference, and on a line with a link trigger every escape is a numeric character
 * reference, whose parts the path can swallow without anything turning live. Inside such a
 * link the reader may then see the reference spelled out; the text never runs.
 */
const AUTOLINK = /www\.|:\/\/|@/i;

const reference = (char: string) => (char === '<' ? '&lt;' : `&#${char.codePointAt(0)};`);

function escapeLine(line: string): string {
  const byReference = AUTOLINK.test(line);
  const escape = (char: string) => (byReference || char === '<' ? reference(char) : `\\${char}`);
  return line
    .replace(ALWAYS, escape)
    .replace(LEADING_ESM, (_whole, space: string, letter: string, rest: string) => `${space}${reference(letter)}${rest}`)
    .replace(LEADING_MARKER, (_whole, space: string, marker: string) => `${space}${escape(marker)}`)
    .replace(LEADING_ORDERED, (_whole, number: string, marker: string) => `${number}${escape(marker)}`);
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
