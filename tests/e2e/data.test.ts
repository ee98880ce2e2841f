/**
 * The open data against the content: each download is fetched from the built site and checked
 * row by row against the MDX files and places.json (read here, not hard-coded); CSV and JSON
 * agree; datapackage.json names every file and field; the paginated listings reach every item.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPractices, parseFrontmatter, readDocumentFiles, documentSlug } from '../../src/lib/corpus.ts';
import { documentYear, type DocumentDate } from '../../src/lib/document-year.ts';
import { DOCUMENTS_DIR, PLACES_FILE } from '../../src/lib/paths.ts';
import { serveStatic, type RunningServer } from '../../scripts/support/static-server.ts';
import { csvRecords } from '../support/csv.ts';
import { DIST_DIR } from '../support/site.ts';

const files = readDocumentFiles(DOCUMENTS_DIR);
const frontmatter = new Map(files.map((file) => [documentSlug(file.path), parseFrontmatter(file)]));
const practices = collectPractices(files);
const places = JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as { id: string; name: string; code?: string }[];
const yearOf = (slug: string) => documentYear(frontmatter.get(slug)!.date as DocumentDate);
const figures = [...frontmatter].flatMap(([slug, data]) =>
  ((data.figures ?? []) as { quote: string; practice?: string }[]).map((figure) => ({ slug, ...figure })),
);

let server: RunningServer;
beforeAll(async () => {
  server = await serveStatic(DIST_DIR);
});
afterAll(async () => {
  await server?.close();
});

async function download(path: string, type: string): Promise<string> {
  const response = await fetch(server.url + path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type') ?? '', path).toContain(type);
  // Keep a byte-order mark if there is one: response.text() would drop it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

async function table(name: string) {
  const json = JSON.parse(await download(`/data/${name}.json`, 'json')) as Record<string, unknown>[];
  const csvText = await download(`/data/${name}.csv`, 'csv');
  const csv = csvRecords(csvText);
  return { json, csv, csvText };
}

const cell = (value: unknown) => (value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value));

describe('/data/ downloads', () => {
  it('practices: one row per practice in the MDX files, with place code and the year through documentYear', async () => {
    const { json } = await table('practices');
    expect(json.map((row) => row.id).sort()).toEqual(practices.map((p) => p.id).sort());
    for (const practice of practices) {
      const row = json.find((r) => r.id === practice.id)!;
      expect(row.document).toBe(practice.document);
      expect(row.place).toBe(practice.place);
      expect(row.title).toBe(practice.title);
      expect(row.themes).toEqual(practice.themes);
      expect(row.text).toBe(practice.text);
      expect(row.url).toBe(`/documents/${practice.document}/#${practice.id}`);
      expect(row.place_code).toBe(places.find((p) => p.id === practice.place)?.code ?? null);
      expect(row.year).toBe(yearOf(practice.document).short);
      expect(row.year_status).toBe(yearOf(practice.document).status);
    }
  });

  it('documents: one row per MDX file, titles, places, years and practice counts from the content', async () => {
    const { json } = await table('documents');
    expect(json.map((row) => row.id).sort()).toEqual([...frontmatter.keys()].sort());
    for (const [slug, data] of frontmatter) {
      const row = json.find((r) => r.id === slug)!;
      expect(row.title).toBe(data.title);
      expect(row.place).toBe(data.place);
      expect(row.year).toBe(yearOf(slug).short);
      expect(row.practices).toBe(practices.filter((p) => p.document === slug).length);
      expect(row.source).toBe(`/sources/${String(data.source)}`);
    }
  });

  it('figures: every frontmatter figure with its verbatim quote, pointing at its practice', async () => {
    const { json } = await table('figures');
    expect(json).toHaveLength(figures.length);
    for (const figure of figures) {
      const row = json.find((r) => r.document === figure.slug && r.quote === figure.quote);
      expect(row, figure.quote).toBeDefined();
      expect(row!.url).toBe(`/documents/${figure.slug}/${figure.practice ? `#${figure.practice}` : ''}`);
    }
  });

  it('places: every place in places.json with its code and counts', async () => {
    const { json } = await table('places');
    expect(json.map((row) => row.id).sort()).toEqual(places.map((p) => p.id).sort());
    for (const place of places) {
      const row = json.find((r) => r.id === place.id)!;
      expect(row.code).toBe(place.code ?? null);
      expect(row.documents).toBe([...frontmatter.values()].filter((data) => data.place === place.id).length);
      expect(row.practices).toBe(practices.filter((p) => p.place === place.id).length);
    }
  });

  it('each CSV holds exactly the JSON rows, with a BOM and CRLF line ends; datapackage.json describes both', async () => {
    const pkg = JSON.parse(await download('/data/datapackage.json', 'json')) as {
      profile: string;
      version: string;
      resources: { path: string; format: string; schema: { fields: { name: string }[] } }[];
    };
    expect(pkg.profile).toBe('tabular-data-package');
    const names = [...new Set(pkg.resources.map((r) => r.path.replace(/\.\w+$/, '')))];
    expect(names.sort()).toEqual(['documents', 'figures', 'places', 'practices'].sort());
    for (const name of names) {
      const { json, csv, csvText } = await table(name);
      expect(csvText.startsWith('\uFEFF')).toBe(true);
      expect(csvText).toContain('\r\n');
      expect(csv.records).toHaveLength(json.length);
      json.forEach((row, i) => expect(csv.records[i]).toEqual(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cell(v)]))));
      for (const resource of pkg.resources.filter((r) => r.path.startsWith(`${name}.`))) {
        expect(resource.schema.fields.map((f) => f.name)).toEqual(csv.header);
        expect(Object.keys(json[0] ?? {})).toEqual(json.length > 0 ? csv.header : []);
      }
    }
    const page = await download('/data/', 'html');
    expect(page).toContain(pkg.version);
    expect(page).toContain('CC BY 4.0');
    expect(page).toContain('[DB/OL]');
  });
});

describe('paginated listings', () => {
  const links = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
  async function crawl(start: string): Promise<string[]> {
    const seen = new Set<string>();
    const queue = [start];
    const html: string[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const text = await download(path, 'html');
      html.push(text);
      queue.push(...links(text, /<a href="([^"]*\/page\/\d+\/)"/g).filter((href) => href.startsWith(start)));
    }
    return html;
  }

  it('/documents/ and its pages list every document once', async () => {
    const pages = await crawl('/documents/');
    const listed = pages.flatMap((html) => links(html, /<h2><a href="\/documents\/([^/"]+)\/"/g));
    expect(listed.sort()).toEqual([...frontmatter.keys()].sort());
  });

  it('each year list holds exactly the documents of that year', async () => {
    const years = [...new Set([...frontmatter.keys()].map((slug) => yearOf(slug).year))];
    for (const year of years) {
      const pages = await crawl(`/documents/year/${year}/`);
      const listed = pages.flatMap((html) => links(html, /<h2><a href="\/documents\/([^/"]+)\/"/g));
      expect(listed.sort()).toEqual([...frontmatter.keys()].filter((slug) => yearOf(slug).year === year).sort());
    }
  });

  it('/places/ and its pages list every place once; the header links to /data/', async () => {
    const pages = await crawl('/places/');
    const listed = pages.flatMap((html) => links(html, /<h2>\s*<a href="\/places\/([^/"]+)\/"/g));
    expect(listed.sort()).toEqual(places.map((p) => p.id).sort());
    expect(pages[0]).toMatch(/<a href="\/data\/"/);
  });
});
