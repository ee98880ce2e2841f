/**
 * Practice markup in document MDX bodies, read as data.
 *
 * A practice is written as a block whose opening tag sits alone on one line, with
 * string attributes only, and whose closing tag sits alone on a later line:
 *
 *   <Practice id="zaozhuang-party-education" title="抓实党内教育" themes="cadres grassroots">
 *
 *   抓实党内教育。扎实推进……
 *
 *   </Practice>
 *
 * The id is written in the file, never derived from position, so inserting text
 * elsewhere changes no anchor. `level` (2–4, default 3) sets the heading level.
 * `types` lists practice-type ids from content/practice-types.json; `kind` says whether the
 * block reports a practice (做法), states a requirement or plan (要求/部署) or an outcome.
 */
import { mdxToText } from './mdx-text.ts';

export interface PracticeMarkup {
  id: string;
  title: string;
  themes: string[];
  /** Practice-type ids (content/practice-types.json); empty when not yet reviewed. */
  types: string[];
  /** As written; the practice-kind lint rule checks it is one of PRACTICE_KINDS. */
  kind: string;
  level: number;
  /** Nearest Markdown heading above the practice, if any. */
  section?: string;
  /** Plain text of the practice body. */
  text: string;
  /** 1-based line of the opening tag in the file. */
  line: number;
  /** 0-based position among the file's practices. */
  order: number;
}

export class ContentError extends Error {
  // Plain fields, not parameter properties: Node's type stripping and erasableSyntaxOnly reject those.
  readonly file: string;
  readonly line: number;
  readonly detail: string;

  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}

export const PRACTICE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OPEN_TAG = /^<Practice(\s[^>]*)?>\s*$/;
const CLOSE_TAG = /^<\/Practice>\s*$/;
const ATTRIBUTE = /\s+([a-zA-Z]+)="([^"]*)"/gy;
const KNOWN_ATTRIBUTES = new Set(['id', 'title', 'themes', 'level', 'types', 'kind']);
/** practice: a reported 做法; requirement: a 要求, 部署 or plan; outcome: a result or summary of results. */
export const PRACTICE_KINDS = ['practice', 'requirement', 'outcome'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];
/** A block without `kind` is read as a reported practice, the common case. */
export const DEFAULT_PRACTICE_KIND: PracticeKind = 'practice';
/** An ATX Markdown heading line: level marks and text. */
export const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

export interface SplitFrontmatter {
  frontmatter: string;
  body: string;
  /** Number of lines before the body starts, to turn body lines into file lines. */
  bodyLineOffset: number;
}

/** Splits a `---`-fenced YAML frontmatter from an MDX file. */
export function splitFrontmatter(source: string): SplitFrontmatter {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== '---') return { frontmatter: '', body: lines.join('\n'), bodyLineOffset: 0 };
  const end = lines.indexOf('---', 1);
  if (end < 0) return { frontmatter: '', body: lines.join('\n'), bodyLineOffset: 0 };
  return {
    frontmatter: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyLineOffset: end + 1,
  };
}

function parseAttributes(raw: string, file: string, line: number): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  let consumed = 0;
  for (let match = ATTRIBUTE.exec(raw); match; match = ATTRIBUTE.exec(raw)) {
    const [, name = '', value = ''] = match;
    if (!KNOWN_ATTRIBUTES.has(name)) {
      throw new ContentError(file, line, `<Practice> 的属性 ${name} 未知;可用的属性:id、title、themes、types、kind、level`);
    }
    if (attributes.has(name)) throw new ContentError(file, line, `<Practice> 的属性 ${name} 重复`);
    attributes.set(name, value);
    consumed = ATTRIBUTE.lastIndex;
  }
  if (raw.slice(consumed).trim() !== '') {
    throw new ContentError(
      file,
      line,
      `<Practice> 的属性须写成 name="value"(只用双引号字符串,不用 {…} 表达式),无法解析:${raw.slice(consumed).trim()}`,
    );
  }
  return attributes;
}

function requiredAttribute(attributes: Map<string, string>, name: string, file: string, line: number): string {
  const value = attributes.get(name)?.trim();
  if (!value) throw new ContentError(file, line, `<Practice> 缺少 ${name}="…" 属性`);
  return value;
}

/**
 * Reads every practice block from an MDX file.
 * Throws a ContentError naming the file and line for malformed markup.
 */
export function extractPractices(source: string, file: string): PracticeMarkup[] {
  const { body, bodyLineOffset } = splitFrontmatter(source);
  const lines = body.split('\n');
  const practices: PracticeMarkup[] = [];
  let section: string | undefined;
  let open: (Omit<PracticeMarkup, 'text'> & { bodyLines: string[] }) | undefined;

  lines.forEach((text, index) => {
    const line = index + 1 + bodyLineOffset;
    const openMatch = OPEN_TAG.exec(text);
    if (openMatch) {
      if (open) {
        throw new ContentError(file, line, `<Practice> 不能嵌套:第 ${open.line} 行的 <Practice id="${open.id}"> 尚未用 </Practice> 关闭`);
      }
      const attributes = parseAttributes(openMatch[1] ?? '', file, line);
      const id = requiredAttribute(attributes, 'id', file, line);
      if (!PRACTICE_ID_PATTERN.test(id)) {
        throw new ContentError(file, line, `做法 id "${id}" 须为小写字母、数字和连字符,如 zaozhuang-party-education`);
      }
      const themes = requiredAttribute(attributes, 'themes', file, line).split(/[\s,]+/).filter(Boolean);
      const types = (attributes.get('types') ?? '').split(/[\s,]+/).filter(Boolean);
      const kind = attributes.get('kind')?.trim() || DEFAULT_PRACTICE_KIND;
      const levelText = attributes.get('level') ?? '3';
      const level = Number(levelText);
      if (![2, 3, 4].includes(level)) {
        throw new ContentError(file, line, `<Practice id="${id}"> 的 level 须为 2、3 或 4,现为 "${levelText}"`);
      }
      open = {
        id,
        title: requiredAttribute(attributes, 'title', file, line),
        themes,
        types,
        kind,
        level,
        section,
        line,
        order: practices.length,
        bodyLines: [],
      };
      return;
    }
    if (CLOSE_TAG.test(text)) {
      if (!open) throw new ContentError(file, line, '多余的 </Practice>:前面没有未关闭的 <Practice>');
      const { bodyLines, ...practice } = open;
      practices.push({ ...practice, text: mdxToText(bodyLines.join('\n')) });
      open = undefined;
      return;
    }
    if (open) {
      open.bodyLines.push(text);
      return;
    }
    const heading = HEADING.exec(text);
    if (heading) section = mdxToText(heading[2] ?? '');
  });

  if (open) throw new ContentError(file, open.line, `<Practice id="${open.id}"> 没有对应的 </Practice>`);
  return practices;
}
