/**
 * The deploy table (`deploy/static-host.json`): how a static host serves the built site, as
 * data: each extension's content type, charset and compression, the cache policy by path,
 * the folder-without-slash redirect and the response headers. From it come the nginx sample
 * (`deploy/nginx.conf`), the `_headers` file (Netlify, Cloudflare Pages) and the preview/test
 * server's answers, so the three cannot drift apart.
 */

export interface TypeEntry {
  /** Extension without the dot, as the file name ends: `bib`, `pf_meta`. */
  ext: string;
  /** MIME type without parameters. */
  type: string;
  charset?: string;
  compress: boolean;
  /**
   * The file is stored gzip-compressed (Pagefind's index): sent as it is with `Content-Encoding:
   * gzip`, so the browser decompresses it natively and Pagefind skips its JavaScript gunzip.
   */
  gzipped?: boolean;
}

export interface CacheRule {
  /** URL path pattern; `*` matches any run of characters (slashes included). */
  path: string;
  policy: string;
  why: string;
}

export interface StaticHostTable {
  types: TypeEntry[];
  defaultType: string;
  cache: { policies: Record<string, string>; default: string; rules: CacheRule[] };
  redirects: { folderWithoutSlash: 301 | 308; why: string };
  headers: Record<string, string>;
}

export class StaticHostTableError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'StaticHostTableError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(record: Record<string, unknown>, key: string, file: string, field: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value === '') throw new StaticHostTableError(file, `${field}.${key}`, '须为非空字符串');
  return value;
}

function stringRecord(value: unknown, file: string, field: string): Record<string, string> {
  if (!isRecord(value)) throw new StaticHostTableError(file, field, '须为对象(名称 → 字符串)');
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string' || item === '') throw new StaticHostTableError(file, `${field}.${key}`, '须为非空字符串');
  }
  return value as Record<string, string>;
}

/** Checks the parsed JSON; an error names the file and the field and says what it must be. */
export function parseStaticHostTable(data: unknown, file = 'deploy/static-host.json'): StaticHostTable {
  if (!isRecord(data)) throw new StaticHostTableError(file, '(根)', '须为 JSON 对象');
  if (!Array.isArray(data.types) || data.types.length === 0) throw new StaticHostTableError(file, 'types', '须为非空数组');
  const seen = new Set<string>();
  const types = data.types.map((entry: unknown, index): TypeEntry => {
    const field = `types[${index}]`;
    if (!isRecord(entry)) throw new StaticHostTableError(file, field, '须为对象 { ext, type, charset?, compress }');
    const ext = stringField(entry, 'ext', file, field);
    if (!/^[a-z0-9_]+$/.test(ext)) throw new StaticHostTableError(file, `${field}.ext`, `“${ext}”须为不带点的小写扩展名,如 bib`);
    if (seen.has(ext)) throw new StaticHostTableError(file, `${field}.ext`, `扩展名 ${ext} 重复出现,每个扩展名只写一行`);
    seen.add(ext);
    const type = stringField(entry, 'type', file, field);
    if (!/^[a-z]+\/[a-z0-9.+-]+$/.test(type)) throw new StaticHostTableError(file, `${field}.type`, `“${type}”须为不带参数的 MIME 类型,charset 另写在 charset 中`);
    if (typeof entry.compress !== 'boolean') throw new StaticHostTableError(file, `${field}.compress`, '须为 true 或 false');
    if (entry.charset !== undefined && typeof entry.charset !== 'string') throw new StaticHostTableError(file, `${field}.charset`, '须为字符串,如 utf-8');
    if (entry.gzipped !== undefined && typeof entry.gzipped !== 'boolean') throw new StaticHostTableError(file, `${field}.gzipped`, '须为 true 或 false');
    if (entry.gzipped === true && entry.compress) {
      throw new StaticHostTableError(file, `${field}.compress`, `扩展名 ${ext} 的文件已是 gzip(gzipped: true),不能再压缩:compress 须为 false`);
    }
    return {
      ext,
      type,
      compress: entry.compress,
      ...(typeof entry.charset === 'string' ? { charset: entry.charset } : {}),
      ...(entry.gzipped === true ? { gzipped: true } : {}),
    };
  });
  const defaultType = stringField(data, 'defaultType', file, '(根)');
  if (!isRecord(data.cache)) throw new StaticHostTableError(file, 'cache', '须为对象 { policies, default, rules }');
  const policies = stringRecord(data.cache.policies, file, 'cache.policies');
  const defaultPolicy = stringField(data.cache, 'default', file, 'cache');
  if (!(defaultPolicy in policies)) throw new StaticHostTableError(file, 'cache.default', `“${defaultPolicy}”不在 cache.policies 中`);
  if (!Array.isArray(data.cache.rules)) throw new StaticHostTableError(file, 'cache.rules', '须为数组');
  const rules = data.cache.rules.map((rule: unknown, index): CacheRule => {
    const field = `cache.rules[${index}]`;
    if (!isRecord(rule)) throw new StaticHostTableError(file, field, '须为对象 { path, policy, why }');
    const path = stringField(rule, 'path', file, field);
    if (!path.startsWith('/')) throw new StaticHostTableError(file, `${field}.path`, `“${path}”须以 / 开头`);
    const policy = stringField(rule, 'policy', file, field);
    if (!(policy in policies)) throw new StaticHostTableError(file, `${field}.policy`, `“${policy}”不在 cache.policies 中`);
    return { path, policy, why: stringField(rule, 'why', file, field) };
  });
  if (!isRecord(data.redirects)) throw new StaticHostTableError(file, 'redirects', '须为对象 { folderWithoutSlash, why }');
  const status = data.redirects.folderWithoutSlash;
  if (status !== 301 && status !== 308) throw new StaticHostTableError(file, 'redirects.folderWithoutSlash', '须为 301 或 308');
  return {
    types,
    defaultType,
    cache: { policies, default: defaultPolicy, rules },
    redirects: { folderWithoutSlash: status, why: stringField(data.redirects, 'why', file, 'redirects') },
    headers: stringRecord(data.headers, file, 'headers'),
  };
}

/** The extension a host matches on: the part after the last dot of the last path segment. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function typeEntryFor(table: StaticHostTable, path: string): TypeEntry | undefined {
  const ext = extensionOf(path);
  return table.types.find((entry) => entry.ext === ext);
}

/** The full Content-Type header value, charset included. */
export function contentTypeFor(table: StaticHostTable, path: string): string {
  const entry = typeEntryFor(table, path);
  if (!entry) return table.defaultType;
  return entry.charset ? `${entry.type}; charset=${entry.charset}` : entry.type;
}

export function compressible(table: StaticHostTable, path: string): boolean {
  return typeEntryFor(table, path)?.compress ?? false;
}

/** Whether the file is stored gzip-compressed and sent as it is with `Content-Encoding: gzip`. */
export function storedGzipped(table: StaticHostTable, path: string): boolean {
  return typeEntryFor(table, path)?.gzipped ?? false;
}

/** `*` matches any run of characters; everything else is literal; the whole path must match. */
export function pathPatternSource(glob: string): string {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return `^${body}$`;
}

export function pathPattern(glob: string): RegExp {
  return new RegExp(pathPatternSource(glob));
}

/** The Cache-Control value for a URL path: the first rule that matches, else the default policy. */
export function cacheControlFor(table: StaticHostTable, path: string): string {
  const rule = table.cache.rules.find((candidate) => pathPattern(candidate.path).test(path));
  return table.cache.policies[rule?.policy ?? table.cache.default] ?? '';
}

const GENERATED = '# Generated from deploy/static-host.json by `npm run deploy:config`: edit the table, not this file.';

/** Extensions grouped by MIME type, in table order: nginx's `types { type ext ext; }`. */
function typesByMime(table: StaticHostTable): Map<string, string[]> {
  const byMime = new Map<string, string[]>();
  for (const entry of table.types) byMime.set(entry.type, [...(byMime.get(entry.type) ?? []), entry.ext]);
  return byMime;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function nginxQuote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function renderNginx(table: StaticHostTable): string {
  // nginx always includes text/html in charset_types and gzip_types, and warns when a list repeats it.
  const charsetTypes = unique(table.types.filter((entry) => entry.charset && entry.type !== 'text/html').map((entry) => entry.type));
  const charsets = unique(table.types.flatMap((entry) => (entry.charset ? [entry.charset] : [])));
  if (charsets.length > 1) throw new Error(`nginx 每个 server 只有一个 charset,表中却有 ${charsets.join('、')}`);
  const gzipTypes = unique(table.types.filter((entry) => entry.compress && entry.type !== 'text/html').map((entry) => entry.type));
  const gzipped = table.types.filter((entry) => entry.gzipped).map((entry) => entry.ext);
  const serverHeaders = [
    ...Object.entries(table.headers).map(([name, value]) => `add_header ${name} ${nginxQuote(value)} always;`),
    'add_header Cache-Control $dangjian_cache_control always;',
  ];
  const width = Math.max(...table.types.map((entry) => entry.type.length)) + 1;
  const ruleWidth = Math.max('default'.length, ...table.cache.rules.map((rule) => pathPatternSource(rule.path).length + 1)) + 1;
  const lines = [
    GENERATED,
    '# Sample nginx site for the built dist/; include it inside the http { } block',
    '# (e.g. /etc/nginx/conf.d/dangjian-compare.conf) and set root to where dist/ is deployed.',
    '',
    '# Content-hashed files never change under their name and are cached for a year; everything else',
    '# (HTML, pagefind.js, pagefind-entry.json which names the current index, the wasm) revalidates.',
    'map $uri $dangjian_cache_control {',
    `    ${'default'.padEnd(ruleWidth)}${nginxQuote(table.cache.policies[table.cache.default] ?? '')};`,
    ...table.cache.rules.map((rule) => `    ${`~${pathPatternSource(rule.path)}`.padEnd(ruleWidth)}${nginxQuote(table.cache.policies[rule.policy] ?? '')};  # ${rule.why}`),
    '}',
    '',
    'server {',
    '    listen 80;',
    '    # The public host the site is built for (SITE_URL at build time); "_" answers any name.',
    '    server_name _;',
    '    root /srv/dangjian-compare/dist;',
    '',
    "    # Every extension the site emits: this block replaces mime.types for this server, so the",
    "    # citation formats (which mime.types lacks) get their types and nothing depends on the distribution's list.",
    '    types {',
    ...[...typesByMime(table)].map(([mime, exts]) => `        ${mime.padEnd(width)}${exts.join(' ')};`),
    '    }',
    `    default_type ${table.defaultType};`,
    `    charset ${charsets[0] ?? 'utf-8'};`,
    `    charset_types ${charsetTypes.join(' ')};`,
    '',
    '    gzip on;',
    '    gzip_comp_level 6;',
    '    gzip_vary on;',
    `    gzip_types ${gzipTypes.join(' ')};`,
    '',
    '    # At server level only: nginx drops inherited add_header lines in any location that sets',
    '    # its own, so the cache policy comes from the map above. The CSP is the <meta> policy minus',
    "    # the per-page hashes (a header cannot list them) plus frame-ancestors, which a <meta> cannot carry;",
    "    # both policies apply, so inline styles still need the page's hash.",
    ...serverHeaders.map((line) => `    ${line}`),
    '',
    `    # ${table.redirects.why}`,
    "    # nginx's own directory redirect does it (301, query kept); a relative Location keeps the scheme and host.",
    '    absolute_redirect off;',
    '    index index.html;',
    '    location / {',
    '        try_files $uri $uri/ =404;',
    '    }',
    '',
    ...(gzipped.length > 0
      ? [
          '    # Stored gzip-compressed (Pagefind writes its index so): sent as they are, labelled, so the',
          '    # browser decompresses them natively and Pagefind skips its own gunzip in JavaScript. A location',
          "    # that adds a header drops the server's add_header lines, so they are repeated here.",
          `    location ~ \\.(${gzipped.join('|')})$ {`,
          '        add_header Content-Encoding gzip;',
          ...serverHeaders.map((line) => `        ${line}`),
          '    }',
          '',
        ]
      : []),
    '    error_page 404 /404.html;',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

export function renderHeaders(table: StaticHostTable): string {
  const lines = [
    GENERATED,
    '# Response headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Both merge the headers of every rule a path matches, so Cache-Control is set only on the',
    '# content-hashed paths; other files keep the host default (revalidate by ETag). Both hosts',
    '# redirect a folder URL without its slash to the URL with it themselves.',
    '# The CSP is the <meta> policy minus the per-page hashes, plus frame-ancestors (header-only).',
    '',
    '/*',
    ...Object.entries(table.headers).map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const rule of table.cache.rules) {
    lines.push('', `# ${rule.why}`, rule.path, `  Cache-Control: ${table.cache.policies[rule.policy] ?? ''}`);
  }
  lines.push('', "# Pagefind's files are stored gzip-compressed; they are not labelled Content-Encoding here (hosts", '# treat such a label differently), so Pagefind decompresses them itself.');
  // Hosts guess a text file's charset wrong (a raw source shows as mojibake) and do not know
  // the citation formats; HTML carries <meta charset> and is served at folder URLs.
  lines.push('', '# Text types with their charset.');
  for (const entry of table.types) {
    if (!entry.charset || entry.type === 'text/html') continue;
    lines.push(`/*.${entry.ext}`, `  Content-Type: ${entry.type}; charset=${entry.charset}`);
  }
  return `${lines.join('\n')}\n`;
}
