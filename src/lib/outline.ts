/**
 * The reading outline of a document (its table of contents): source headings and practices
 * in the order they stand in the MDX body.
 */
import { mdxToText } from './mdx-text.ts';
import { extractPractices, splitFrontmatter } from './practices.ts';

export interface OutlineItem {
  kind: 'heading' | 'practice';
  level: number;
  text: string;
  /** Practice id; for headings, undefined (the renderer's slug is matched by order). */
  id?: string;
}

const HEADING = /^(#{2,4})\s+(.+?)\s*$/;
const OPEN_TAG = /^<Practice\s/;

export function extractOutline(source: string, file: string): OutlineItem[] {
  const practices = extractPractices(source, file);
  let next = 0;
  const items: OutlineItem[] = [];
  for (const line of splitFrontmatter(source).body.split('\n')) {
    const heading = HEADING.exec(line);
    if (heading) {
      items.push({ kind: 'heading', level: heading[1]?.length ?? 2, text: mdxToText(heading[2] ?? '') });
    } else if (OPEN_TAG.test(line)) {
      const practice = practices[next++];
      if (practice) items.push({ kind: 'practice', level: practice.level, text: practice.title, id: practice.id });
    }
  }
  return items;
}

/** Gives each outline item its anchor: practices their own id, headings the renderer's slug, in order. */
export function linkOutline(items: OutlineItem[], headingSlugs: string[]): (OutlineItem & { href: string })[] {
  let next = 0;
  return items.flatMap((item) => {
    const anchor = item.kind === 'practice' ? item.id : headingSlugs[next++];
    return anchor ? [{ ...item, href: `#${anchor}` }] : [];
  });
}
