/**
 * Search benchmark: queries made from the content itself (random substrings of 2–6 Chinese
 * characters of each document's passages, fixed seed; two-term AND queries from one passage;
 * plus scripts/data/search-terms.txt), typed into the real search page in Chromium. Prints
 * passage recall and precision against the content, the first query of a fresh page (bytes as
 * the deploy table's host sends them, requests, time to first result from navigation) and later
 * queries (time from keystroke to rendered results, Pagefind requests).
 *
 *   npm run bench:search [-- --per-document 30 --seed 7 --verbose]
 *   npm run bench:search -- --scale 1000     # also on a synthetic corpus of 1,000 documents
 *
 * --scale builds the synthetic corpus with scripts/bench-build.ts (--keep) and measures it the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DOCUMENTS_DIR, PLACES_FILE } from '../src/lib/paths.ts';
import { seededRandom } from '../src/lib/random.ts';
import { matchForm, normalizeQuery } from '../src/lib/search/query.ts';
import { parseQuery } from '../src/lib/search/query-language.ts';
import { bytesSent, launchBrowser } from './support/browser.ts';
import { searchCorpus, type CorpusPassage } from './support/search-corpus.ts';
import { serveStatic } from './support/static-server.ts';
import { kb } from './support/report.ts';

const TERMS_FILE = 'scripts/data/search-terms.txt';
/** How many queries also run as the first query of a fresh page, to measure its download and time. */
const FIRST_QUERY_SAMPLES = 15;
const { values: args } = parseArgs({
  options: {
    'per-document': { type: 'string', default: '30' },
    seed: { type: 'string', default: '20261123' },
    dist: { type: 'string', default: 'dist' },
    scale: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;

/** Per document (every `stride`-th only, for large corpora): random substrings and one AND query. */
function makeQueries(corpus: CorpusPassage[], perDocument: number, seed: number, stride = 1): string[] {
  const next = seededRandom(seed);
  const queries = new Set<string>();
  const bySlug = new Map<string, CorpusPassage[]>();
  for (const passage of corpus) bySlug.set(passage.slug, [...(bySlug.get(passage.slug) ?? []), passage]);
  for (const passages of [...bySlug.values()].filter((_, index) => index % stride === 0)) {
    const runs = passages.flatMap((passage) => passage.text.match(/\p{Script=Han}{2,}/gu) ?? []);
    for (let made = 0; made < perDocument && runs.length > 0; made += 1) {
      const run = runs[Math.floor(next() * runs.length)] ?? '';
      const length = Math.min(run.length, 2 + Math.floor(next() * 5));
      const start = Math.floor(next() * (run.length - length + 1));
      queries.add(run.slice(start, start + length));
    }
    // One AND query per document: two words of one passage, far apart.
    const passage = passages[Math.floor(next() * passages.length)];
    const words = passage?.text.match(/\p{Script=Han}{2,}/gu) ?? [];
    if (words.length >= 2) queries.add(`${words[0]?.slice(0, 2)} ${words.at(-1)?.slice(-2)}`);
  }
  for (const line of readFileSync(TERMS_FILE, 'utf8').split('\n')) if (line.trim() && !line.startsWith('#')) queries.add(line.trim());
  return [...queries];
}

interface Shown {
  ms: number;
  at: number;
  urls: string[];
  /** Whether every hit was listed (false when paging stopped at `maxMore`). */
  complete: boolean;
}

/**
 * `maxMore`: how many times 「显示更多」 is pressed per query at most. On a large corpus a common
 * term holds thousands of passages, ten more per press: recall and precision are then counted
 * on the queries whose list was read to its end.
 */
async function measure(label: string, dist: string, corpus: CorpusPassage[], queries: string[], maxMore = Infinity): Promise<void> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const urls = new Set(corpus.map((p) => p.url));
  const known = (url: string) => (urls.has(url) ? url : (url.split('#')[0] ?? url));
  try {
    /** The results once rendered (timings of the first render), then every page of them via 「显示更多」. */
    const read = async (page: import('playwright-core').Page, query: string): Promise<Shown> => {
      await page.waitForFunction((q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q, normalizeQuery(query), { timeout: 60_000 });
      const timing = await page.$eval('#search-results', (list) => ({ ms: Number((list as HTMLElement).dataset.ms), at: Number((list as HTMLElement).dataset.at) }));
      let pressed = 0;
      while (await page.locator('#search-more').isVisible()) {
        if (pressed++ >= maxMore) break;
        await page.click('#search-more');
        await page.waitForFunction(() => !document.querySelector<HTMLElement>('#search-results')?.dataset.busy, null, { timeout: 60_000 });
      }
      const complete = !(await page.locator('#search-more').isVisible());
      const urls = await page.$$eval('.search-hit-item[data-tier="all"]', (items) => items.map((item) => (item as HTMLElement).dataset.url ?? ''));
      return { ...timing, urls, complete };
    };

    // First query: a fresh page opened at /search/?q=…, every byte and request until the results show.
    const firstQuery = async (query: string) => {
      const fresh = await browser.newPage();
      const sizes: { url: string; bytes: number }[] = [];
      const counting: Promise<void>[] = [];
      fresh.on('response', (response) => {
        counting.push(
          bytesSent(response)
            .then((bytes) => void sizes.push({ url: new URL(response.url()).pathname, bytes }))
            .catch(() => undefined),
        );
      });
      await fresh.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await fresh.waitForFunction((q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q, normalizeQuery(query), { timeout: 60_000 });
      const shown = { at: Number(await fresh.getAttribute('#search-results', 'data-at')) };
      await Promise.all(counting);
      await fresh.close();
      return { query, bytes: sizes.reduce((sum, size) => sum + size.bytes, 0), requests: sizes.length, ttfr: shown.at, sizes };
    };
    const firsts = [];
    for (const query of queries.filter((_, index) => index % Math.ceil(queries.length / FIRST_QUERY_SAMPLES) === 0)) firsts.push(await firstQuery(query));

    const page = await browser.newPage();
    let pagefindRequests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests += 1;
    });
    await page.goto(`${server.url}/search/`);
    await page.waitForLoadState('networkidle');
    const engineRequests = pagefindRequests;
    const measured: { query: string; shown: Shown }[] = [];
    for (const query of queries) {
      await page.fill('#search-input', query);
      measured.push({ query, shown: await read(page, query) });
    }

    let expected = 0;
    let found = 0;
    let listed = 0;
    let correct = 0;
    const misses: string[] = [];
    const readToEnd = measured.filter(({ shown }) => shown.complete);
    for (const { query, shown } of readToEnd) {
      const terms = parseQuery(normalizeQuery(query)).required.map((clause) => matchForm(clause.alternatives[0] ?? ''));
      const holders = new Set(corpus.filter((p) => terms.every((term) => p.form.includes(term))).map((p) => p.url));
      const urls = [...new Set(shown.urls.map(known))];
      expected += holders.size;
      found += urls.filter((url) => holders.has(url)).length;
      listed += urls.length;
      correct += urls.filter((url) => holders.has(url)).length;
      for (const url of holders) if (!urls.includes(url)) misses.push(`${query} → ${url}`);
    }
    const times = measured.map((m) => m.shown.ms).sort((a, b) => a - b);
    const bytes = firsts.map((f) => f.bytes).sort((a, b) => a - b);
    const ttfr = firsts.map((f) => f.ttfr).sort((a, b) => a - b);
    const requests = firsts.map((f) => f.requests).sort((a, b) => a - b);
    const documents = new Set(corpus.map((p) => p.slug)).size;
    console.log(`\n检索基准 ${label}:${measured.length} 个查询,${documents} 篇文献,${corpus.length} 个段落(种子 ${args.seed})`);
    if (readToEnd.length < measured.length) console.log(`recall/precision on the ${readToEnd.length} queries whose list was read to the end (at most ${maxMore} presses of 「显示更多」 each)`);
    console.log(`passage recall        ${(found / Math.max(1, expected)).toFixed(3)}  (${found}/${expected} 含检索词的段落出现在结果中)`);
    console.log(`passage precision     ${(correct / Math.max(1, listed)).toFixed(3)}  (${correct}/${listed} 列为「含」的段落确实含检索词)`);
    console.log(`first query bytes     median ${kb(percentile(bytes, 0.5))}, max ${kb(bytes.at(-1) ?? 0)} as served compressed, page included (${firsts.length} fresh pages)`);
    console.log(`first query requests  median ${percentile(requests, 0.5)}, max ${requests.at(-1) ?? 0}`);
    console.log(`time to first result  median ${percentile(ttfr, 0.5)} ms, p95 ${percentile(ttfr, 0.95)} ms from navigation`);
    console.log(`later queries         median ${percentile(times, 0.5)} ms, p95 ${percentile(times, 0.95)} ms from keystroke (40 ms debounce included)`);
    console.log(
      `Pagefind requests     ${engineRequests} to load the engine, then ${pagefindRequests - engineRequests} for ${measured.length} queries ` +
        `(${((pagefindRequests - engineRequests) / Math.max(1, measured.length)).toFixed(1)} per query, paging through every result included)`,
    );
    const worst = firsts.sort((a, b) => a.bytes - b.bytes).at(-1);
    if (worst && args.verbose) {
      console.log(`largest first query 「${worst.query}」(${worst.requests} requests):`);
      for (const size of worst.sizes.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kb(size.bytes).padStart(9)}  ${size.url}`);
    }
    if (misses.length > 0) console.log(`misses (${misses.length}):\n  ${misses.slice(0, 20).join('\n  ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (!existsSync(`${args.dist}/index.html`)) {
  console.log('dist/ 不存在,先构建站点……');
  const built = spawnSync('node_modules/.bin/astro', ['build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const corpus = searchCorpus(DOCUMENTS_DIR, PLACES_FILE);
await measure('本站文献', args.dist, corpus, makeQueries(corpus, Number(args['per-document']), Number(args.seed)));

if (args.scale) {
  // The synthetic corpus of bench:build, kept after its build, measured like the real one.
  const built = spawnSync(process.execPath, ['scripts/bench-build.ts', args.scale, '--keep'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const project = /保留了临时项目:(\S+)/.exec(built.stdout)?.[1];
  if (built.status !== 0 || !project) {
    console.error(`合成语料构建失败:\n${built.stdout.slice(-4000)}\n${built.stderr.slice(-4000)}`);
    process.exit(1);
  }
  try {
    const synthetic = searchCorpus(join(project, 'content/documents'), join(project, 'content/places.json'));
    // Queries from every 10th document, 3 each: 1,000 documents × 30 would take hours in one browser.
    await measure(`合成语料 ${args.scale} 篇`, join(project, 'dist'), synthetic, makeQueries(synthetic, 3, Number(args.seed), 10), 20);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
