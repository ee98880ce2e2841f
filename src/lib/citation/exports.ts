/**
 * Downloadable references for reference managers: BibTeX (biblatex fields), RIS and CSL-JSON.
 * Each describes the original source and points to this site's page as where it can be read;
 * what the source does not state is left out, and inferred values are said to be so in a note.
 */
import type { Citation, Creator } from './model.ts';
import { gbtSource } from './gbt7714.ts';

function exportNote(citation: Citation): string {
  const parts = [
    citation.titleEn ? `英文题名: ${citation.titleEn}` : '',
    ...citation.inferences,
    citation.unknown.length > 0 ? `原文未载: ${citation.unknown.join('、')}` : '',
    `GB/T 7714: ${gbtSource(citation)}`,
  ];
  return parts.filter(Boolean).join('; ');
}

// ---- BibTeX ----

const BIBTEX_SPECIALS = /[\\{}%&$#_~^]/g;

function bibtexEscape(text: string): string {
  return text.replace(BIBTEX_SPECIALS, (char) =>
    char === '\\' ? '\\textbackslash{}' : char === '~' ? '\\textasciitilde{}' : char === '^' ? '\\textasciicircum{}' : `\\${char}`,
  );
}

/** Organisations are braced so BibTeX does not split them into given and family names. */
function bibtexNames(creators: Creator[]): string {
  return creators.map((creator) => (creator.corporate ? `{${bibtexEscape(creator.name)}}` : bibtexEscape(creator.name))).join(' and ');
}

export function toBibtex(citation: Citation): string {
  const { date } = citation;
  const type = citation.kind === 'newspaper' ? 'article' : citation.kind === 'chapter' ? 'incollection' : 'misc';
  const fields: [string, string | undefined][] = [
    ['author', citation.creators.length > 0 ? bibtexNames(citation.creators) : undefined],
    ['title', bibtexEscape(citation.title)],
    ['journal', citation.kind === 'newspaper' ? bibtexEscape(citation.periodical ?? '') : undefined],
    ['entrysubtype', citation.kind === 'newspaper' ? 'newspaper' : undefined],
    ['booktitle', citation.book ? bibtexEscape(citation.book.title) : undefined],
    ['bookauthor', citation.book && citation.book.creators.length > 0 ? bibtexNames(citation.book.creators) : undefined],
    ['publisher', citation.book?.publisher ? bibtexEscape(citation.book.publisher) : undefined],
    ['address', citation.book?.place ? bibtexEscape(citation.book.place) : undefined],
    ['pages', citation.book?.pages ? bibtexEscape(citation.book.pages) : undefined],
    ['year', citation.book?.year ?? date.year],
    ['date', citation.book ? undefined : date.iso],
    ['language', 'chinese'],
    ['url', citation.url],
    ['note', bibtexEscape(exportNote(citation))],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n');
  return `@${type}{${citation.slug},\n${body}\n}\n`;
}

// ---- RIS ----

const RIS_TYPES = { newspaper: 'NEWS', chapter: 'CHAP', 'unknown-venue': 'GEN' } as const;

export function toRis(citation: Citation): string {
  const { date } = citation;
  const [year, month, day] = date.parts;
  const risDate = `${year}/${month === undefined ? '' : String(month).padStart(2, '0')}/${day === undefined ? '' : String(day).padStart(2, '0')}/`;
  const lines: [string, string | undefined][] = [
    ['TY', RIS_TYPES[citation.kind]],
    ...citation.creators.map((creator): [string, string] => ['AU', creator.name]),
    ['TI', citation.title],
    ['T2', citation.kind === 'newspaper' ? citation.periodical : citation.book?.title],
    ...(citation.book?.creators ?? []).map((creator): [string, string] => ['A2', creator.name]),
    ['PB', citation.book?.publisher],
    ['CY', citation.book?.place],
    ['SP', citation.book?.pages],
    ['PY', citation.book?.year ?? year?.toString()],
    ['DA', citation.book ? undefined : risDate],
    ['LA', 'zh'],
    ['UR', citation.url],
    ['N1', exportNote(citation)],
    ['ER', ''],
  ];
  // RIS is line-based: a value never spans lines.
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`)
    .join('\r\n')
    .concat('\r\n');
}

// ---- CSL-JSON ----

export interface CslName {
  literal: string;
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  'container-author'?: CslName[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  page?: string;
  issued: { 'date-parts': number[][]; circa?: boolean };
  language: string;
  URL: string;
  note: string;
}

const CSL_TYPES: Record<Citation['kind'], string> = { newspaper: 'article-newspaper', chapter: 'chapter', 'unknown-venue': 'article' };

/** Chinese names as one literal: CSL would otherwise guess a Western given/family split. */
function cslNames(creators: Creator[]): CslName[] {
  return creators.map((creator) => ({ literal: creator.name }));
}

export function toCslJson(citation: Citation): CslItem {
  const { date, book } = citation;
  const issued = book ? [[Number(book.year)]] : [date.parts];
  const circa = book ? book.yearInferred : date.inferred;
  const item: CslItem = {
    id: citation.slug,
    type: citation.genre === '讲话' ? 'speech' : CSL_TYPES[citation.kind],
    title: citation.title,
    issued: { 'date-parts': issued, ...(circa ? { circa: true } : {}) },
    language: 'zh-CN',
    URL: citation.url,
    note: exportNote(citation),
  };
  if (citation.creators.length > 0) item.author = cslNames(citation.creators);
  if (citation.kind === 'newspaper' && citation.periodical) item['container-title'] = citation.periodical;
  if (book) {
    item['container-title'] = book.title;
    if (book.creators.length > 0) item['container-author'] = cslNames(book.creators);
    if (book.publisher) item.publisher = book.publisher;
    if (book.place) item['publisher-place'] = book.place;
    if (book.pages) item.page = book.pages;
  }
  return item;
}

/** The download formats, by file extension: `/documents/<slug>.<extension>`. */
export const DOWNLOADS = {
  bib: { label: 'BibTeX', contentType: 'application/x-bibtex; charset=utf-8', render: toBibtex },
  ris: { label: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8', render: toRis },
  json: {
    label: 'CSL-JSON',
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    render: (citation: Citation) => `${JSON.stringify([toCslJson(citation)], null, 2)}\n`,
  },
} as const;

export type DownloadFormat = keyof typeof DOWNLOADS;

export function downloadPath(slug: string, format: DownloadFormat): string {
  return `/documents/${slug}.${format}`;
}
