/**
 * Pagefind custom records, one per passage (practice, heading, paragraph outside practices),
 * holding only its source text, with the document's metadata as meta and filters.
 */
import { documentYear, type DocumentDate } from '../document-year.ts';
import type { Passage } from './passages.ts';

/** The one language of the index: the sources are Chinese, whatever their place. */
export const INDEX_LANGUAGE = 'zh';

/**
 * Pagefind's index chunk size (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`): the README's search section
 * has the measurement behind it.
 */
export const INDEX_CHUNK_SIZE = 1000;

/** Written by src/pages/pagefind-records.json.ts, read and removed by the Pagefind integration. */
export const RECORDS_FILE = 'pagefind-records.json';

/**
 * The text as Pagefind indexes it: every Chinese character a word of its own (a space on each
 * side), so any verbatim substring is found whatever a word segmenter would do with it.
 */
export function indexForm(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(?<=\p{Script=Han})(?=\S)|(?<=\S)(?=\p{Script=Han})/gu, ' ');
}

/**
 * The passage text back from a fragment: Pagefind keeps the indexed form but adds a zero-width
 * space at each word boundary, so both go. Exact for text without white space of its own;
 * other passages carry their text in `meta.text` (see searchRecords).
 */
export function readableForm(content: string): string {
  return content.replace(/[ \u200b]/g, '');
}

export interface RecordDocument {
  slug: string;
  title: string;
  place: string;
  date: DocumentDate;
  genre: string;
  passages: Passage[];
  /** Theme ids of each practice, by practice id. */
  practiceThemes: Record<string, string[]>;
}

export interface SearchRecord {
  url: string;
  content: string;
  language: typeof INDEX_LANGUAGE;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Meta keys the search page reads back from a record. */
export interface PassageMeta {
  /** The passage's title: the practice title, the heading, or the document title for a paragraph. */
  title: string;
  kind: Passage['kind'];
  document: string;
  slug: string;
  place: string;
  /** documentYear(date).label: inferred and bounded years stay marked. */
  year: string;
  date: string;
  /** Theme ids, space-separated (practices only: other passages are not tagged). */
  themes: string;
  /** Position in the document, to show passages of one document in reading order. */
  order: string;
  /** The exact text, only when readableForm cannot restore it (the text has white space of its own). */
  text?: string;
}

export function searchRecords(document: RecordDocument, themeName: (id: string) => string): SearchRecord[] {
  const year = documentYear(document.date).label;
  return document.passages.map((passage, order) => {
    const themes = passage.kind === 'practice' ? (document.practiceThemes[passage.anchor] ?? []) : [];
    const meta: PassageMeta = {
      title: passage.title ?? (passage.kind === 'heading' ? passage.text : document.title),
      kind: passage.kind,
      document: document.title,
      slug: document.slug,
      place: document.place,
      year,
      date: document.date.value,
      themes: themes.join(' '),
      order: String(order),
      ...(/\s/.test(passage.text) ? { text: passage.text } : {}),
    };
    return {
      url: `/documents/${document.slug}/#${passage.anchor}`,
      content: indexForm(passage.text),
      language: INDEX_LANGUAGE,
      meta: { ...meta },
      // No Pagefind sort: the page sorts hits itself (by meta date and order), and each sort would
      // add an entry per record to the index metadata every first query downloads.
      filters: { place: [document.place], genre: [document.genre], year: [year], theme: themes.map(themeName) },
    };
  });
}

/** Record URLs whose `#anchor` is not an id in their page (`readPage` returns a page's HTML by path). */
export function missingAnchors(records: Pick<SearchRecord, 'url'>[], readPage: (path: string) => string): string[] {
  const pages = new Map<string, string>();
  return records
    .filter((record) => {
      const [path = '', anchor = ''] = record.url.split('#');
      if (!pages.has(path)) pages.set(path, readPage(path));
      return !pages.get(path)?.includes(` id="${anchor}"`);
    })
    .map((record) => record.url);
}
