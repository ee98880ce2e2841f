/**
 * The built site as the preview/test server serves it (and, when nginx is installed, as the
 * generated deploy/nginx.conf serves it): every extension in dist/ has a type in the deploy
 * table, text comes with its charset and gzipped, hashed files are cached for a year, and a
 * folder URL without its slash redirects (301) to the one URL of the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionOf } from '../../src/lib/deploy/static-host.ts';
import { listFiles, listPages } from '../../scripts/gates/dist.ts';
import { findNginx, startNginx, type RunningNginx } from '../../scripts/support/nginx.ts';
import { readStaticHostTable, serveStatic, type RunningServer } from '../../scripts/support/static-server.ts';
import { DIST_DIR } from '../support/site.ts';

const table = readStaticHostTable();
const files = listFiles(DIST_DIR).filter((file) => file !== '_headers');
const folders = listPages(DIST_DIR)
  .map((page) => page.url)
  .filter((url) => url !== '/' && url.endsWith('/'));
const documentFolders = folders.filter((url) => /^\/documents\/[^/]+\/$/.test(url));
const firstOf = (pattern: RegExp) => files.find((file) => pattern.test(file));

let server: RunningServer;
beforeAll(async () => {
  server = await serveStatic(DIST_DIR);
});
afterAll(async () => {
  await server?.close();
});

const get = (base: string, path: string, headers: Record<string, string> = {}) => fetch(base + path, { redirect: 'manual', headers });

describe('static server', () => {
  it('every extension dist/ contains has a type in deploy/static-host.json', () => {
    const missing = [...new Set(files.map(extensionOf))].filter((ext) => !table.types.some((entry) => entry.ext === ext));
    expect(missing).toEqual([]);
  });

  it('serves a raw source as UTF-8 text, gzipped, byte for byte', async () => {
    const source = firstOf(/^sources\/.+\.txt$/);
    expect(source, 'dist/sources/ 中没有原文').toBeDefined();
    const response = await get(server.url, `/${source}`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    // fetch decodes gzip itself; the header says it was compressed on the wire.
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(DIST_DIR, source!)))).toBe(true);
  });

  it("labels Pagefind's gzip files so the browser decodes them, and Pagefind finds its signature instead of gunzipping", async () => {
    const stored = table.types.filter((entry) => entry.gzipped);
    expect(stored.length).toBeGreaterThan(0);
    for (const { ext } of stored) {
      const file = files.find((candidate) => extensionOf(candidate) === ext);
      expect(file, `dist/ 中没有 .${ext} 文件`).toBeDefined();
      const response = await get(server.url, `/${file}`, { 'accept-encoding': 'gzip' });
      expect(response.headers.get('content-encoding'), file).toBe('gzip');
      expect(response.headers.get('content-length'), file).toBe(String(readFileSync(join(DIST_DIR, file!)).length));
      const decoded = Buffer.from(await response.arrayBuffer());
      expect(decoded.equals(gunzipSync(readFileSync(join(DIST_DIR, file!)))), file).toBe(true);
      expect(decoded.subarray(0, 12).toString(), file).toBe('pagefind_dcd');
    }
  });

  it('serves citation downloads with their types and charset', async () => {
    for (const [ext, type] of [['bib', 'application/x-bibtex'], ['ris', 'application/x-research-info-systems']] as const) {
      const file = firstOf(new RegExp(`^documents/[^/]+\\.${ext}$`));
      if (!file) continue;
      const response = await get(server.url, `/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(`${type}; charset=utf-8`);
    }
  });

  it('caches hashed files for a year, pages and pagefind-entry.json briefly', async () => {
    const immutable = table.cache.policies.immutable;
    for (const pattern of [/^_astro\//, /^pagefind\/filter\//, /^pagefind\/index\//, /^pagefind\/fragment\//]) {
      const file = firstOf(pattern);
      if (!file) continue;
      expect((await get(server.url, `/${file}`)).headers.get('cache-control'), file).toBe(immutable);
    }
    const revalidate = table.cache.policies[table.cache.default];
    expect((await get(server.url, '/')).headers.get('cache-control')).toBe(revalidate);
    if (files.includes('pagefind/pagefind-entry.json')) {
      expect((await get(server.url, '/pagefind/pagefind-entry.json')).headers.get('cache-control')).toBe(revalidate);
    }
  });

  it('redirects every folder URL without its slash, query kept; files are never redirected', async () => {
    expect(documentFolders.length).toBeGreaterThan(0);
    for (const url of folders) {
      const response = await get(server.url, url.slice(0, -1));
      expect(response.status, url).toBe(table.redirects.folderWithoutSlash);
      expect(response.headers.get('location'), url).toBe(url);
    }
    const query = `?q=${encodeURIComponent('党建')}`;
    const search = await get(server.url, `/search${query}`);
    expect([search.status, search.headers.get('location')]).toEqual([301, `/search/${query}`]);
    const bib = firstOf(/^documents\/[^/]+\.bib$/);
    if (bib) expect((await get(server.url, `/${bib}`)).status).toBe(200);
  });

  it('answers an unknown path with the 404 page and status 404, and sends the CSP header', async () => {
    const response = await get(server.url, '/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(DIST_DIR, '404.html'), 'utf8'));
    expect(response.headers.get('content-security-policy')).toBe(table.headers['Content-Security-Policy']);
  });
});

const nginx = findNginx();
describe.skipIf(!nginx)(`deploy/nginx.conf in nginx answers as the static server does${nginx ? '' : '(nginx 未安装,跳过;设 NGINX_PATH 指向 nginx 可运行)'}`, () => {
  let running: RunningNginx;
  beforeAll(async () => {
    running = await startNginx(nginx!, 'deploy/nginx.conf', DIST_DIR);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it('same status, type, cache policy, compression and redirect target for one file of each extension and each redirect', async () => {
    const byExtension = new Map<string, string>();
    for (const file of files) if (!byExtension.has(extensionOf(file))) byExtension.set(extensionOf(file), `/${file}`);
    const paths = [...byExtension.values(), '/', '/search', `/search?q=${encodeURIComponent('党建')}`, ...documentFolders.map((url) => url.slice(0, -1)), '/no-such-page/'];
    const answer = async (base: string, path: string) => {
      const response = await get(base, path, { 'accept-encoding': 'gzip' });
      const body = Buffer.from(await response.arrayBuffer());
      const h = (name: string) => response.headers.get(name);
      return {
        status: response.status,
        type: h('content-type'),
        cache: h('cache-control'),
        csp: h('content-security-policy'),
        location: h('location'),
        // fetch has already decoded the body. nginx skips gzip for tiny files (gzip_min_length),
        // so compression must agree only on files of some size.
        size: body.length,
        encoding: body.length > 1024 ? h('content-encoding') : 'small file',
      };
    };
    for (const path of paths) {
      const [ours, theirs] = [await answer(server.url, path), await answer(running.url, path)];
      if (ours.status !== 200) {
        // nginx's own 301 and 404 bodies differ from ours; type and cache of those are not part of the contract.
        expect({ status: theirs.status, location: theirs.location }, path).toEqual({ status: ours.status, location: ours.location });
      } else {
        expect(theirs, path).toEqual(ours);
      }
    }
  });
});
