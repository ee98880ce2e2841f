/**
 * `npm run check:links`: every internal href/src/srcset/action and #anchor in dist/ resolves.
 * Targets are files as a static host serves them (raw sources, .bib/.ris/.json count as files);
 * anchors must name an `id` (or `<a name>`) in the target page. External links are not followed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import type { Element } from 'domhandler';
import { listPages, report, requireDist, resolvePath, DIST_DIR } from './dist.ts';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'] as const;
/** A scheme (`https:`, `mailto:`, `data:`…) or `//host`: not ours to follow. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export interface LinkProblem {
  /** Page the link is on, relative to dist/. */
  page: string;
  attribute: string;
  value: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  anchors: number;
  problems: LinkProblem[];
}

interface ParsedPage {
  ids: Set<string>;
  links: { attribute: string; value: string }[];
}

function parsePage(html: string): ParsedPage {
  const elements = findAll(() => true, parseDocument(html).children) as Element[];
  const ids = new Set<string>();
  const links: ParsedPage['links'] = [];
  for (const element of elements) {
    const { attribs } = element;
    if (attribs.id) ids.add(attribs.id);
    if (element.name === 'a' && attribs.name) ids.add(attribs.name);
    for (const attribute of URL_ATTRIBUTES) {
      const value = attribs[attribute];
      if (value !== undefined) links.push({ attribute: `<${element.name} ${attribute}>`, value: value.trim() });
    }
    if (attribs.srcset) {
      for (const candidate of attribs.srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) links.push({ attribute: `<${element.name} srcset>`, value: url });
      }
    }
  }
  return { ids, links };
}

export function checkLinks(dir: string): LinkReport {
  const pages = listPages(dir);
  const parsed = new Map<string, ParsedPage>();
  const parse = (file: string): ParsedPage => {
    let page = parsed.get(file);
    if (!page) {
      page = parsePage(readFileSync(join(dir, file), 'utf8'));
      parsed.set(file, page);
    }
    return page;
  };

  const problems: LinkProblem[] = [];
  let links = 0;
  let anchors = 0;
  for (const { url, file } of pages) {
    for (const { attribute, value } of parse(file).links) {
      if (value === '' || EXTERNAL.test(value)) continue;
      links += 1;
      const problem = (reason: string) => problems.push({ page: file, attribute, value, reason });
      const target = new URL(value, `http://site${url}`);
      const resolved = resolvePath(dir, target.pathname);
      if (!resolved.file) {
        problem(resolved.problem ?? '无法解析');
        continue;
      }
      const fragment = target.hash.slice(1);
      if (fragment === '' || fragment === 'top') continue;
      anchors += 1;
      if (!resolved.file.endsWith('.html')) {
        problem(`锚点指向非 HTML 文件 ${resolved.file}`);
        continue;
      }
      const id = decodeURIComponent(fragment);
      if (!parse(resolved.file).ids.has(id)) problem(`${resolved.file} 中没有 id="${id}"`);
    }
  }
  return { pages: pages.length, links, anchors, problems };
}

export function formatLinkProblem({ page, attribute, value, reason }: LinkProblem): string {
  return `${page}: ${attribute}="${value}" → ${reason}`;
}

if (import.meta.main) {
  requireDist(DIST_DIR);
  const result = checkLinks(DIST_DIR);
  report(
    'check:links',
    `${result.pages} 个页面,${result.links} 个站内链接,其中 ${result.anchors} 个带锚点`,
    result.problems.map(formatLinkProblem),
  );
}
