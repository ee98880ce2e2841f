/**
 * `npm run bench:index-layouts [-- 10000] [--query 党建] [--layout documents]…`: what the search
 * page's first query must download at a given corpus size under three ways of laying out a
 * Pagefind index, so that the floor under the 10,000-document target is measured, not guessed.
 *
 * The corpus is synthetic, as in bench:build: each document is 6–12 shuffled paragraphs of the
 * real sources, grouped two or three to a practice under a heading (seeded). Layouts:
 * - `passages`, the site's: a record per passage (heading or practice), every Chinese character
 *   a word (records.ts indexForm); the query is its characters (query.ts characterTerms).
 * - `documents`: a record per document whose words are its distinct two-character sequences
 *   (spelt in ASCII so that no segmenter splits them); the query is the term's bigrams. The
 *   smallest postings a verbatim search can have, at the price of passage-level results.
 * - `bare`: a record per document holding the query's one bigram and nothing else: the
 *   per-record table and one posting per record, which any Pagefind index of that many records pays.
 *
 * Each index is built with Pagefind's Node API (the site's chunk size, or
 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` when set) and searched in Chromium by Pagefind's own
 * `pagefind.js`, served as the deploy table says; the first FIRST_BATCH results'
 * fragments are loaded, as the search page does before it first renders. The bytes sent are split
 * into engine (pagefind.js, wasm, entry), metadata (pf_meta), postings (pf_index) and fragments.
 * When dist/ holds a built site, the search page's own HTML, CSS and script are added, giving the
 * first query's total.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { seededRandom } from '../src/lib/random.ts';
import { characterTerms } from '../src/lib/search/query.ts';
import { indexForm, INDEX_CHUNK_SIZE, INDEX_LANGUAGE } from '../src/lib/search/records.ts';
import { FIRST_BATCH } from '../src/lib/search/results.ts';
import { DIST_DIR, listPages } from './gates/dist.ts';
import { weighPage, weighSearch } from './gates/weight.ts';
import { pick, realParagraphs } from './support/synthetic-corpus.ts';
import { alignedTable, kb, labelledRow } from './support/report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { query: { type: 'string', default: '党建' }, layout: { type: 'string', multiple: true } },
});
const sizes = positionals.map(Number);
if (sizes.length === 0) sizes.push(10000);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`文献数须为正整数:${positionals.join(' ')}`);
const query = values.query;
if (!/^\p{Script=Han}{2,}$/u.test(query)) throw new Error(`--query 须为两个以上汉字:${query}`);

interface IndexRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
}

/** A word of ASCII letters and digits for a run of characters: no segmenter splits it. */
const asciiWord = (text: string) => `z${[...text].map((char) => char.codePointAt(0)!.toString(36)).join('')}`;

/** The distinct two-character sequences of a text's Chinese runs, as ASCII words. */
function bigramWords(text: string): string[] {
  const words = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) words.add(asciiWord(chars[i]! + chars[i + 1]!));
  }
  return [...words];
}

/** The synthetic corpus: per document, its passages (a heading, then its practice's paragraphs). */
function corpus(size: number): { slug: string; passages: { title: string; text: string }[] }[] {
  const next = seededRandom(size);
  const paragraphs = realParagraphs();
  return Array.from({ length: size }, (_, n) => {
    const body = pick(next, paragraphs, 6 + Math.floor(next() * 7));
    const passages: { title: string; text: string }[] = [];
    for (let start = 0, k = 1; start < body.length; k += 1) {
      const count = 2 + Math.floor(next() * 2);
      passages.push({ title: `第${k}部分`, text: `第${k}部分` }, { title: `做法${k}`, text: body.slice(start, start + count).join('\n') });
      start += count;
    }
    return { slug: `bench-${n + 1}`, passages };
  });
}

const LAYOUTS: { name: string; records: (documents: ReturnType<typeof corpus>) => IndexRecord[]; query: string }[] = [
  {
    name: 'passages',
    records: (documents) =>
      documents.flatMap(({ slug, passages }) =>
        passages.map(({ title, text }, i) => ({ url: `/documents/${slug}/#${i}`, content: indexForm(text), language: INDEX_LANGUAGE, meta: { title } })),
      ),
    query: characterTerms(query),
  },
  {
    name: 'documents',
    records: (documents) =>
      documents.map(({ slug, passages }) => ({
        url: `/documents/${slug}/`,
        content: bigramWords(passages.map((passage) => passage.text).join('\n')).join(' '),
        language: INDEX_LANGUAGE,
        meta: { title: slug },
      })),
    query: bigramWords(query).join(' '),
  },
  {
    name: 'bare',
    records: (documents) =>
      documents.map(({ slug }) => ({ url: `/documents/${slug}/`, content: asciiWord(query.slice(0, 2)), language: INDEX_LANGUAGE, meta: { title: slug } })),
    query: asciiWord(query.slice(0, 2)),
  },
];

/** Runs Pagefind's search for `?q=` and loads the first `?n=` results' fragments, as the search page does. */
const PROBE_SCRIPT = `const params = new URLSearchParams(location.search);
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(params.get('q'));
await Promise.all(search.results.slice(0, Number(params.get('n'))).map((result) => result.data()));
document.title = String(search.results.length);
`;

const chosen = values.layout ?? LAYOUTS.map((layout) => layout.name);
const unknown = chosen.filter((name) => !LAYOUTS.some((layout) => layout.name === name));
if (unknown.length > 0) throw new Error(`--layout ${unknown.join(', ')}: 没有这种布局(可选 ${LAYOUTS.map((layout) => layout.name).join('、')})`);

/** The search page's own HTML, CSS and script (gzip), Pagefind's script left out (counted as engine). */
function searchPageOwn(): number | undefined {
  const page = existsSync(DIST_DIR) ? listPages(DIST_DIR).find((candidate) => candidate.url === '/search/') : undefined;
  if (!page) return undefined;
  const weight = weighPage(DIST_DIR, page);
  const engine = weight.files.filter((file) => file.startsWith('pagefind/'));
  return weight.total - engine.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST_DIR, file))).length, 0);
}

const own = searchPageOwn();
// The site's chunk size unless the environment asks for another (to explore the trade-off).
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
console.log(
  `bench:index-layouts: query 「${query}」, index chunk size ${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE}; ` +
    (own === undefined ? 'no dist/ (run npm run build): the search page itself is not counted' : `the search page itself ${kb(own)} (dist/)`),
);
const header = ['docs', 'layout', 'records', 'index time', 'engine', 'metadata', 'postings', `${FIRST_BATCH} fragments`, 'requests', 'first query'];
const rows: string[][] = [header];
for (const size of sizes) {
  const documents = corpus(size);
  for (const layout of LAYOUTS.filter(({ name }) => chosen.includes(name))) {
    const site = mkdtempSync(join(tmpdir(), `bench-index-${layout.name}-`));
    try {
      const records = layout.records(documents);
      const started = performance.now();
      const { index, errors } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
      if (!index) throw new Error(`Pagefind 无法创建索引:${errors.join('; ')}`);
      for (const record of records) {
        const added = await index.addCustomRecord(record);
        if (added.errors.length > 0) throw new Error(`${record.url}: ${added.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
      if (written.errors.length > 0) throw new Error(`Pagefind 写入失败:${written.errors.join('; ')}`);
      const seconds = (performance.now() - started) / 1000;
      await close();

      mkdirSync(join(site, 'probe'));
      writeFileSync(join(site, 'probe', 'index.html'), '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>probe</title><script type="module" src="/probe/probe.js"></script></html>\n');
      writeFileSync(join(site, 'probe', 'probe.js'), PROBE_SCRIPT);
      const probe = { url: '/probe/', file: 'probe/index.html' };
      const { files } = await weighSearch(site, probe, `?q=${encodeURIComponent(layout.query)}&n=${FIRST_BATCH}`, () => document.title !== 'probe');
      const bytes = (pattern: RegExp) => files.filter((file) => pattern.test(file.url)).reduce((sum, file) => sum + file.bytes, 0);
      const engine = bytes(/^\/pagefind\/(pagefind\.js|pagefind-entry\.json|.*\.pagefind)$/);
      const metadata = bytes(/\.pf_meta$/);
      const postings = bytes(/\.pf_index$/);
      const fragments = bytes(/\.pf_fragment$/);
      const requests = files.filter((file) => file.url.startsWith('/pagefind/')).length;
      const pagefindTotal = engine + metadata + postings + fragments;
      const row = [
        String(size),
        layout.name,
        String(records.length),
        `${seconds.toFixed(1)} s`,
        kb(engine),
        kb(metadata),
        kb(postings),
        kb(fragments),
        String(requests),
        own === undefined ? `${kb(pagefindTotal)} + page` : kb(pagefindTotal + own),
      ];
      rows.push(row);
      console.log(labelledRow(header, row));
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }
}
console.log(`\n${alignedTable(rows)}`);
