/**
 * Writing an ingested document into a project without losing anything:
 * - the raw source never overwrites another file: a name already taken by different bytes
 *   gets a new unique name (`name-2.txt`, …); the same bytes are reused;
 * - `force` replaces an existing entry only after copying it, and its source when no other
 *   entry uses it, to `.ingest-backups/<timestamp>/`, and says where;
 * - both files are written to temporary names first and renamed into place at the end, so an
 *   interrupted run leaves either nothing, or a complete source without its entry (which a
 *   re-run reuses), never a half-written file. Leftover temporary files are removed by the next run.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '../corpus.ts';
import { ContentError, extractPractices } from '../practices.ts';
import { DOCUMENTS_DIR, SOURCES_DIR } from '../paths.ts';
import { IngestError } from './errors.ts';

export const BACKUP_DIR = '.ingest-backups';
/** Temporary files carry this marker; loaders read only `.mdx` and `.txt`, so they are never content. */
const TEMP_MARKER = '.ingest-tmp-';

export interface StoredSource {
  /** File name under content/sources/. */
  name: string;
  /** The same bytes were already stored under this name. */
  reused: boolean;
  /** The wanted name held different bytes, so a new one was chosen. */
  renamed: boolean;
}

const sameBytes = (path: string, bytes: Uint8Array) => existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0;

/** Where the source goes: the wanted name if free or holding the same bytes, else the first free `stem-N.txt`. */
export function chooseSourceName(root: string, wanted: string, bytes: Uint8Array): StoredSource {
  const dir = join(root, SOURCES_DIR);
  const stem = wanted.replace(/\.txt$/, '');
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${stem}-${n}.txt`;
    const path = join(dir, name);
    if (!existsSync(path)) return { name, reused: false, renamed: n > 1 };
    if (sameBytes(path, bytes)) return { name, reused: true, renamed: n > 1 };
  }
}

/** Practice ids of every entry in the project except `exceptSlug` (the entry being replaced). */
export function corpusPracticeIds(root: string, exceptSlug?: string): Set<string> {
  const dir = join(root, DOCUMENTS_DIR);
  const ids = new Set<string>();
  if (!existsSync(dir)) return ids;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx') && file !== `${exceptSlug}.mdx`)) {
    try {
      for (const practice of extractPractices(readFileSync(join(dir, name), 'utf8'), name)) ids.add(practice.id);
    } catch (error) {
      // A broken entry is the content lint's to report; its ids cannot be read here.
      if (!(error instanceof ContentError)) throw error;
    }
  }
  return ids;
}

/** The `source` an entry file names, if it can be read. */
function sourceOf(path: string): string | undefined {
  try {
    const source = parseFrontmatter({ path, source: readFileSync(path, 'utf8') }).source;
    return typeof source === 'string' ? source : undefined;
  } catch (error) {
    if (error instanceof ContentError) return undefined;
    throw error;
  }
}

/** Entries (other than `slug`) whose `source` is `name`. */
function sourceUsers(root: string, name: string, slug: string): string[] {
  const dir = join(root, DOCUMENTS_DIR);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx') && file !== `${slug}.mdx`)
    .filter((file) => sourceOf(join(dir, file)) === name);
}

export function removeStaleTemporaries(root: string): void {
  for (const dir of [DOCUMENTS_DIR, SOURCES_DIR].map((relative) => join(root, relative))) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((file) => file.includes(TEMP_MARKER))) rmSync(join(dir, name), { force: true });
  }
}

export interface WriteRequest {
  root: string;
  slug: string;
  mdx: string;
  source: { name: string; bytes: Uint8Array; reused: boolean };
  force: boolean;
  /** Names the backup folder; defaults to now. */
  now?: Date;
}

export interface WriteResult {
  entry: string;
  source: string;
  /** The backup folder (relative to the root), when an entry was replaced. */
  backup?: string;
}

/**
 * Writes the entry and its source. Refuses an existing entry without `force`; with it, backs
 * the entry (and its source, if nothing else uses it) up first.
 */
export function writeIngested({ root, slug, mdx, source, force, now = new Date() }: WriteRequest): WriteResult {
  const entryRelative = `${DOCUMENTS_DIR}/${slug}.mdx`;
  const entryPath = join(root, entryRelative);
  const sourceRelative = `${SOURCES_DIR}/${source.name}`;
  const sourcePath = join(root, sourceRelative);
  if (existsSync(entryPath) && !force) {
    throw new IngestError(
      `${entryRelative} 已存在;如确要替换,请加 --force(原条目会先备份到 ${BACKUP_DIR}/)。未写入任何文件。` +
        ` / ${entryRelative} exists; use --force to replace it (the old one is backed up first). Nothing written.`,
    );
  }
  mkdirSync(join(root, SOURCES_DIR), { recursive: true });
  mkdirSync(join(root, DOCUMENTS_DIR), { recursive: true });
  removeStaleTemporaries(root);

  // 1. Everything new goes to temporary files next to its final place (same file system: rename is atomic).
  const tag = `${TEMP_MARKER}${process.pid}`;
  const sourceTemp = `${sourcePath}${tag}`;
  const entryTemp = `${entryPath}${tag}`;
  if (!source.reused) writeFileSync(sourceTemp, source.bytes);
  writeFileSync(entryTemp, mdx);

  // 2. Back up what is replaced, by copying: until the renames below, the old files stay in place.
  let backup: string | undefined;
  let retiredSource: string | undefined;
  if (existsSync(entryPath)) {
    backup = `${BACKUP_DIR}/${now.toISOString().replace(/[:.]/g, '-')}-${slug}`;
    mkdirSync(join(root, backup, DOCUMENTS_DIR), { recursive: true });
    copyFileSync(entryPath, join(root, backup, entryRelative));
    const oldSource = sourceOf(entryPath);
    if (oldSource && existsSync(join(root, SOURCES_DIR, oldSource))) {
      mkdirSync(join(root, backup, SOURCES_DIR), { recursive: true });
      copyFileSync(join(root, SOURCES_DIR, oldSource), join(root, backup, SOURCES_DIR, oldSource));
      if (oldSource !== source.name && sourceUsers(root, oldSource, slug).length === 0) retiredSource = oldSource;
    }
  }

  // 3. Into place: the source first, so an entry never names a source that is not there.
  if (!source.reused) renameSync(sourceTemp, sourcePath);
  renameSync(entryTemp, entryPath);
  // The replaced entry's own source, now used by nothing, lives on in the backup only.
  if (retiredSource) rmSync(join(root, SOURCES_DIR, retiredSource));
  return { entry: entryRelative, source: sourceRelative, ...(backup ? { backup } : {}) };
}
