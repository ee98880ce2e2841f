/**
 * The document corpus as plain data: the MDX files, their frontmatter and their practices.
 * Shared by the practices collection loader, the content lint and the command-line tools.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ContentError, extractPractices, splitFrontmatter, type PracticeMarkup } from './practices.ts';

export interface DocumentFile {
  /** Path as shown in messages, relative to the project root. */
  path: string;
  source: string;
}

export interface PracticeRecord extends PracticeMarkup {
  document: string;
  place: string;
}

/** The document's slug (and URL segment) is its file name without `.mdx`. */
export function documentSlug(path: string): string {
  return basename(path).replace(/\.mdx$/, '');
}

export function readDocumentFiles(dir: string): DocumentFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ path: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));
}

export function parseFrontmatter(file: DocumentFile): Record<string, unknown> {
  const { frontmatter } = splitFrontmatter(file.source);
  try {
    const data: unknown = parseYaml(frontmatter);
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // +1: the opening `---` line precedes the YAML.
      const line = (error.linePos?.[0].line ?? 0) + 1;
      throw new ContentError(file.path, line, `frontmatter 不是有效的 YAML:${error.message.split('\n')[0]}`);
    }
    throw error;
  }
  throw new ContentError(file.path, 1, '文件须以 --- 包围的 YAML frontmatter 开头');
}

export function collectPractices(files: DocumentFile[]): PracticeRecord[] {
  return files.flatMap((file) => {
    const place = parseFrontmatter(file).place;
    if (typeof place !== 'string') throw new ContentError(file.path, 1, 'frontmatter 缺少 place 字段(地点 id,如 zaozhuang)');
    return extractPractices(file.source, file.path).map((practice) => ({
      ...practice,
      document: documentSlug(file.path),
      place,
    }));
  });
}
