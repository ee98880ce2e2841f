/**
 * What a citation is made of, read from a document's frontmatter (src/content.config.ts).
 * Shared by the GB/T 7714, APA and Chicago formatters, the BibTeX/RIS/CSL-JSON exports and
 * the page metadata, so every format states the same facts and the same unknowns.
 */
import type { DatePrecision, Genre } from '../document-fields.ts';

export interface CitationPerson {
  name: string;
  /** Family name first: "Liu Zhenjiang". */
  pinyin?: string | undefined;
  role?: string | undefined;
}

export interface InferrableValue {
  value: string;
  inferred?: boolean | undefined;
  basis?: string | undefined;
}

/** The frontmatter fields citations use; a documents collection entry's data fits it. */
export interface CitationInput {
  title: string;
  titleEn?: string | undefined;
  date: { value: string; precision: DatePrecision; inferred?: boolean | undefined; basis?: string | undefined };
  authors?: CitationPerson[] | undefined;
  corporateAuthor?: InferrableValue | undefined;
  publisher?: InferrableValue | undefined;
  periodical?: InferrableValue | undefined;
  book?:
    | {
        title: string;
        authors: CitationPerson[];
        publisher?: string | undefined;
        publisherPlace?: string | undefined;
        year?: string | undefined;
        pages?: string | undefined;
      }
    | undefined;
  genre: Genre;
}

/**
 * How the source was published, as far as the text tells:
 * - newspaper: an article in a named newspaper or outlet (GB/T 7714 [N]);
 * - chapter: a section of a named book (GB/T 7714 [M], 析出文献);
 * - unknown-venue: the text names no venue (speech, 供稿文章, unnamed paper): GB/T 7714 [Z].
 */
export type SourceKind = 'newspaper' | 'chapter' | 'unknown-venue';

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
  /** The text does not state it; formats that allow it mark it ([2018], ca. 2018, circa). */
  inferred: boolean;
}

export interface Citation {
  slug: string;
  kind: SourceKind;
  genre: Genre;
  title: string;
  titleEn?: string | undefined;
  creators: Creator[];
  date: CitationDate;
  /** Newspaper or outlet, for kind "newspaper". */
  periodical?: string | undefined;
  book?:
    | {
        title: string;
        creators: Creator[];
        place?: string | undefined;
        publisher?: string | undefined;
        /** Publication year; falls back to the document date (then marked inferred when that is). */
        year: string;
        yearInferred: boolean;
        pages?: string | undefined;
      }
    | undefined;
  /** Canonical URL of this site's page for the document. */
  url: string;
  /** Elements a full reference would carry that the source does not give, in Chinese, for the panel. */
  unknown: string[];
  /** Inferred elements with the reason, in Chinese, for the panel and the export notes. */
  inferences: string[];
}

function toCreators(people: CitationPerson[]): Creator[] {
  return people.map((person) => ({ name: person.name, pinyin: person.pinyin, corporate: false }));
}

export function citationDate(value: string, precision: DatePrecision, inferred: boolean): CitationDate {
  const parts = value.split('-').map(Number);
  const kept = precision === 'year' ? 1 : precision === 'month' ? 2 : 3;
  const used = parts.slice(0, kept);
  return {
    year: value.slice(0, 4),
    iso: value.split('-').slice(0, kept).join('-'),
    parts: used,
    inferred,
  };
}

/** Site page URL for a document slug: `/documents/<slug>/`, matching the routes. */
export function documentUrl(siteUrl: string | URL, slug: string): string {
  return new URL(`/documents/${slug}/`, siteUrl).href;
}

export function citationFromFrontmatter(slug: string, data: CitationInput, siteUrl: string | URL): Citation {
  const authors = data.authors ?? [];
  const creators: Creator[] =
    authors.length > 0
      ? toCreators(authors)
      : data.corporateAuthor
        ? [{ name: data.corporateAuthor.value, corporate: true }]
        : [];
  const kind: SourceKind = data.book ? 'chapter' : data.periodical ? 'newspaper' : 'unknown-venue';
  const date = citationDate(data.date.value, data.date.precision, data.date.inferred ?? false);
  const unknown: string[] = [];
  const inferences: string[] = [];
  if (date.inferred) inferences.push(`日期为推断${data.date.basis ? `:${data.date.basis}` : ''}`);
  if (data.corporateAuthor?.inferred) inferences.push(`责任者为推断${data.corporateAuthor.basis ? `:${data.corporateAuthor.basis}` : ''}`);
  if (creators.length === 0) unknown.push('责任者');

  let book: Citation['book'];
  if (data.book) {
    book = {
      title: data.book.title,
      creators: toCreators(data.book.authors),
      place: data.book.publisherPlace,
      publisher: data.book.publisher,
      year: data.book.year ?? date.year,
      yearInferred: data.book.year ? false : date.inferred,
      pages: data.book.pages,
    };
    if (!book.place) unknown.push('出版地');
    if (!book.publisher) unknown.push('出版者');
    if (!data.book.year) unknown.push(date.inferred ? '出版年(以推断的日期年份代替,置于方括号内)' : '出版年(以文献日期的年份代替)');
    if (!book.pages) unknown.push('页码');
  } else if (kind === 'newspaper') {
    // The frontmatter has no field for the page (版次): no source so far prints one.
    unknown.push('版次');
    if (data.periodical?.inferred) inferences.push(`报纸名为推断${data.periodical.basis ? `:${data.periodical.basis}` : ''}`);
  } else {
    unknown.push('刊载处(报刊或出版物)', '出版地', '出版者');
  }

  return {
    slug,
    kind,
    genre: data.genre,
    title: data.title,
    titleEn: data.titleEn,
    creators,
    date,
    periodical: data.periodical?.value,
    book,
    url: documentUrl(siteUrl, slug),
    unknown,
    inferences,
  };
}
