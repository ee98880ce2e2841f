/**
 * `npm run check:weight`: page-weight budgets (scripts/gates/budgets.json), gzip sizes.
 * Document pages: the HTML plus every stylesheet and script it references, following static
 * JS module imports transitively; dynamic `import()` loads on demand and is not counted.
 * The search page: every response it receives in Chromium until its first query has results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import type { Element } from 'domhandler';
import budgets from './budgets.json' with { type: 'json' };
import { bytesSent, launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { listPages, report, requireDist, resolvePath, samplePages, DIST_DIR, type Page } from './dist.ts';
import { kb } from '../support/report.ts';

const gzipped = (content: Buffer | string) => gzipSync(content).length;

/** `import … from "x"`, `import "x"`, `export … from "x"`; not `import("x")`. */
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

/** Resolves a URL referenced from `base` to a file in dist/, or throws naming it. */
function fileOf(dir: string, url: string, base: string): string {
  const { pathname } = new URL(url, `http://site${base}`);
  const { file, problem } = resolvePath(dir, pathname);
  if (!file) throw new Error(`${base} 引用的 ${url} 无法解析:${problem}`);
  return file;
}

export function weighPage(dir: string, page: Page): PageWeight {
  const html = readFileSync(join(dir, page.file));
  const elements = findAll(() => true, parseDocument(html.toString('utf8')).children) as Element[];
  const css = new Set<string>();
  const js = new Set<string>();
  const addScript = (file: string) => {
    if (js.has(file)) return;
    js.add(file);
    const source = readFileSync(join(dir, file), 'utf8');
    for (const [, specifier] of source.matchAll(STATIC_IMPORT)) {
      if (specifier && /^[./]/.test(specifier)) addScript(fileOf(dir, specifier, `/${file}`));
    }
  };
  for (const { name, attribs } of elements) {
    const rel = (attribs.rel ?? '').split(/\s+/);
    if (name === 'link' && attribs.href && rel.includes('stylesheet')) css.add(fileOf(dir, attribs.href, page.url));
    if (name === 'link' && attribs.href && rel.includes('modulepreload')) addScript(fileOf(dir, attribs.href, page.url));
    if (name === 'script' && attribs.src) addScript(fileOf(dir, attribs.src, page.url));
  }
  const sum = (files: Set<string>) => [...files].reduce((total, file) => total + gzipped(readFileSync(join(dir, file))), 0);
  const weight = { html: gzipped(html), css: sum(css), js: sum(js) };
  return { ...weight, total: weight.html + weight.css + weight.js, files: [...css, ...js] };
}

/** The search page has rendered its first query's first page of results (the page marks it on the list). */
function searchRendered(): boolean {
  const list = document.querySelector<HTMLElement>('#search-results');
  return list?.dataset.query !== undefined && list.dataset.busy === undefined;
}

/**
 * Bytes sent (compressed as the deploy table's host sends them) of everything a page fetches until
 * `rendered` holds and the network is idle: for the search page, until its first query's first
 * page of results has rendered. In all and file by file. `rendered` runs in the page; it is a
 * function, as the site's CSP forbids evaluating strings.
 */
export async function weighSearch(
  dir: string,
  page: Page,
  query: string,
  rendered: () => boolean = searchRendered,
): Promise<{ total: number; requests: number; files: { url: string; bytes: number }[] }> {
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    const bodies: Promise<{ url: string; bytes: number }>[] = [];
    tab.on('response', (response) => bodies.push(bytesSent(response).catch(() => 0).then((bytes) => ({ url: new URL(response.url()).pathname, bytes }))));
    await tab.goto(server.url + page.url + query);
    // Network idle alone is not enough: at scale the engine can compute for longer than the 500 ms
    // idle window between loading postings and asking for the results' fragments.
    await tab.waitForFunction(rendered, undefined, { timeout: 120_000 });
    await tab.waitForLoadState('networkidle');
    const files = await Promise.all(bodies);
    return { total: files.reduce((sum, file) => sum + file.bytes, 0), requests: files.length, files };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  requireDist(DIST_DIR);
  const problems: string[] = [];
  const documents = listPages(DIST_DIR).filter((page) => /^\/documents\/[^/]+\/$/.test(page.url));
  let heaviest: { page: Page; weight: PageWeight } | undefined;
  for (const page of documents) {
    const weight = weighPage(DIST_DIR, page);
    if (!heaviest || weight.total > heaviest.weight.total) heaviest = { page, weight };
    const figures = `HTML ${kb(weight.html)} + CSS ${kb(weight.css)} + JS ${kb(weight.js)} = ${kb(weight.total)}`;
    if (weight.total > budgets.document.total) problems.push(`${page.url}: ${figures},超过总预算 ${kb(budgets.document.total)}`);
    if (weight.js > budgets.document.js) problems.push(`${page.url}: JS ${kb(weight.js)},超过 JS 预算 ${kb(budgets.document.js)}`);
  }
  const lines = [`${documents.length} 个文献页面(预算 ${kb(budgets.document.total)},JS ${kb(budgets.document.js)})`];
  if (heaviest) {
    const { page, weight } = heaviest;
    lines.push(`最重的 ${page.url}: HTML ${kb(weight.html)} + CSS ${kb(weight.css)} + JS ${kb(weight.js)} = ${kb(weight.total)}`);
  } else problems.push('dist/ 中没有文献页面 /documents/<slug>/');

  // Every other page (listings, place, theme and comparison pages) has a budget too: listings are
  // paginated so that no page grows with the corpus.
  const documentUrls = new Set(documents.map((page) => page.url));
  const others = listPages(DIST_DIR).filter((page) => !documentUrls.has(page.url));
  let heaviestOther: { page: Page; weight: PageWeight } | undefined;
  for (const page of others) {
    const weight = weighPage(DIST_DIR, page);
    if (!heaviestOther || weight.total > heaviestOther.weight.total) heaviestOther = { page, weight };
    if (weight.total > budgets.page.total) {
      problems.push(`${page.url}: HTML ${kb(weight.html)} + CSS ${kb(weight.css)} + JS ${kb(weight.js)} = ${kb(weight.total)},超过页面预算 ${kb(budgets.page.total)}`);
    }
  }
  if (heaviestOther) {
    const { page, weight } = heaviestOther;
    lines.push(`${others.length} 个其他页面(预算 ${kb(budgets.page.total)}),最重的 ${page.url}: ${kb(weight.total)}`);
  }

  const search = samplePages(DIST_DIR).find(({ type }) => type.name === 'search');
  if (search?.page) {
    const { total, requests } = await weighSearch(DIST_DIR, search.page, search.type.query ?? '');
    lines.push(`检索页首次检索 ${search.type.query}: ${requests} 个请求共 ${kb(total)}(预算 ${kb(budgets.search.firstQuery)})`);
    if (total > budgets.search.firstQuery) problems.push(`/search/: 首次检索共 ${kb(total)},超过预算 ${kb(budgets.search.firstQuery)}`);
  } else lines.push('检索页:dist/ 中没有 /search/,跳过');
  report('check:weight', lines.join('\n  '), problems);
}
