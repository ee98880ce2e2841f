/**
 * The reading outline of a document (its table of contents): source headings and practices
 * in the order they stand in the MDX body.
 */
import { mdxToText } from './mdx-text.ts';
import { extractPractices, HEADING, splitFrontmatter } from './practices.ts';

export interface OutlineItem {
  kind: 'heading' | 'practice';
  level: number;
  text: string;
  /** Practice id; for headings, undefined (the renderer's slug is matched by order). */
  id?: string;
}

/** The page title is the only h1; the outline starts at level 2, as the page's headings do. */
const MIN_LEVEL = 2;

export function extractOutline(source: string, file: string): OutlineItem[] {
  const { body, bodyLineOffset } = splitFrontmatter(source);
  const headings = body.split('\n').flatMap((text, index): (OutlineItem & { line: number })[] => {
    const heading = HEADING.exec(text);
    const level = heading?.[1]?.length ?? 0;
    return heading && level >= MIN_LEVEL
      ? [{ kind: 'heading', level, text: mdxToText(heading[2] ?? ''), line: index + 1 + bodyLineOffset }]
      : [];
  });
  const practices = extractPractices(source, file).map(({ id, level, title, line }) => ({ kind: 'practice' as const, id, level, text: title, line }));
  return [...headings, ...practices].sort((a, b) => a.line - b.line).map(({ line: _line, ...item }) => item);
}

/** Gives each outline item its anchor: practices their own id, headings the renderer's slug, in order. */
export function linkOutline(items: OutlineItem[], renderedHeadings: { depth: number; slug: string }[]): (OutlineItem & { href: string })[] {
  const headingSlugs = renderedHeadings.filter((heading) => heading.depth >= MIN_LEVEL).map((heading) => heading.slug);
  let next = 0;
  return items.flatMap((item) => {
    const anchor = item.kind === 'practice' ? item.id : headingSlugs[next++];
    return anchor ? [{ ...item, href: `#${anchor}` }] : [];
  });
}
