/**
 * Joining per-document reference files into one file of the same format. Used by the static
 * batch endpoints (theme and comparison pages) and by the browser module that exports a search
 * result list (src/browser/batch-export.ts), so both give the same file; nothing here renders.
 */

/** File extensions of the formats, as in `/documents/<slug>.<extension>`. */
export const FORMAT_EXTENSIONS = [
  'gbt2025.txt',
  'gbt2015.txt',
  'apa.txt',
  'chicago.txt',
  'mla.txt',
  'bib',
  'ris',
  'enw',
  'net',
  'json',
] as const;

export type FormatExtension = (typeof FORMAT_EXTENSIONS)[number];

export function isFormatExtension(value: string): value is FormatExtension {
  return (FORMAT_EXTENSIONS as readonly string[]).includes(value);
}

/** GB/T reference lists are numbered in order ([1], [2] …); other text styles list one per line. */
const NUMBERED: ReadonlySet<FormatExtension> = new Set(['gbt2025.txt', 'gbt2015.txt']);

export function joinReferences(extension: FormatExtension, files: string[]): string {
  if (extension === 'json') {
    const items = files.flatMap((file) => JSON.parse(file) as unknown[]);
    return `${JSON.stringify(items, null, 2)}\n`;
  }
  if (extension.endsWith('.txt')) {
    const lines = files.map((file) => file.trim());
    return `${(NUMBERED.has(extension) ? lines.map((line, index) => `[${index + 1}] ${line}`) : lines).join('\n')}\n`;
  }
  // BibTeX, RIS, EndNote and NoteExpress files are sequences of records: one after the other,
  // a blank line between, in the files' own line ends (RIS uses CRLF; "ER  - " keeps its space).
  const newline = files[0]?.includes('\r\n') ? '\r\n' : '\n';
  return files
    .map((file) => file.replace(/(?:\r?\n)+$/, ''))
    .join(newline + newline)
    .concat(newline);
}

/** The file name a batch download is saved under. */
export function batchFileName(name: string, extension: FormatExtension): string {
  return `${name}.${extension}`;
}
