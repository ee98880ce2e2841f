/**
 * The built site as the gates see it: every file in dist/, every page with its URL, and
 * the page types told apart by URL pattern, so pages added later are covered by the same rules.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

export interface PageType {
  name: string;
  /** Matches the page's URL path (with its trailing slash, or `/404.html`). */
  pattern: RegExp;
  /** Query string the page is opened with in the browser gates (the search page gets a query). */
  query?: string;
}

/** First match wins: the order puts specific patterns before general ones. */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', pattern: /^\/$/ },
  { name: 'document', pattern: /^\/documents\/[^/]+\/$/ },
  { name: 'place', pattern: /^\/places\/[^/]+\/$/ },
  { name: 'theme', pattern: /^\/themes\/[^/]+\/(page\/\d+\/)?$/ },
  { name: 'compare', pattern: /^\/compare\/$/ },
  { name: 'pair', pattern: /^\/compare\/[^/]+\/[^/]+\/$/ },
  { name: 'search', pattern: /^\/search\/$/, query: '?q=' + encodeURIComponent('党建') },
  { name: '404', pattern: /^\/404\.html$/ },
  { name: 'listing', pattern: /^\/(documents|places)\/((page|year)\/.*)?$/ },
  { name: 'place-list', pattern: /^\/places\/[^/]+\/(documents|themes)\// },
  { name: 'data', pattern: /^\/data\/$/ },
];

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

export interface Page {
  /** URL path: `/documents/x/` for `documents/x/index.html`, `/404.html` as is. */
  url: string;
  /** Path relative to dist/. */
  file: string;
}

export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export function listPages(dir: string): Page[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ url: urlOfFile(file), file }));
}

export function pageTypeOf(url: string): PageType | undefined {
  return PAGE_TYPES.find((type) => type.pattern.test(url));
}

/** One page per page type (the first by URL), or `undefined` when dist/ has none of that type. */
export function samplePages(dir: string): { type: PageType; page: Page | undefined }[] {
  const pages = listPages(dir);
  return PAGE_TYPES.map((type) => ({ type, page: pages.find((page) => type.pattern.test(page.url)) }));
}

/** What a static host serves for a URL path: the file itself, or `index.html` of a folder path ending in `/`. */
export function resolvePath(dir: string, pathname: string): { file?: string; problem?: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { problem: '路径的百分号编码无效' };
  }
  const path = join(dir, decoded);
  if (!path.startsWith(join(dir, sep)) && path !== join(dir)) return { problem: '路径超出 dist/' };
  if (decoded.endsWith('/')) {
    const index = join(path, 'index.html');
    return existsSync(index) ? { file: relative(dir, index).split(sep).join('/') } : { problem: '页面不存在' };
  }
  if (existsSync(path) && statSync(path).isFile()) return { file: relative(dir, path).split(sep).join('/') };
  if (existsSync(join(path, 'index.html'))) return { problem: '缺少结尾的 /(trailingSlash: always)' };
  return { problem: '文件不存在' };
}

/** Prints a gate's result and sets the exit code; `problems` are one line each. */
export function report(gate: string, checked: string, problems: string[]): void {
  console.log(`${gate}: ${checked}`);
  if (problems.length === 0) {
    console.log(`${gate}: 通过`);
    return;
  }
  for (const problem of problems) console.error(`  ${problem}`);
  console.error(`${gate}: ${problems.length} 个问题`);
  process.exitCode = 1;
}

export function requireDist(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html 不存在:先运行 npm run build`);
    process.exit(1);
  }
}
