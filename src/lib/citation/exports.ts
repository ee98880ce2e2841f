/**
 * Files for reference managers: BibTeX/biblatex, RIS, EndNote (.enw), NoteExpress and CSL-JSON.
 * Each describes the original source, with this site's page as the URL it was read at (only when
 * the site's public URL is set) and the 引用日期 as the access date. Item types follow what the
 * importers do (Zotero's BibTeX/RIS translators, the CTeX gbt7714 styles, CSL):
 *
 * | source        | BibTeX                         | RIS  | EndNote           | CSL                |
 * | newspaper     | @article + entrysubtype        | NEWS | Newspaper Article | article-newspaper  |
 * | book section  | @inbook + bookauthor           | CHAP | Book Section      | chapter            |
 * | speech        | @misc + type                   | SLIDE (Zotero: presentation) | Generic | speech |
 * | other         | @misc                          | GEN  | Generic           | document           |
 *
 * The site's commentary (every non-stated value with its basis) goes only into fields that
 * bibliography styles do not print: BibTeX annote, RIS N1, EndNote %Z, NoteExpress {Notes},
 * CSL annote. A non-stated year is written the way GB/T 7714 marks it ([2018], [不早于2018]).
 */
import type { FieldProvenance } from '../provenance.ts';
import { gbtYear } from './gbt7714.ts';
import { referenceYear, type Citation, type Creator } from './model.ts';

export interface ExportOptions {
  /** 引用日期 (YYYY-MM-DD), written only with a URL. */
  accessed: string;
}

function titleValue(citation: Citation): string {
  return citation.provenance.title.status === 'stated' ? citation.title : `[${citation.title}]`;
}

/** The year field: plain when stated, else marked as the standard marks it. */
function yearValue(citation: Citation): string {
  const { year, field } = referenceYear(citation);
  return gbtYear(year, field);
}

function stated(field: FieldProvenance): boolean {
  return field.status === 'stated';
}

function slashDate(iso: string): string {
  return iso.replace(/-/g, '/');
}

// ---- BibTeX / biblatex ----

const BIBTEX_SPECIALS = /[\\{}%&$#_~^]/g;

function bibtexEscape(text: string): string {
  return text.replace(BIBTEX_SPECIALS, (char) =>
    char === '\\' ? '\\textbackslash{}' : char === '~' ? '\\textasciitilde{}' : char === '^' ? '\\textasciicircum{}' : `\\${char}`,
  );
}

/** Names are braced whole: BibTeX would otherwise split a Chinese name or an office into parts. */
function bibtexNames(creators: Creator[]): string {
  return creators.map((creator) => `{${bibtexEscape(creator.name)}}`).join(' and ');
}

/** The gbt7714 styles sort Chinese entries by `key`: the first author's pinyin. */
function pinyinKey(creators: Creator[]): string | undefined {
  return creators[0]?.pinyin;
}

const BIBTEX_TYPES: Record<Citation['kind'], string> = { newspaper: 'article', chapter: 'inbook', speech: 'misc', 'unknown-venue': 'misc' };

export function toBibtex(citation: Citation, options: ExportOptions): string {
  const { provenance, book } = citation;
  const dateStated = stated(book ? provenance.bookYear : provenance.date);
  const fields: [string, string | undefined][] = [
    ['author', citation.creators.length > 0 ? bibtexNames(citation.creators) : undefined],
    ['title', bibtexEscape(titleValue(citation))],
    ['journal', citation.kind === 'newspaper' ? bibtexEscape(citation.periodical ?? '') : undefined],
    ['entrysubtype', citation.kind === 'newspaper' ? 'newspaper' : undefined],
    ['type', citation.kind === 'speech' ? '讲话' : undefined],
    ['booktitle', book ? bibtexEscape(book.title) : undefined],
    ['bookauthor', book && book.creators.length > 0 ? bibtexNames(book.creators) : undefined],
    ['publisher', book?.publisher ? bibtexEscape(book.publisher) : undefined],
    ['address', book?.place ? bibtexEscape(book.place) : undefined],
    ['pages', book?.pages ? bibtexEscape(book.pages) : undefined],
    ['year', yearValue(citation)],
    // biblatex reads `date`; only a stated date is given as one.
    ['date', dateStated && !book ? citation.date.iso : undefined],
    ['key', pinyinKey(citation.creators)],
    ['langid', 'chinese'],
    ['language', 'chinese'],
    ['url', citation.url],
    ['urldate', citation.url ? options.accessed : undefined],
    ['annote', bibtexEscape(citation.commentary.join('; '))],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n');
  return `@${BIBTEX_TYPES[citation.kind]}{${citation.slug},\n${body}\n}\n`;
}

// ---- RIS ----

const RIS_TYPES: Record<Citation['kind'], string> = { newspaper: 'NEWS', chapter: 'CHAP', speech: 'SLIDE', 'unknown-venue': 'GEN' };

/**
 * RIS dates: PY is the year, DA the date as YYYY/MM/DD/. A non-stated year is written as GB/T
 * marks it ([2018], [不早于2018]) in DA only: the "other" part of YYYY///other is dropped by
 * importers (citation-js reads "2018///推断" as a plain 2018), and PY must be a bare year.
 */
function risDates(citation: Citation): [string, string][] {
  const { year, field } = referenceYear(citation);
  if (field.status !== 'stated') return [['DA', gbtYear(year, field)]];
  const [y, month, day] = citation.book ? [Number(year)] : citation.date.parts;
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return [
    ['PY', String(y)],
    ['DA', `${y}/${pad(month)}/${pad(day)}/`],
  ];
}

function risLines(lines: [string, string | undefined][]): string {
  // RIS is line-based: a value never spans lines.
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined && line[1] !== '')
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`)
    .join('\r\n')
    .concat('\r\n');
}

export function toRis(citation: Citation, options: ExportOptions): string {
  const { book } = citation;
  return risLines([
    ['TY', RIS_TYPES[citation.kind]],
    // A book section's authors are authors (AU); A2 would make them the book's editors.
    ...citation.creators.map((creator): [string, string] => ['AU', creator.name]),
    ['TI', titleValue(citation)],
    ['T2', citation.kind === 'newspaper' ? citation.periodical : book?.title],
    ['M3', citation.kind === 'speech' ? '讲话' : undefined],
    ['PB', book?.publisher],
    ['CY', book?.place],
    ['SP', book?.pages],
    ...risDates(citation),
    ['LA', 'zh'],
    ['UR', citation.url],
    ['Y2', citation.url ? slashDate(options.accessed) : undefined],
    // RIS's TT (translated title) is read as the title by some importers: the gloss goes in the note.
    ['N1', [citation.titleEn ? `英文题名:${citation.titleEn}` : '', ...citation.commentary].filter(Boolean).join('; ')],
  ]).concat('ER  - \r\n');
}

// ---- EndNote tagged (.enw) ----

const ENDNOTE_TYPES: Record<Citation['kind'], string> = {
  newspaper: 'Newspaper Article',
  chapter: 'Book Section',
  speech: 'Generic',
  'unknown-venue': 'Generic',
};

function taggedLines(lines: [string, string | undefined][]): string {
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined && line[1] !== '')
    .map(([tag, value]) => `${tag} ${value.replace(/\s*\n\s*/g, ' ')}`)
    .join('\n')
    .concat('\n');
}

export function toEndnote(citation: Citation, options: ExportOptions): string {
  const { book } = citation;
  const dateStated = stated(citation.provenance.date) && !book;
  return `${taggedLines([
    ['%0', ENDNOTE_TYPES[citation.kind]],
    ...citation.creators.map((creator): [string, string] => ['%A', creator.name]),
    ['%T', titleValue(citation)],
    ['%J', citation.kind === 'newspaper' ? citation.periodical : undefined],
    ['%B', book?.title],
    ['%I', book?.publisher],
    ['%C', book?.place],
    ['%P', book?.pages],
    ['%D', yearValue(citation)],
    ['%8', dateStated ? citation.date.iso : undefined],
    ['%9', citation.kind === 'speech' ? '讲话' : undefined],
    ['%G', 'Chinese'],
    ['%U', citation.url],
    ['%[', citation.url ? options.accessed : undefined],
    ['%Z', citation.commentary.join('; ')],
  ])}\n`;
}

// ---- NoteExpress (.net) ----

const NOTEEXPRESS_TYPES: Record<Citation['kind'], string> = {
  newspaper: 'Newspaper Article',
  chapter: 'Book Section',
  speech: 'Generic',
  'unknown-venue': 'Generic',
};

export function toNoteExpress(citation: Citation, options: ExportOptions): string {
  const { book } = citation;
  const dateStated = stated(citation.provenance.date) && !book;
  const fields: [string, string | undefined][] = [
    ['Reference Type', NOTEEXPRESS_TYPES[citation.kind]],
    ['Title', titleValue(citation)],
    ['Translated Title', citation.titleEn],
    // NoteExpress (as CNKI exports it) lists authors separated by ";", ending with ";".
    ['Author', citation.creators.length > 0 ? `${citation.creators.map((creator) => creator.name).join(';')};` : undefined],
    ['Secondary Title', citation.kind === 'newspaper' ? citation.periodical : book?.title],
    ['Place Published', book?.place],
    ['Publisher', book?.publisher],
    ['Pages', book?.pages],
    ['Year', yearValue(citation)],
    ['Date', dateStated ? citation.date.iso : undefined],
    ['Type of Work', citation.kind === 'speech' ? '讲话' : undefined],
    ['Language', 'chinese'],
    ['URL', citation.url],
    ['Access Date', citation.url ? options.accessed : undefined],
    ['Notes', citation.commentary.join('; ')],
  ];
  return `${fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `{${name}}: ${value.replace(/\s*\n\s*/g, ' ')}`)
    .join('\n')}\n\n`;
}

// ---- CSL-JSON ----

export interface CslName {
  literal: string;
}

export interface CslDate {
  'date-parts'?: number[][];
  circa?: boolean;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  'title-short'?: string;
  author?: CslName[];
  'container-author'?: CslName[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  page?: string;
  genre?: string;
  issued: CslDate;
  accessed?: CslDate;
  language: string;
  URL?: string;
  annote: string;
}

const CSL_TYPES: Record<Citation['kind'], string> = {
  newspaper: 'article-newspaper',
  chapter: 'chapter',
  speech: 'speech',
  // Not `article`: CSL styles read it as a preprint (GB/T 7714—2025 [PP]).
  'unknown-venue': 'document',
};

/** Chinese names as one literal: CSL would otherwise guess a Western given/family split. */
function cslNames(creators: Creator[]): CslName[] {
  return creators.map((creator) => ({ literal: creator.name }));
}

function cslIssued(citation: Citation): CslDate {
  const { year, field } = referenceYear(citation);
  if (field.status === 'stated') return { 'date-parts': [citation.book ? [Number(year)] : citation.date.parts] };
  if (field.status === 'inferred') return { 'date-parts': [[Number(year)]], circa: true };
  return { literal: gbtYear(year, field) };
}

export function toCslJson(citation: Citation, options: ExportOptions): CslItem {
  const { book } = citation;
  const item: CslItem = {
    id: citation.slug,
    type: CSL_TYPES[citation.kind],
    title: titleValue(citation),
    issued: cslIssued(citation),
    language: 'zh-CN',
    annote: citation.commentary.join('; '),
  };
  if (citation.creators.length > 0) item.author = cslNames(citation.creators);
  if (citation.kind === 'speech') item.genre = '讲话';
  if (citation.kind === 'newspaper' && citation.periodical) item['container-title'] = citation.periodical;
  if (book) {
    item['container-title'] = book.title;
    if (book.creators.length > 0) item['container-author'] = cslNames(book.creators);
    if (book.publisher) item.publisher = book.publisher;
    if (book.place) item['publisher-place'] = book.place;
    if (book.pages) item.page = book.pages;
  }
  if (citation.url) {
    item.URL = citation.url;
    item.accessed = { 'date-parts': [options.accessed.split('-').map(Number)] };
  }
  return item;
}
