/**
 * The static file server for the built site (`npm run preview`, browser tests, benchmarks),
 * answering as the deploy table (`deploy/static-host.json`) tells every real host to: content
 * types with charset, gzip for the compressible types, the gzip label on files stored gzipped,
 * the cache policy by path, the response headers (CSP among them), `/path/` serving
 * `/path/index.html`, a folder URL without its slash redirected to the URL with it, and unknown
 * paths answered by `/404.html` with status 404.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import {
  cacheControlFor,
  compressible,
  contentTypeFor,
  storedGzipped,
  parseStaticHostTable,
  type StaticHostTable,
} from '../../src/lib/deploy/static-host.ts';

export const STATIC_HOST_TABLE = fileURLToPath(new URL('../../deploy/static-host.json', import.meta.url));

export function readStaticHostTable(file = STATIC_HOST_TABLE): StaticHostTable {
  return parseStaticHostTable(JSON.parse(readFileSync(file, 'utf8')) as unknown, relative(process.cwd(), file) || file);
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

type Resolved = { file: string } | { redirect: string } | { missing: true };

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function resolveRequest(root: string, pathname: string, search: string): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { missing: true };
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return { missing: true };
  if (decoded.endsWith('/')) return isFile(join(path, 'index.html')) ? { file: join(path, 'index.html') } : { missing: true };
  if (isFile(path)) return { file: path };
  // One URL per page: the folder's URL is the one with the slash.
  if (isFile(join(path, 'index.html'))) return { redirect: `${pathname}/${search}` };
  return { missing: true };
}

function send(table: StaticHostTable, request: IncomingMessage, response: ServerResponse, file: string, urlPath: string, status: number): void {
  const headers: Record<string, string> = {
    ...table.headers,
    'content-type': contentTypeFor(table, file),
    'cache-control': cacheControlFor(table, urlPath),
  };
  const gzip = compressible(table, file) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (compressible(table, file)) headers.vary = 'Accept-Encoding';
  if (gzip || storedGzipped(table, file)) headers['content-encoding'] = 'gzip';
  if (!gzip) headers['content-length'] = String(statSync(file).size);
  response.writeHead(status, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file);
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
}

export async function serveStatic(dir: string, port = 0, table = readStaticHostTable()): Promise<RunningServer> {
  const root = resolve(dir);
  const server: Server = createServer((request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
    const resolved = resolveRequest(root, pathname, search);
    if ('redirect' in resolved) {
      response.writeHead(table.redirects.folderWithoutSlash, { ...table.headers, location: resolved.redirect });
      response.end();
    } else if ('file' in resolved) {
      send(table, request, response, resolved.file, pathname, 200);
    } else if (isFile(join(root, '404.html'))) {
      send(table, request, response, join(root, '404.html'), '/404.html', 404);
    } else {
      response.writeHead(404, { ...table.headers, 'content-type': contentTypeFor(table, 'x.txt') });
      response.end('404');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise((done) => {
        // Keep-alive connections (a browser's) would hold close() open.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
