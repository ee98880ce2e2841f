import { z } from 'astro/zod';
import { PLACES_FILE, PRACTICE_TYPES_FILE, THEMES_FILE } from '../../paths.ts';
import { documentSchema, placeSchema, practiceTypeSchema, themeSchema } from '../../schema.ts';
import { frontmatterLine, frontmatterOf } from '../document.ts';
import type { Problem, Rule } from '../types.ts';

/** The collections' own shapes; references are checked as strings here and resolved by `references-valid`. */
const documentShape = documentSchema({ place: z.string(), theme: z.string() });
const DATA_SHAPES: Record<string, z.ZodType> = {
  [PLACES_FILE]: z.array(placeSchema),
  [THEMES_FILE]: z.array(themeSchema),
  [PRACTICE_TYPES_FILE]: z.array(practiceTypeSchema({ theme: z.string() })),
};

/** One Zod issue in Chinese: what is wrong with which field. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.join('.') || '(整体)';
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `缺少必填字段 ${field}`;
  if (issue.code === 'invalid_value') return `字段 ${field} 须为 ${issue.values.map(String).join('、')} 之一`;
  if (issue.code === 'unrecognized_keys') return `字段 ${field} 中有未知的键 ${issue.keys.join('、')}`;
  return `字段 ${field} 不符合要求:${issue.message}`;
}

/** The line of the data-file entry with this id (its `"id": "…"` line), else 1. */
function entryLine(text: string, data: unknown, index: number): number {
  const id = Array.isArray(data) ? (data[index] as { id?: unknown } | undefined)?.id : undefined;
  const at = typeof id === 'string' ? text.search(new RegExp(`"id"\\s*:\\s*"${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`)) : -1;
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

export const schemaValid: Rule = {
  name: 'schema-valid',
  description: '文档 frontmatter 与 places.json、themes.json 符合内容集合的结构(与构建所用的 Zod 定义相同)',
  check(corpus) {
    const documents = corpus.documents.flatMap((file): Problem[] => {
      const frontmatter = frontmatterOf(file);
      if (!frontmatter) return [];
      const result = documentShape.safeParse(frontmatter);
      return result.success
        ? []
        : result.error.issues.map((issue) => ({
            file: file.path,
            line: frontmatterLine(file, issue.path.filter((key) => typeof key !== 'symbol')),
            message: `${describeIssue(issue)};请按 README 的“Adding a document”一节改正`,
          }));
    });
    const data = (corpus.dataFiles ?? []).flatMap(({ path, text }): Problem[] => {
      const shape = DATA_SHAPES[path];
      if (!shape) return [];
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return [{ file: path, line: 1, message: `不是有效的 JSON:${(error as Error).message}` }];
      }
      const result = shape.safeParse(parsed);
      return result.success
        ? []
        : result.error.issues.map((issue) => {
            const [index, ...rest] = issue.path;
            const id = Array.isArray(parsed) && typeof index === 'number' ? (parsed[index] as { id?: unknown })?.id : undefined;
            return {
              file: path,
              line: typeof index === 'number' ? entryLine(text, parsed, index) : 1,
              message: `条目 ${typeof id === 'string' ? `"${id}"` : `第 ${String(index)} 项`}:${describeIssue({ ...issue, path: rest })}`,
            };
          });
    });
    return [...documents, ...data];
  },
};
