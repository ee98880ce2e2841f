/**
 * First paint on a phone, side by side with a stock Starlight site of the same documents.
 * Builds this site and a Starlight site (npm packages installed into a folder under the system's
 * temp directory, never into the repo), serves both with the same static server (gzip, as the
 * deploy table says), and loads one document page per run in Chromium under 4× CPU throttling
 * and slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 412×823, cache off), the two sites
 * alternating which goes first. Prints FCP and LCP medians and this site's ratio to Starlight.
 *
 *   npm run bench:paint [-- --runs 20 --trace /tmp/paint-traces --dist dist]
 *
 * `--trace <dir>` also records one Chromium performance trace per site and prints where the
 * renderer's main thread spent its time before first paint.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { documentSlug, parseFrontmatter, readDocumentFiles } from '../src/lib/corpus.ts';
import { DOCUMENTS_DIR } from '../src/lib/paths.ts';
import { splitFrontmatter } from '../src/lib/practices.ts';
import { SITE_NAME } from '../src/lib/site.ts';
import { launchBrowser } from './support/browser.ts';
import { astroBuild, ROOT } from './support/project.ts';
import { serveStatic, type RunningServer } from './support/static-server.ts';

const STARLIGHT_VERSION = '0.42.9';
/** The same Astro as this project, so the comparison is of the pages, not of two Astro releases. */
const ASTRO_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;

/** Lighthouse's mobile profile ("slow 4G", Moto G Power class CPU). */
const PROFILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
};

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    trace: { type: 'string' },
    /** An existing build of this site to measure instead of building one. */
    dist: { type: 'string' },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 2) throw new Error(`--runs ${args.runs}:须为不小于 2 的整数`);

interface Document {
  slug: string;
  title: string;
  summary: string;
  body: string;
}

const documents: Document[] = readDocumentFiles(DOCUMENTS_DIR).map((file) => {
  const data = parseFrontmatter(file) as { title: string; summary: string };
  return { slug: documentSlug(file.path), title: data.title, summary: data.summary, body: splitFrontmatter(file.source).body };
});
if (documents.length === 0) throw new Error(`${DOCUMENTS_DIR} 中没有文献`);

/** The body as plain Starlight MDX: each practice becomes the heading it renders as here; other components go. */
function starlightBody(body: string): string {
  return body
    .split('\n')
    .map((line) => {
      const practice = /^<Practice\s.*>\s*$/.exec(line);
      if (practice) {
        const title = /\stitle="([^"]*)"/.exec(line)?.[1] ?? '';
        const level = Number(/\slevel="(\d)"/.exec(line)?.[1] ?? '3');
        return `${'#'.repeat(level)} ${title}`;
      }
      return /^<\/?[A-Z][A-Za-z]*(\s[^>]*)?>\s*$/.test(line) ? '' : line;
    })
    .join('\n');
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function run(command: string, commandArgs: string[], cwd: string): void {
  const result = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`);
    throw new Error(`${command} ${commandArgs.join(' ')}(在 ${cwd})失败`);
  }
}

/** A stock Starlight site of the same documents; install and build are kept between runs and redone when their inputs change. */
function buildStarlight(): string {
  const dir = join(tmpdir(), `bench-paint-starlight-${STARLIGHT_VERSION}-astro-${ASTRO_VERSION}`);
  const files: Record<string, string> = {
    'package.json': JSON.stringify(
      { name: 'bench-paint-starlight', private: true, type: 'module', dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: ASTRO_VERSION } },
      null,
      2,
    ),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({ title: ${yamlString(SITE_NAME)}, defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    'src/content/docs/index.mdx': `---\ntitle: ${yamlString(SITE_NAME)}\n---\n\n${documents.map((doc) => `- [${doc.title}](/${doc.slug}/)`).join('\n')}\n`,
  };
  for (const doc of documents) {
    files[`src/content/docs/${doc.slug}.mdx`] = `---\ntitle: ${yamlString(doc.title)}\ndescription: ${yamlString(doc.summary)}\n---\n\n${starlightBody(doc.body)}\n`;
  }
  const docsDir = join(dir, 'src/content/docs');
  const stale = !existsSync(join(dir, 'dist/index.html')) ||
    Object.entries(files).some(([file, text]) => !existsSync(join(dir, file)) || readFileSync(join(dir, file), 'utf8') !== text) ||
    (existsSync(docsDir) && readdirSync(docsDir).some((name) => !(`src/content/docs/${name}` in files)));
  if (stale) {
    rmSync(docsDir, { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
  }
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))) {
    console.log(`安装 @astrojs/starlight@${STARLIGHT_VERSION} 与 astro@${ASTRO_VERSION} 到 ${dir}……`);
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  }
  if (stale) {
    console.log('构建 Starlight 对照站……');
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    run(join(dir, 'node_modules/.bin/astro'), ['build'], dir);
  } else {
    console.log(`Starlight 对照站已是最新:${join(dir, 'dist')}`);
  }
  return join(dir, 'dist');
}

function buildThisSite(outDir: string): void {
  console.log('构建本站……');
  const result = astroBuild(ROOT, ['--outDir', outDir]);
  if (result.status !== 0) {
    console.error(result.output);
    throw new Error('本站构建失败');
  }
}

interface Sample {
  fcp: number;
  lcp: number;
}

async function throttledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: PROFILE.downloadBytesPerSecond,
    uploadThroughput: PROFILE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  return page;
}

async function measure(browser: Browser, url: string, tracePath?: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: PROFILE.viewport, deviceScaleFactor: PROFILE.deviceScaleFactor, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  try {
    const page = await throttledPage(context);
    if (tracePath) await browser.startTracing(page, { path: tracePath, screenshots: false });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Under throttling the first paint can come after the load event: wait for it, then for
    // the largest-contentful-paint candidates to stop changing (a second without a new one).
    const sample = await page.evaluate(
      () =>
        new Promise<{ fcp: number; lcp: number }>((done) => {
          let fcp = Number.NaN;
          let lcp = Number.NaN;
          let settle: ReturnType<typeof setTimeout> | undefined;
          const finish = () => {
            clearTimeout(settle);
            settle = setTimeout(() => (Number.isNaN(fcp) ? undefined : done({ fcp, lcp })), 1000);
          };
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) fcp = entry.startTime;
            finish();
          }).observe({ type: 'paint', buffered: true });
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            lcp = entries[entries.length - 1]?.startTime ?? lcp;
            finish();
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    if (tracePath) await browser.stopTracing();
    return sample;
  } finally {
    await context.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; requestId?: string; documentLoaderURL?: string; navigationId?: string } };
}

/** The renderer's work that can hold back a first paint, by trace event name. */
const PAINT_WORK = ['ParseHTML', 'ParseAuthorStyleSheet', 'UpdateLayoutTree', 'Layout', 'EvaluateScript', 'v8.compile', 'FunctionCall', 'PrePaint', 'Paint'];

/** Where the page's time went before first contentful paint: when its files arrived, and the main thread's work. */
function summarizeTrace(path: string, url: string): string[] {
  const { traceEvents } = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
  // The trace covers the whole browser: pick the page's own navigation and its paint.
  const navigation = traceEvents.find((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url);
  const fcp = traceEvents.find((event) => event.name === 'firstContentfulPaint' && event.args?.data?.navigationId === navigation?.args?.data?.navigationId);
  if (!fcp || !navigation) return ['  (trace 中没有此页的 firstContentfulPaint)'];
  const at = (ts: number) => `${((ts - navigation.ts) / 1000).toFixed(0)} ms`;
  const lines = [`  FCP ${at(fcp.ts)}`];
  const urls = new Map<string, string>();
  for (const event of traceEvents) {
    if (event.name === 'ResourceSendRequest' && event.args?.data?.requestId && event.args.data.url) urls.set(event.args.data.requestId, event.args.data.url);
    const resource = urls.get(event.args?.data?.requestId ?? '');
    if (event.name === 'ResourceFinish' && event.ts <= fcp.ts && resource?.startsWith(new URL(url).origin)) {
      lines.push(`  ${at(event.ts).padStart(8)} 下载完成 ${new URL(resource).pathname}`);
    }
  }
  const mainThread = traceEvents.find((event) => event.name === 'thread_name' && event.pid === fcp.pid && event.args?.name === 'CrRendererMain');
  const totals = new Map<string, { ms: number; count: number }>();
  for (const event of traceEvents) {
    if (event.ph !== 'X' || event.tid !== mainThread?.tid || event.pid !== fcp.pid || !PAINT_WORK.includes(event.name)) continue;
    if (event.ts < navigation.ts || event.ts > fcp.ts) continue;
    const total = totals.get(event.name) ?? { ms: 0, count: 0 };
    totals.set(event.name, { ms: total.ms + (event.dur ?? 0) / 1000, count: total.count + 1 });
  }
  for (const [name, { ms, count }] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) {
    lines.push(`  ${`${ms.toFixed(0)} ms`.padStart(8)} ${name} ×${count}`);
  }
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const work = mkdtempSync(join(tmpdir(), 'bench-paint-'));
const servers: RunningServer[] = [];
let browser: Browser | undefined;
try {
  const ours = args.dist ?? join(work, 'dist');
  if (!args.dist) buildThisSite(ours);
  const starlight = buildStarlight();
  const [oursServer, starlightServer] = [await serveStatic(ours), await serveStatic(starlight)];
  servers.push(oursServer, starlightServer);
  const sites = [
    { name: '本站', url: (slug: string) => `${oursServer.url}/documents/${slug}/`, samples: [] as Sample[] },
    { name: 'Starlight', url: (slug: string) => `${starlightServer.url}/${slug}/`, samples: [] as Sample[] },
  ];
  browser = await launchBrowser();
  // A first load of each warms the servers' and the browser's own start-up paths; not counted.
  for (const site of sites) await measure(browser, site.url(documents[0]!.slug));
  if (args.trace) {
    mkdirSync(args.trace, { recursive: true });
    for (const site of sites) {
      const path = join(args.trace, `${site.name === '本站' ? 'site' : 'starlight'}.json`);
      await measure(browser, site.url(documents[0]!.slug), path);
      console.log(`${site.name} trace:${path}`);
      for (const line of summarizeTrace(path, site.url(documents[0]!.slug))) console.log(line);
    }
  }
  for (let index = 0; index < runs; index += 1) {
    const doc = documents[index % documents.length]!;
    const order = index % 2 === 0 ? sites : [...sites].reverse();
    for (const site of order) site.samples.push(await measure(browser, site.url(doc.slug)));
  }
  const [site, reference] = sites as [(typeof sites)[0], (typeof sites)[0]];
  const row = (name: string, samples: Sample[]) =>
    `| ${name} | ${median(samples.map((s) => s.fcp)).toFixed(0)} ms | ${median(samples.map((s) => s.lcp)).toFixed(0)} ms |`;
  const ratio = (metric: keyof Sample) => median(site.samples.map((s) => s[metric])) / median(reference.samples.map((s) => s[metric]));
  console.log(`\n文献页首次绘制:${runs} 轮(每轮两站各载入同一篇文献页,先后交替),CPU 降速 ${PROFILE.cpuSlowdown}×,` +
    `RTT ${PROFILE.latencyMs} ms,下行 1.6 Mbit/s,${PROFILE.viewport.width}×${PROFILE.viewport.height},不用缓存;` +
    `Starlight ${STARLIGHT_VERSION},Astro ${ASTRO_VERSION}\n`);
  console.log('| site | FCP median | LCP median |');
  console.log('| --- | --- | --- |');
  console.log(row(site.name, site.samples));
  console.log(row(reference.name, reference.samples));
  console.log(`\nFCP 比值 ${ratio('fcp').toFixed(2)}(目标 ≤ 0.80),LCP 比值 ${ratio('lcp').toFixed(2)}(目标 ≤ 1.00)`);
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  rmSync(work, { recursive: true, force: true });
}
