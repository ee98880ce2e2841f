/**
 * The deploy table and the files generated from it agree: deploy/nginx.conf and public/_headers
 * are what `npm run deploy:config` writes, and, read back with each host's own matching rules,
 * give every path the table's content type and cache policy. nginx -t runs when nginx is installed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  contentTypeFor,
  parseStaticHostTable,
  pathPattern,
  renderHeaders,
  renderNginx,
  storedGzipped,
} from '../../src/lib/deploy/static-host.ts';
import { findNginx, testNginxConfig } from '../../scripts/support/nginx.ts';
import { readStaticHostTable } from '../../scripts/support/static-server.ts';

const table = readStaticHostTable();
const nginxConf = readFileSync('deploy/nginx.conf', 'utf8');
const headersFile = readFileSync('public/_headers', 'utf8');

/** Paths of every kind the site serves, and some it must not treat as special. */
const SAMPLE_PATHS = [
  '/',
  '/documents/a/',
  '/documents/a.bib',
  '/documents/a.ris',
  '/documents/a.enw',
  '/documents/a.json',
  '/sources/000_x.txt',
  '/data/practices.csv',
  '/_astro/BaseLayout.D6Zvw7AI.css',
  '/_astro/cite.oIfEJ67O.js',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/wasm.unknown.pagefind',
  '/pagefind/pagefind.zh-cn_8267454061b27.pf_meta',
  '/pagefind/index/zh-cn_abc.pf_index',
  '/pagefind/fragment/zh-cn_abc.pf_fragment',
  '/pagefind/filter/zh-cn_abc.pf_filter',
  '/favicon.svg',
];

describe('generated files', () => {
  it('deploy/nginx.conf is what the table generates (npm run deploy:config)', () => {
    expect(nginxConf).toBe(renderNginx(table));
  });

  it('public/_headers is what the table generates (npm run deploy:config)', () => {
    expect(headersFile).toBe(renderHeaders(table));
  });
});

describe('the table', () => {
  it('lists every download format other pages link to, text ones with utf-8', () => {
    // The contract between issues: citation formats, raw sources, data downloads.
    for (const ext of ['bib', 'ris', 'enw', 'txt', 'json', 'csv', 'html']) {
      const entry = table.types.find((type) => type.ext === ext);
      expect(entry, ext).toBeDefined();
      expect(entry).toMatchObject({ charset: 'utf-8', compress: true });
    }
    expect(contentTypeFor(table, '/documents/a.enw')).toBe('application/x-endnote-refer; charset=utf-8');
    expect(contentTypeFor(table, '/data/practices.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor(table, '/no-extension')).toBe(table.defaultType);
  });

  it('caches content-hashed files for a year and revalidates the rest', () => {
    const immutable = table.cache.policies.immutable;
    for (const path of ['/_astro/x.css', '/pagefind/filter/zh-cn_1.pf_filter', '/pagefind/index/a.pf_index', '/pagefind/fragment/a.pf_fragment', '/pagefind/pagefind.zh-cn_1.pf_meta']) {
      expect(cacheControlFor(table, path), path).toBe(immutable);
    }
    for (const path of ['/', '/documents/a/', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/documents/a.bib']) {
      expect(cacheControlFor(table, path), path).toBe(table.cache.policies[table.cache.default]);
    }
  });

  it('rejects a malformed table naming the field and the fix', () => {
    const raw = JSON.parse(readFileSync('deploy/static-host.json', 'utf8')) as {
      types: { ext: string; type: string; compress: boolean; gzipped?: boolean }[];
      cache: { rules: { policy: string }[] };
    };
    const duplicate = structuredClone(raw);
    duplicate.types.push({ ...duplicate.types[0]! });
    expect(() => parseStaticHostTable(duplicate, 't.json')).toThrow(/t\.json: types\[\d+\]\.ext: 扩展名 \w+ 重复出现/);
    const withParameter = structuredClone(raw);
    withParameter.types[0]!.type = 'text/html; charset=utf-8';
    expect(() => parseStaticHostTable(withParameter, 't.json')).toThrow(/types\[0\]\.type: .*charset 另写在 charset 中/);
    const unknownPolicy = structuredClone(raw);
    unknownPolicy.cache.rules[0]!.policy = 'forever';
    expect(() => parseStaticHostTable(unknownPolicy, 't.json')).toThrow(/cache\.rules\[0\]\.policy: “forever”不在 cache\.policies 中/);
    const twice = structuredClone(raw);
    const stored = twice.types.findIndex((entry) => entry.gzipped);
    twice.types[stored]!.compress = true;
    expect(() => parseStaticHostTable(twice, 't.json')).toThrow(new RegExp(`types\\[${stored}\\]\\.compress: .*已是 gzip.*compress 须为 false`));
  });

  it("marks Pagefind's files, and only them, as stored gzipped", () => {
    for (const path of SAMPLE_PATHS) expect(storedGzipped(table, path), path).toBe(/^\/pagefind\/.*\.(pagefind|pf_\w+)$/.test(path));
  });
});

describe('deploy/nginx.conf read back the way nginx reads it', () => {
  it('its types block gives each extension the table type, with the charset where the table has one', () => {
    const block = /^\s*types \{\n([\s\S]*?)\n\s*\}/m.exec(nginxConf)?.[1] ?? '';
    const byExt = new Map<string, string>();
    for (const line of block.split('\n')) {
      const [mime = '', ...exts] = line.trim().replace(/;$/, '').split(/\s+/);
      for (const ext of exts) byExt.set(ext, mime);
    }
    const charsetTypes = new Set(['text/html', ...(/charset_types ([^;]+);/.exec(nginxConf)?.[1] ?? '').split(/\s+/)]);
    const charset = /^\s*charset (\S+);/m.exec(nginxConf)?.[1];
    for (const entry of table.types) {
      const mime = byExt.get(entry.ext);
      expect(mime, entry.ext).toBe(entry.type);
      expect(charsetTypes.has(mime!) ? `${mime}; charset=${charset}` : mime).toBe(contentTypeFor(table, `/x.${entry.ext}`));
    }
    const gzipTypes = new Set(['text/html', ...(/gzip_types ([^;]+);/.exec(nginxConf)?.[1] ?? '').split(/\s+/)]);
    for (const entry of table.types) expect(gzipTypes.has(entry.type), entry.ext).toBe(entry.compress || table.types.some((other) => other.type === entry.type && other.compress));
  });

  it('its cache map (first matching regex, else default) gives each path the table policy', () => {
    const map = /map \$uri \$\w+ \{\n([\s\S]*?)\n\}/.exec(nginxConf)?.[1] ?? '';
    const entries = map.split('\n').map((line) => /^\s*(\S+)\s+"([^"]*)";/.exec(line)).filter((match) => match !== null);
    const fallback = entries.find((match) => match[1] === 'default')?.[2];
    const regexes = entries.filter((match) => match[1]!.startsWith('~')).map((match) => ({ pattern: new RegExp(match[1]!.slice(1)), value: match[2] }));
    for (const path of SAMPLE_PATHS) {
      const value = regexes.find(({ pattern }) => pattern.test(path))?.value ?? fallback;
      expect(value, path).toBe(cacheControlFor(table, path));
    }
  });

  it('labels exactly the stored-gzipped files Content-Encoding: gzip, keeping the server headers there', () => {
    const location = /^ {4}location ~ (\S+) \{\n([\s\S]*?)\n {4}\}/m.exec(nginxConf);
    expect(location, 'nginx.conf 中没有为 gzip 文件设的 location').not.toBeNull();
    const pattern = new RegExp(location![1]!);
    for (const path of SAMPLE_PATHS) expect(pattern.test(path), path).toBe(storedGzipped(table, path));
    const body = location![2]!;
    expect(body).toMatch(/add_header Content-Encoding gzip;/);
    for (const name of [...Object.keys(table.headers), 'Cache-Control']) expect(body, name).toMatch(new RegExp(`add_header ${name} `));
  });

  it('redirects a folder without its slash (nginx directory redirect, relative Location)', () => {
    expect(nginxConf).toMatch(/try_files \$uri \$uri\/ =404;/);
    expect(nginxConf).toMatch(/absolute_redirect off;/);
  });

  const nginx = findNginx();
  it.skipIf(!nginx)(`passes nginx -t${nginx ? '' : '(nginx 未安装,跳过;设 NGINX_PATH 指向 nginx 可运行)'}`, () => {
    const { ok, output } = testNginxConfig(nginx!, 'deploy/nginx.conf');
    expect(output).not.toMatch(/\[warn\]/);
    expect(ok, output).toBe(true);
  });
});

describe('public/_headers read back the way Netlify and Cloudflare Pages read it', () => {
  /** Rules in order; a host merges the headers of every rule whose path matches. */
  const rules = headersFile
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .reduce<{ path: string; headers: Record<string, string> }[]>((list, line) => {
      if (!line.startsWith(' ')) list.push({ path: line.trim(), headers: {} });
      else {
        const [name = '', ...value] = line.trim().split(': ');
        list[list.length - 1]!.headers[name] = value.join(': ');
      }
      return list;
    }, []);
  const headersFor = (path: string) => rules.filter((rule) => pathPattern(rule.path).test(path)).map((rule) => rule.headers);

  it('gives every path the table headers, long cache on hashed paths only, one value per header', () => {
    for (const path of SAMPLE_PATHS) {
      const matched = headersFor(path);
      for (const name of ['Cache-Control', 'Content-Type']) {
        expect(matched.filter((headers) => name in headers).length, `${path} ${name}`).toBeLessThanOrEqual(1);
      }
      const merged = Object.assign({}, ...matched) as Record<string, string>;
      for (const [name, value] of Object.entries(table.headers)) expect(merged[name], `${path} ${name}`).toBe(value);
      const hashed = table.cache.rules.some((rule) => pathPattern(rule.path).test(path));
      expect(merged['Cache-Control'], path).toBe(hashed ? cacheControlFor(table, path) : undefined);
      const type = contentTypeFor(table, path);
      if (type.includes('charset') && !type.startsWith('text/html')) expect(merged['Content-Type'], path).toBe(type);
      expect(merged['Content-Encoding'], path).toBeUndefined();
    }
  });
});
