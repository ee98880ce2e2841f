/**
 * Views of one document shared by the rules. Each returns `undefined` where the file is
 * too broken to look at; the rule responsible for that breakage reports it.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import { parseFrontmatter, type DocumentFile } from '../corpus.ts';
import { mdxToText } from '../mdx-text.ts';
import { ContentError, extractPractices, splitFrontmatter, type PracticeMarkup } from '../practices.ts';
import { SOURCES_DIR } from '../paths.ts';

/** The ContentError that `read` throws, if any; other errors are bugs and propagate. */
export function contentErrorOf(read: () => unknown): ContentError | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
}

function unlessContentError<T>(read: () => T): T | undefined {
  let value: T | undefined;
  return contentErrorOf(() => (value = read())) ? undefined : value;
}

export function frontmatterOf(file: DocumentFile): Record<string, unknown> | undefined {
  return unlessContentError(() => parseFrontmatter(file));
}

export function practicesOf(file: DocumentFile): PracticeMarkup[] | undefined {
  return unlessContentError(() => extractPractices(file.source, file.path));
}

export interface TextLine {
  /** 1-based line in the MDX file. */
  line: number;
  /** What a reader sees of that line (empty for markup-only lines). */
  text: string;
}

/** What a reader sees of the body (practice titles included), line by line, each with its line in the file. */
export function bodyTextLines(file: DocumentFile): TextLine[] {
  const { body, bodyLineOffset } = splitFrontmatter(file.source);
  return body.split('\n').map((text, index) => ({ line: index + 1 + bodyLineOffset, text: mdxToText(text, { titles: true }) }));
}

export function bodyText(file: DocumentFile): string {
  return mdxToText(splitFrontmatter(file.source).body);
}

/**
 * The file line of a frontmatter field, e.g. ['figures', 2, 'practice']. Falls back to the
 * nearest enclosing field that exists, then to line 1 (the opening `---`).
 */
export function frontmatterLine(file: DocumentFile, path: readonly (string | number)[]): number {
  const lineCounter = new LineCounter();
  const yaml = parseDocument(splitFrontmatter(file.source).frontmatter, { lineCounter });
  for (let depth = path.length; depth > 0; depth--) {
    const node: unknown = yaml.getIn(path.slice(0, depth), true);
    const offset = isNode(node) ? node.range?.[0] : undefined;
    // +1: the opening `---` precedes the YAML.
    if (offset !== undefined) return lineCounter.linePos(offset).line + 1;
  }
  return 1;
}

export function sourcePath(name: string): string {
  return `${SOURCES_DIR}/${name}`;
}

export function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export interface FigureField {
  index: number;
  quote?: string;
  theme?: string;
  practice?: string;
}

export function figuresOf(frontmatter: Record<string, unknown>): FigureField[] {
  const figures = frontmatter.figures;
  if (!Array.isArray(figures)) return [];
  return figures.map((figure: unknown, index) => {
    const record = figure && typeof figure === 'object' ? (figure as Record<string, unknown>) : {};
    const text = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
    return { index, quote: text('quote'), theme: text('theme'), practice: text('practice') };
  });
}

/** "cadres(干部队伍建设)、talent(人才工作)" for messages listing what is allowed. */
export function describeEntries(entries: readonly { id: string; name?: string }[]): string {
  return entries.map(({ id, name }) => (name ? `${id}(${name})` : id)).join('、');
}

/** A long line shortened for a message. */
export function excerpt(text: string, length = 30): string {
  const trimmed = text.trim();
  return trimmed.length > length ? `${trimmed.slice(0, length)}…` : trimmed;
}
