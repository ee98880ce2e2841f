/**
 * What a citation is made of, read from a document's frontmatter (src/content.config.ts).
 * Shared by every text style and export and by the page metadata, so every format states the
 * same facts, with the same provenance (src/lib/provenance.ts), and the same unknowns.
 */
import type { DatePrecision, Genre } from '../document-fields.ts';
import { provenanceOf, type FieldProvenance, type Provenance, type ProvenanceInput } from '../provenance.ts';

export interface CitationPerson {
  name: string;
  /** Family name first: "Liu Zhenjiang". */
  pinyin?: string | undefined;
  role?: string | undefined;
}

/** The frontmatter fields citations use; a documents collection entry's data fits it. */
export interface CitationInput extends ProvenanceInput {
  titleEn?: string | undefined;
  date: ProvenanceInput['date'] & { precision: DatePrecision };
  authors?: CitationPerson[] | undefined;
  book?:
    | (NonNullable<ProvenanceInput['book']> & { authors: CitationPerson[]; section?: string | undefined })
    | undefined;
  genre: Genre;
}

/**
 * What the source is, as far as the text tells:
 * - newspaper: an article in a named newspaper or outlet;
 * - chapter: a section of a named book;
 * - speech: a speech whose venue of publication is not stated;
 * - unknown-venue: any other text whose venue is not stated (a year review, a 供稿文章).
 */
export type SourceKind = 'newspaper' | 'chapter' | 'speech' | 'unknown-venue';

export interface Creator {
  name: string;
  pinyin?: string | undefined;
  /** An organisation or an office (供稿单位, 讲话人职务), written as one unit, never split or inverted. */
  corporate: boolean;
}

export interface CitationDate {
  year: string;
  /** ISO form as precise as known: 2021, 2021-09, 2021-09-01. */
  iso: string;
  parts: number[];
}

export interface Citation {
  slug: string;
  kind: SourceKind;
  genre: Genre;
  title: string;
  titleEn?: string | undefined;
  creators: Creator[];
  date: CitationDate;
  periodical?: string | undefined;
  book?:
    | {
        title: string;
        creators: Creator[];
        place?: string | undefined;
        publisher?: string | undefined;
        /** Publication year, or the document's year standing in for it (see provenance.bookYear). */
        year: string;
        pages?: string | undefined;
        section?: string | undefined;
      }
    | undefined;
  provenance: Provenance;
  /** Site path of the document page: `/documents/<slug>/`. */
  path: string;
  /** Absolute URL of that page, only when the site's public URL is set (SITE_URL). */
  url?: string | undefined;
  /** Elements a full reference would carry that the source does not give, in Chinese, for the panel. */
  unknown: string[];
  /**
   * The site's commentary: every non-stated value with its basis. Exports put it in fields
   * bibliography styles do not print (BibTeX annote, RIS N1, EndNote %Z, CSL annote).
   */
  commentary: string[];
}

export function documentPath(slug: string): string {
  return `/documents/${slug}/`;
}

/** An absolute URL for a site path, or nothing when the public URL is not set: never a made-up host. */
export function absoluteUrl(path: string, site: string | URL | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

/**
 * The 引用日期 put into generated files: the date of the content's revision (SOURCE_DATE_EPOCH or
 * the commit, src/lib/revision.ts), so building the same commit on another day gives the same
 * files; only a build with neither falls back to the day it runs. Copies made in the browser use today.
 */
export function generatedOn(revision: { date: string } | undefined, now: Date = new Date()): string {
  return revision?.date ?? now.toISOString().slice(0, 10);
}

function citationDate(value: string, precision: DatePrecision): CitationDate {
  const kept = precision === 'year' ? 1 : precision === 'month' ? 2 : 3;
  const pieces = value.split('-').slice(0, kept);
  return { year: value.slice(0, 4), iso: pieces.join('-'), parts: pieces.map(Number) };
}

function toCreators(people: CitationPerson[]): Creator[] {
  return people.map((person) => ({ name: person.name, pinyin: person.pinyin, corporate: false }));
}

const FIELD_NAMES: Record<keyof Provenance, string> = {
  title: '题名',
  authors: '责任者',
  date: '日期',
  periodical: '报纸名',
  publisher: '出版者',
  place: '出版地',
  bookTitle: '书名',
  bookAuthors: '图书责任者',
  bookYear: '出版年',
  pages: '页码',
};

function describe(name: string, field: FieldProvenance): string | undefined {
  const basis = field.basis ? `:${field.basis}` : '';
  switch (field.status) {
    case 'inferred':
      return `${name}为本站推断${basis}`;
    case 'supplied':
      return `${name}为本站所拟(原文无)${basis}`;
    case 'bounded':
      return `${name}仅知${field.bound === 'notBefore' ? '下限(不早于)' : '上限(不晚于)'}${basis}`;
    default:
      return undefined;
  }
}

function kindOf(data: CitationInput): SourceKind {
  if (data.book) return 'chapter';
  if (data.periodical) return 'newspaper';
  return data.genre === '讲话' ? 'speech' : 'unknown-venue';
}

export function citationFromFrontmatter(slug: string, data: CitationInput, site: string | URL | undefined): Citation {
  const provenance = provenanceOf(data);
  const authors = data.authors ?? [];
  // A value the site inferred is bracketed here, once, so that every format (GB/T, the English
  // styles, every export and the head metadata) carries the mark with the value.
  const bracket = (value: string, field: FieldProvenance) => (field.status === 'stated' ? value : `[${value}]`);
  const creators: Creator[] = (
    authors.length > 0 ? toCreators(authors) : data.corporateAuthor ? [{ name: data.corporateAuthor.value, corporate: true }] : []
  ).map((creator) => ({ ...creator, name: bracket(creator.name, provenance.authors) }));
  const kind = kindOf(data);
  const date = citationDate(data.date.value, data.date.precision);
  const path = documentPath(slug);

  const unknown: string[] = [];
  if (creators.length === 0) unknown.push('责任者');
  if (kind === 'chapter') {
    if (provenance.place.status === 'unknown') unknown.push('出版地');
    if (provenance.publisher.status === 'unknown') unknown.push('出版者');
    if (provenance.bookYear.status !== 'stated') unknown.push('出版年');
    if (provenance.pages.status === 'unknown') unknown.push('页码');
  } else if (kind === 'newspaper') {
    // The frontmatter has no field for the page (版次): no source so far prints one.
    unknown.push('版次');
  } else {
    unknown.push('刊载处(报刊或出版物)', '出版地', '出版者');
  }

  const commentary = (Object.keys(FIELD_NAMES) as (keyof Provenance)[])
    // The book's year repeats the date's basis when it stands in for it: say it once.
    .filter((field) => !(field === 'bookYear' && provenance.date.status !== 'stated'))
    .map((field) => describe(FIELD_NAMES[field], provenance[field]))
    .filter((text): text is string => text !== undefined);
  if (unknown.length > 0) commentary.push(`原文未载:${unknown.join('、')}`);

  return {
    slug,
    kind,
    genre: data.genre,
    title: data.title,
    titleEn: data.titleEn,
    creators,
    date,
    periodical: data.periodical && bracket(data.periodical.value, provenance.periodical),
    book: data.book && {
      title: data.book.title,
      creators: toCreators(data.book.authors),
      place: data.book.publisherPlace,
      publisher: data.book.publisher,
      year: data.book.year ?? date.year,
      pages: data.book.pages,
      section: data.book.section,
    },
    provenance,
    path,
    url: absoluteUrl(path, site),
    unknown,
    commentary,
  };
}

/** The year a reference prints: the book's for a book section, else the document's. */
export function referenceYear(citation: Citation): { year: string; field: FieldProvenance } {
  return citation.book
    ? { year: citation.book.year, field: citation.provenance.bookYear }
    : { year: citation.date.year, field: citation.provenance.date };
}
