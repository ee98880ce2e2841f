/**
 * One source file into a draft entry of the project at `root`: read (with the size limit),
 * decode, draft, and store safely. Shared by `npm run ingest` for one file, a folder or a manifest.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { suggestTypes as suggestVocabularyTypes, type SuggestableType } from '../compare/suggest.ts';
import { PLACES_FILE, PRACTICE_TYPES_FILE, THEMES_FILE } from '../paths.ts';
import type { ThemeKeywords } from '../tagging.ts';
import { decodeSource, type DecodedSource } from './decode.ts';
import { buildDraft, datePrecision, isValidSlug, type Draft, type SuggestTypes } from './draft.ts';
import { IngestError } from './errors.ts';
import type { BatchItem } from './manifest.ts';
import { chooseSourceName, corpusPracticeIds, writeIngested } from './store.ts';

/** Sources larger than this are refused without `allowLarge`: every line becomes part of one page (and of theme pages). */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export interface IngestContext {
  root: string;
  places: string[];
  themes: ThemeKeywords[];
  suggestTypes?: SuggestTypes;
}

function readJson<T>(root: string, file: string): T {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
  } catch (error) {
    throw new IngestError(`无法读取 ${file}:${(error as Error).message} / cannot read ${file}`);
  }
}

/** Drafts propose at most this many types per practice: the best-matching ones, for a curator to confirm. */
const SUGGESTED_TYPES = 2;

/** The practice-type vocabulary's keyword suggester, when the project has a vocabulary. */
function vocabularySuggester(root: string): SuggestTypes | undefined {
  if (!existsSync(join(root, PRACTICE_TYPES_FILE))) return undefined;
  const vocabulary = readJson<SuggestableType[]>(root, PRACTICE_TYPES_FILE);
  return ({ title, text, themes }) =>
    suggestVocabularyTypes(`${title}\n${text}`, themes, vocabulary)
      .slice(0, SUGGESTED_TYPES)
      .map((suggestion) => suggestion.type);
}

export function loadIngestContext(root: string, suggestTypes: SuggestTypes | undefined = vocabularySuggester(root)): IngestContext {
  return {
    root,
    places: readJson<{ id: string }[]>(root, PLACES_FILE).map(({ id }) => id),
    themes: readJson<ThemeKeywords[]>(root, THEMES_FILE),
    ...(suggestTypes ? { suggestTypes } : {}),
  };
}

export interface IngestRequest extends BatchItem {
  force?: boolean;
  allowLarge?: boolean;
  dryRun?: boolean;
}

export interface IngestOutcome {
  slug: string;
  entry?: string;
  source: string;
  decoded: Omit<DecodedSource, 'text'>;
  draft: Draft;
  /** The draft's date is inferred (no byline date, no --date). */
  dateInferred: boolean;
  reusedSource: boolean;
  renamedSource: boolean;
  backup?: string;
}

/** Stored source name: the file's own name, with `.txt` added when it lacks it (the schema wants .txt). */
export function storedSourceName(file: string): string {
  const name = basename(file);
  return name.endsWith('.txt') ? name : `${name}.txt`;
}

/** Default slug: place + the ASCII part of the file name, else a hash of the bytes. */
export function defaultSlug(place: string, name: string, bytes: Uint8Array): string {
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

export function ingestOne(context: IngestContext, request: IngestRequest): IngestOutcome {
  const { root, places } = context;
  const { place, label } = request;
  if (!place) throw new IngestError(`缺少 --place。已知地点 / known places: ${places.join(', ')}`);
  if (!places.includes(place)) {
    throw new IngestError(
      `未知地点 "${place}"。已知地点:${places.join(', ')}。如是新地点,请先用 npm run place -- add <名称> 添加到 ${PLACES_FILE}。` +
        ` / unknown place "${place}"; known: ${places.join(', ')}; add it to ${PLACES_FILE} first (npm run place -- add).`,
    );
  }
  if (request.date !== undefined) datePrecision(request.date);

  let bytes: Uint8Array;
  try {
    const size = statSync(request.path).size;
    if (size > MAX_SOURCE_BYTES && !request.allowLarge) {
      const mb = (value: number) => (value / 1024 / 1024).toFixed(1);
      throw new IngestError(
        `${label} 有 ${mb(size)} MB,超过 ${mb(MAX_SOURCE_BYTES)} MB 上限:整篇原文会成为一个页面,主题页也随之变大。` +
          `请先拆分为几篇分别导入;确需整篇导入时加 --allow-large。未写入任何文件。` +
          ` / ${label} is ${mb(size)} MB, over the ${mb(MAX_SOURCE_BYTES)} MB limit; split it or pass --allow-large. Nothing written.`,
      );
    }
    bytes = readFileSync(request.path);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`无法读取源文件 ${label}:${(error as NodeJS.ErrnoException).code ?? (error as Error).message} / cannot read ${label}`);
  }
  const { text, ...decoded } = decodeSource(bytes, label);

  const slug = request.slug ?? defaultSlug(place, basename(request.path), bytes);
  if (!isValidSlug(slug)) {
    throw new IngestError(`--slug "${slug}" 须为小写字母、数字和连字符,如 zaozhuang-2021-feature。 / slug must be lower-case a-z, 0-9 and hyphens.`);
  }
  const stored = chooseSourceName(root, storedSourceName(request.path), bytes);
  const draft = buildDraft({
    text,
    place,
    sourceName: stored.name,
    themes: context.themes,
    encoding: decoded,
    takenIds: corpusPracticeIds(root, request.force ? slug : undefined),
    ...(context.suggestTypes ? { suggestTypes: context.suggestTypes } : {}),
    ...(request.title ? { title: request.title } : {}),
    ...(request.date ? { date: request.date } : {}),
  });
  const outcome = {
    slug,
    source: stored.name,
    decoded,
    draft,
    dateInferred: draft.date.inferred,
    reusedSource: stored.reused,
    renamedSource: stored.renamed,
  };
  if (request.dryRun) return outcome;
  const written = writeIngested({
    root,
    slug,
    mdx: draft.mdx,
    source: { name: stored.name, bytes, reused: stored.reused },
    force: request.force ?? false,
  });
  return { ...outcome, entry: written.entry, ...(written.backup ? { backup: written.backup } : {}) };
}
