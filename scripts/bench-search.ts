/**
 * Search benchmark: queries made from the content itself (random substrings of 2–6 Chinese
 * characters per document, fixed seed, plus scripts/data/search-terms.txt) typed into the
 * real search page in Chromium. Prints recall, exact-first precision, time to rendered
 * results and bytes fetched for the first query.
 *
 *   npm run bench:search [-- --per-document 40 --seed 7 --verbose]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { collectPractices, documentSlug, parseFrontmatter, readDocumentFiles } from '../src/lib/corpus.ts';
import { splitFrontmatter } from '../src/lib/practices.ts';
import { DOCUMENTS_DIR } from '../src/lib/paths.ts';
import { documentSearchText } from '../src/lib/search/document-text.ts';
import { matchForm, normalizeQuery } from '../src/lib/search/query.ts';
import { launchBrowser } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { seededRandom } from '../src/lib/random.ts';

const TERMS_FILE = 'scripts/data/search-terms.txt';
/** How many queries are also run as the first query of a fresh page, to measure its download. */
const FIRST_QUERY_SAMPLES = 12;
const { values: args } = parseArgs({
  options: {
    'per-document': { type: 'string', default: '30' },
    seed: { type: 'string', default: '20261123' },
    dist: { type: 'string', default: 'dist' },
    verbose: { type: 'boolean', default: false },
  },
});

/** Match form line by line: the page separates headings and paragraphs, so no query matches across them. */
function lineForm(text: string): string {
  return text.split('\n').map(matchForm).join('\n');
}


function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

if (!existsSync(`${args.dist}/index.html`)) {
  console.log('dist/ 不存在,先构建站点……');
  const built = spawnSync('node_modules/.bin/astro', ['build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const files = readDocumentFiles(DOCUMENTS_DIR);
const documents = files.map((file) => {
  const data = parseFrontmatter(file) as { title: string; deck?: string };
  return { slug: documentSlug(file.path), text: lineForm(documentSearchText(data, splitFrontmatter(file.source).body)) };
});
const practices = collectPractices(files).map((practice) => ({
  id: practice.id,
  document: practice.document,
  text: lineForm(`${practice.title}\n${practice.text}`),
}));

const next = seededRandom(Number(args.seed));
const queries = new Set<string>();
for (const document of documents) {
  const runs = document.text.match(/\p{Script=Han}{2,}/gu) ?? [];
  for (let made = 0; made < Number(args['per-document']) && runs.length > 0; made += 1) {
    const run = runs[Math.floor(next() * runs.length)] ?? '';
    const length = Math.min(run.length, 2 + Math.floor(next() * 5));
    const start = Math.floor(next() * (run.length - length + 1));
    queries.add(run.slice(start, start + length));
  }
}
for (const line of readFileSync(TERMS_FILE, 'utf8').split('\n')) {
  if (line.trim() && !line.startsWith('#')) queries.add(line.trim());
}

interface Rendered {
  ms: number;
  results: { slug: string; exact: boolean; anchors: string[] }[];
}

const server = await serveStatic(args.dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const slugOf = (href: string) => /\/documents\/([^/]+)\//.exec(href)?.[1] ?? href;
  const readResults = (query: string): Promise<Rendered> =>
    page
      .waitForFunction((q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q, normalizeQuery(query))
      .then(() =>
        page.$eval('#search-results', (list) => ({
          ms: Number((list as HTMLElement).dataset.ms),
          results: [...list.querySelectorAll<HTMLElement>('.search-result')].map((card) => ({
            slug: card.querySelector('a')?.getAttribute('href') ?? '',
            exact: card.dataset.exact === 'true',
            anchors: [...card.querySelectorAll('.search-hits a')].map((a) => a.getAttribute('href') ?? ''),
          })),
        })),
      );

  // First query: a fresh page opened at /search/?q=…, every byte it fetches until the results show.
  const firstQuery = async (query: string) => {
    const fresh = await browser.newPage();
    const sizes: { url: string; raw: number; gzip: number }[] = [];
    const counting: Promise<void>[] = [];
    fresh.on('response', (response) => {
      counting.push(
        response
          .body()
          .then((body) => {
            const type = response.headers()['content-type'] ?? '';
            // What a compressing host sends: text compressed; Pagefind's own files are gzip already.
            const gzip = /text|javascript|json/.test(type) ? gzipSync(body).length : body.length;
            sizes.push({ url: new URL(response.url()).pathname, raw: body.length, gzip });
          })
          .catch(() => undefined),
      );
    });
    await fresh.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await fresh.waitForFunction((q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q, normalizeQuery(query));
    await Promise.all(counting);
    await fresh.close();
    return {
      query,
      raw: sizes.reduce((sum, size) => sum + size.raw, 0),
      gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
      sizes,
    };
  };
  const all = [...queries];
  const firsts: Awaited<ReturnType<typeof firstQuery>>[] = [];
  for (const query of all.filter((_, index) => index % Math.ceil(all.length / FIRST_QUERY_SAMPLES) === 0)) {
    firsts.push(await firstQuery(query));
  }
  firsts.sort((a, b) => a.gzip - b.gzip);
  const worst = firsts.at(-1);

  const measured: { query: string; rendered: Rendered }[] = [];
  await page.goto(`${server.url}/search/`);
  for (const query of all) {
    await page.fill('#search-input', query);
    measured.push({ query, rendered: await readResults(query) });
  }

  let expectedPairs = 0;
  let foundPairs = 0;
  let expectedPractices = 0;
  let foundPractices = 0;
  let topK = 0;
  let topKExact = 0;
  const misses: string[] = [];
  for (const { query, rendered } of measured) {
    const needle = matchForm(query);
    const expected = new Set(documents.filter((d) => d.text.includes(needle)).map((d) => d.slug));
    const slugs = rendered.results.map((result) => slugOf(result.slug));
    for (const slug of expected) {
      expectedPairs += 1;
      if (slugs.includes(slug)) foundPairs += 1;
      else misses.push(`${query} → ${slug}`);
      const holders = practices.filter((p) => p.document === slug && p.text.includes(needle)).map((p) => p.id);
      if (holders.length === 0) continue;
      expectedPractices += 1;
      const anchors = rendered.results.find((result) => slugOf(result.slug) === slug)?.anchors ?? [];
      if (anchors.some((href) => holders.includes(href.split('#')[1] ?? ''))) foundPractices += 1;
      else misses.push(`${query} → ${slug} 做法 ${holders.join('/')}`);
    }
    const top = slugs.slice(0, expected.size);
    topK += expected.size;
    topKExact += top.filter((slug) => expected.has(slug)).length;
  }
  const times = measured.map((m) => m.rendered.ms).sort((a, b) => a - b);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`检索基准:${measured.length} 个查询(${documents.length} 篇文献,种子 ${args.seed})`);
  console.log(`recall                 ${(foundPairs / Math.max(1, expectedPairs)).toFixed(3)}  (${foundPairs}/${expectedPairs} 查询-文献对)`);
  console.log(`practice recall        ${(foundPractices / Math.max(1, expectedPractices)).toFixed(3)}  (${foundPractices}/${expectedPractices} 结果链接到含原文的做法)`);
  console.log(`exact-first precision  ${(topKExact / Math.max(1, topK)).toFixed(3)}  (${topKExact}/${topK})`);
  console.log(`time to results        median ${percentile(times, 0.5)} ms, p95 ${percentile(times, 0.95)} ms`);
  const middle = firsts[Math.floor(firsts.length / 2)];
  console.log(
    `first query bytes      median ${kb(middle?.gzip ?? 0)}, max ${kb(worst?.gzip ?? 0)} as served compressed ` +
      `(max ${kb(Math.max(...firsts.map((f) => f.raw)))} uncompressed), page included; ${firsts.length} fresh pages`,
  );
  if (worst && args.verbose) {
    console.log(`largest first query 「${worst.query}」:`);
    for (const size of worst.sizes.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(size.gzip).padStart(9)}  ${size.url}`);
  }
  if (misses.length > 0) console.log(`misses:\n  ${misses.slice(0, 30).join('\n  ')}`);
} finally {
  await browser.close();
  await server.close();
}
