/**
 * `npm run bench:build [-- 1000 5000 10000] [--places N] [--keep] [--no-search]`: how the build scales with the corpus.
 *
 * For each size, writes a synthetic corpus into a temporary copy of the project (never into
 * the repository): 50 synthetic places (`--places N`: N of them; up to `pairPagesUpToPlaces`,
 * 20, the build has pair pages), the real themes, and N documents made of shuffled
 * paragraphs of the real sources with `<Practice>` markup and random themes (seeded, so every
 * run builds the same corpus). Each copy is built with `astro build`, as CI would, and the
 * bench prints wall time, ms per document, CPU time, where the wall time went (start-up and content,
 * bundling, rendering pages, the search index: scripts/support/build-phases.ts), dist/ size, Pagefind index size and pages built, the
 * heaviest page (gzip, HTML + CSS + JS, as the weight gate counts it) overall, among the
 * listing pages and among the pair pages, and what the search page fetches for its first query.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { GENRES } from '../src/lib/document-fields.ts';
import { attributeText, escapeMdxText } from '../src/lib/ingest/escape.ts';
import { PRACTICE_TYPES_FILE, THEMES_FILE } from '../src/lib/paths.ts';
import { seededRandom } from '../src/lib/random.ts';
import { gzipSync } from 'node:zlib';
import { listFiles, listPages, pageTypeOf, type Page } from './gates/dist.ts';
import { weighPage, weighSearch } from './gates/weight.ts';
import { COMPARE_CONFIG_FILE } from '../src/lib/compare/config.ts';
import { astroBuild, copyProject } from './support/project.ts';
import { buildPhases } from './support/build-phases.ts';
import { pick, realParagraphs } from './support/synthetic-corpus.ts';
import { alignedTable, kb, labelledRow } from './support/report.ts';

const args = process.argv.slice(2);
const placesAt = args.indexOf('--places');
const PLACES = placesAt >= 0 ? Number(args[placesAt + 1]) : 50;
if (!Number.isInteger(PLACES) || PLACES < 2) throw new Error('--places 须为不小于 2 的整数');
const keep = args.includes('--keep');
const search = !args.includes('--no-search');
// The number after --places is not a corpus size.
const sizes = args.filter((arg, i) => /^\d+$/.test(arg) && (placesAt < 0 || i !== placesAt + 1)).map(Number);
if (sizes.length === 0) sizes.push(1000, 5000, 10000);
// 10,000 documents hold about 40,000 practices and 10,000 rendered MDX modules in one Node
// process: V8's default old space (about 4 GB here) is too tight, so the builds get more.
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim();

function writeCorpus(content: string, size: number, paragraphs: string[]): void {
  const next = seededRandom(size);
  const themes = JSON.parse(readFileSync(THEMES_FILE, 'utf8')) as { id: string }[];
  const themeIds = themes.map((theme) => theme.id);
  mkdirSync(join(content, 'documents'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  writeFileSync(join(content, 'themes.json'), JSON.stringify(themes, null, 2));
  // The comparison tuning is configuration, not corpus: the real one applies.
  copyFileSync(COMPARE_CONFIG_FILE, join(content, 'compare.json'));
  // Practices must carry types of their themes (content rules): one random type per theme.
  copyFileSync(PRACTICE_TYPES_FILE, join(content, 'practice-types.json'));
  const vocabulary = JSON.parse(readFileSync(PRACTICE_TYPES_FILE, 'utf8')) as { id: string; theme: string }[];
  const typeFor = (theme: string) => pick(next, vocabulary.filter((type) => type.theme === theme).map((type) => type.id), 1);
  const places = Array.from({ length: PLACES }, (_, i) => ({
    id: `place-${String(i + 1).padStart(2, '0')}`,
    name: `合成市${i + 1}`,
    nameEn: `Synthetic City ${i + 1}`,
    level: '地级市',
    province: `合成省${(i % 10) + 1}`,
    coordinates: { lat: 20 + (i % 25), lng: 100 + (i % 30) },
  }));
  writeFileSync(join(content, 'places.json'), JSON.stringify(places, null, 2));

  for (let n = 1; n <= size; n += 1) {
    const slug = `bench-${String(n).padStart(4, '0')}`;
    const title = `合成文献第${n}号`;
    const body = pick(next, paragraphs, 6 + Math.floor(next() * 7));
    const blocks: string[] = [];
    const used = new Set<string>();
    // Two or three paragraphs per practice; each practice under a heading of its own.
    for (let start = 0, k = 1; start < body.length; k += 1) {
      const count = 2 + Math.floor(next() * 2);
      const practiceThemes = pick(next, themeIds, 1 + Math.floor(next() * 2));
      practiceThemes.forEach((theme) => used.add(theme));
      blocks.push(
        `## 第${k}部分`,
        `<Practice id="${slug}-${k}" title="${attributeText(`做法${k}:${body[start]!.slice(0, 12)}`)}" themes="${practiceThemes.join(' ')}" types="${practiceThemes.flatMap(typeFor).join(' ')}">`,
        ...body.slice(start, start + count).map(escapeMdxText),
        '</Practice>',
      );
      start += count;
    }
    const year = 2015 + Math.floor(next() * 10);
    const frontmatter = [
      '---',
      `title: ${title}`,
      `place: ${places[(n - 1) % PLACES]!.id}`,
      'date:',
      `  value: "${year}"`,
      '  precision: year',
      `genre: ${GENRES[n % GENRES.length]}`,
      `summary: 由真实来源段落随机重排而成的合成文献,仅用于构建规模测试,第${n}号。`,
      `themes: [${themeIds.filter((theme) => used.has(theme)).join(', ')}]`,
      `source: ${slug}.txt`,
      '---',
    ];
    writeFileSync(join(content, 'documents', `${slug}.mdx`), `${frontmatter.join('\n')}\n\n${blocks.join('\n\n')}\n`);
    writeFileSync(join(content, 'sources', `${slug}.txt`), `${title}\n${body.join('\n')}\n`);
  }
}

function bytesUnder(dir: string, prefix = ''): number {
  return listFiles(dir)
    .filter((file) => file.startsWith(prefix))
    .reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}

/**
 * CPU seconds (user + system) of the finished child processes, from /proc (Linux): the build's
 * own cost, which the wall time on a shared machine hides. Clock ticks are 100 per second on Linux.
 */
function childCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Pages the listing work owns: home, document lists, place lists and place pages, data. */
const LISTING = /^\/(documents\/(page|year)\/|places\/|data\/|$)/;

/** Pair pages, `/compare/<a>/<b>/`: built only up to `pairPagesUpToPlaces` places. */
const PAIR = /^\/compare\/[^/]+\/[^/]+\/$/;

/**
 * The heaviest page overall, among listing pages and among pair pages, as the weight gate counts
 * it. Every page's HTML is gzipped to find the candidates; only those are weighed with their CSS and JS.
 */
function heaviestPages(dist: string): { all: string; listing: string; pair: string } {
  const pages = listPages(dist).map((page) => ({ page, html: gzipSync(readFileSync(join(dist, page.file))).length }));
  const top = (candidates: { page: Page; html: number }[]) => {
    const best = candidates.reduce<{ page: Page; html: number } | undefined>((a, b) => (!a || b.html > a.html ? b : a), undefined);
    if (!best) return '—';
    const weight = weighPage(dist, best.page);
    return `${best.page.url} ${kb(weight.total)} (${pageTypeOf(best.page.url)?.name ?? 'listing'})`;
  };
  return {
    all: top(pages),
    listing: top(pages.filter(({ page }) => LISTING.test(page.url) && !/^\/documents\/[^/]+\/$/.test(page.url))),
    pair: top(pages.filter(({ page }) => PAIR.test(page.url))),
  };
}
const paragraphs = realParagraphs();
console.log(`bench:build: ${paragraphs.length} 个真实段落,${PLACES} 个合成地点;${loadavg().map((load) => load.toFixed(2)).join(' ')} 负载(1/5/15 分钟)`);
const rows: string[][] = [['文献数', '耗时', '每篇', 'CPU', '启动与内容 · 打包 · 页面 · 索引', 'dist/', 'Pagefind', '页面数', '负载(1 分钟)', '最重页面', '最重列表页', '最重两地对照页', '首次检索']];
let failed = false;
for (const size of sizes) {
  const project = copyProject(`bench-build-${size}-`, { content: false });
  writeCorpus(join(project, 'content'), size, paragraphs);

  const cpuBefore = childCpuSeconds();
  const result = astroBuild(project);
  const seconds = result.seconds;
  const cpuAfter = childCpuSeconds();
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? '—' : `${(cpuAfter - cpuBefore).toFixed(1)} s`;
  if (result.status !== 0) {
    console.error(`${size} 篇:构建失败(退出码 ${result.status})\n${result.output.slice(-8000)}`);
    if (!keep) rmSync(project, { recursive: true, force: true });
    failed = true;
    break;
  }
  const dist = join(project, 'dist');
  const phases = buildPhases(result.output);
  const split = phases ? [seconds - phases.bundle - phases.render - phases.index, phases.bundle, phases.render, phases.index].map((part) => part.toFixed(0)).join(' · ') + ' s' : '—';
  const pages = listFiles(dist).filter((file) => file.endsWith('.html')).length;
  const load = loadavg()[0]!.toFixed(2);
  const heaviest = heaviestPages(dist);
  const searchPage = listPages(dist).find((page) => page.url === '/search/');
  const firstQuery =
    search && searchPage ? kb((await weighSearch(dist, searchPage, `?q=${encodeURIComponent('党建')}`)).total) : '—';
  const row = [
    String(size),
    `${seconds.toFixed(1)} s`,
    `${((seconds * 1000) / size).toFixed(0)} ms`,
    cpu,
    split,
    mb(bytesUnder(dist)),
    mb(bytesUnder(dist, 'pagefind/')),
    String(pages),
    load,
    heaviest.all,
    heaviest.listing,
    heaviest.pair,
    firstQuery,
  ];
  rows.push(row);
  console.log(labelledRow(rows[0]!, row));
  if (keep) console.log(`保留了临时项目:${project}`);
  else rmSync(project, { recursive: true, force: true });
}
console.log(`\n${alignedTable(rows)}`);
if (failed) process.exitCode = 1;
