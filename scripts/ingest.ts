/**
 * npm run ingest -- <file> --place <id> [--slug <id>] [--title …] [--date YYYY[-MM[-DD]]] [--dry-run] [--force]
 *
 * Turns a raw source (UTF-8, UTF-16 with BOM or GB18030/GBK text) into a draft entry
 * content/documents/<slug>.mdx and copies the raw file, byte for byte, to content/sources/.
 * The project root is the working directory.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSource } from '../src/lib/ingest/decode.ts';
import { buildDraft, datePrecision, isValidSlug } from '../src/lib/ingest/draft.ts';
import { IngestError } from '../src/lib/ingest/errors.ts';
import { DOCUMENTS_DIR, PLACES_FILE, SOURCES_DIR, THEMES_FILE } from '../src/lib/paths.ts';
import type { ThemeKeywords } from '../src/lib/tagging.ts';

const USAGE = `用法 / usage: npm run ingest -- <file> --place <id> [--slug <id>] [--title 标题] [--date YYYY[-MM[-DD]]] [--dry-run] [--force]`;

function readJson<T>(root: string, file: string): T {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
  } catch (error) {
    throw new IngestError(`无法读取 ${file}:${(error as Error).message} / cannot read ${file}`);
  }
}

/** Stored source name: the file's own name, with `.txt` added when it lacks it (the schema wants .txt). */
function sourceName(file: string): string {
  const name = basename(file);
  return name.endsWith('.txt') ? name : `${name}.txt`;
}

/** Default slug: place + the ASCII part of the file name, else a hash of the bytes. */
function defaultSlug(place: string, name: string, bytes: Uint8Array): string {
  const stem = name
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (stem) return `${place}-${stem}`;
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return `${place}-${hash.toString(16).padStart(8, '0')}`;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      place: { type: 'string' },
      slug: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new IngestError(`须给出且只给出一个源文件。 / exactly one source file is required.\n${USAGE}`);
  const root = process.cwd();

  const places = readJson<{ id: string }[]>(root, PLACES_FILE).map(({ id }) => id);
  const place = values.place;
  if (!place) throw new IngestError(`缺少 --place。已知地点 / known places: ${places.join(', ')}\n${USAGE}`);
  if (!places.includes(place)) {
    throw new IngestError(
      `未知地点 "${place}"。已知地点:${places.join(', ')}。如是新地点,请先在 ${PLACES_FILE} 中添加。` +
        ` / unknown place "${place}"; known: ${places.join(', ')}; add it to ${PLACES_FILE} first.`,
    );
  }
  if (values.date !== undefined) datePrecision(values.date);

  const path = resolve(root, file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new IngestError(`无法读取源文件 ${file}:${(error as NodeJS.ErrnoException).code ?? (error as Error).message} / cannot read ${file}`);
  }
  const { text, encoding } = decodeSource(bytes, file);

  const source = sourceName(path);
  const slug = values.slug ?? defaultSlug(place, basename(path), bytes);
  if (!isValidSlug(slug)) {
    throw new IngestError(`--slug "${slug}" 须为小写字母、数字和连字符,如 zaozhuang-2021-feature。 / slug must be lower-case a-z, 0-9 and hyphens.`);
  }

  const themes = readJson<ThemeKeywords[]>(root, THEMES_FILE);
  const draft = buildDraft({
    text,
    place,
    sourceName: source,
    themes,
    ...(values.title ? { title: values.title } : {}),
    ...(values.date ? { date: values.date } : {}),
  });

  if (values['dry-run']) {
    process.stdout.write(draft.mdx);
    return 0;
  }

  const entryPath = join(root, DOCUMENTS_DIR, `${slug}.mdx`);
  const sourcePath = join(root, SOURCES_DIR, source);
  if (existsSync(entryPath) && !values.force) {
    throw new IngestError(`${DOCUMENTS_DIR}/${slug}.mdx 已存在;如确要覆盖,请加 --force。未写入任何文件。 / entry exists; use --force to overwrite. Nothing written.`);
  }
  const sameSource = existsSync(sourcePath) && Buffer.compare(readFileSync(sourcePath), bytes) === 0;
  if (existsSync(sourcePath) && !sameSource && !values.force) {
    throw new IngestError(
      `${SOURCES_DIR}/${source} 已存在且内容不同;请改名或加 --force。未写入任何文件。 / a different source file with this name exists; rename it or use --force. Nothing written.`,
    );
  }

  mkdirSync(join(root, SOURCES_DIR), { recursive: true });
  mkdirSync(join(root, DOCUMENTS_DIR), { recursive: true });
  if (!sameSource) writeFileSync(sourcePath, bytes);
  writeFileSync(entryPath, draft.mdx);
  console.log(
    `已写入 / written: ${DOCUMENTS_DIR}/${slug}.mdx(编码 ${encoding},做法 ${draft.practices.length} 条,未达主题阈值的段落 ${draft.untagged} 段,主题 ${draft.themes.join(' ')})\n` +
      `源文件 / source: ${SOURCES_DIR}/${source}${sameSource ? '(已存在,内容相同)' : ''}\n` +
      '请人工核对标题、日期、体裁、摘要与做法划分后再提交。 / Review title, date, genre, summary and practices before committing.',
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`ingest: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`ingest: 参数有误 / bad arguments: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
