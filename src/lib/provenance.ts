/**
 * Where each value a reference uses comes from. Every output (pages, GB/T 7714, APA, Chicago, MLA,
 * BibTeX, RIS, EndNote, NoteExpress, CSL-JSON, head metadata) reads these statuses, so a value the
 * source does not state is never rendered as if it did.
 *
 * - stated: printed in the source;
 * - inferred: the site's reading of the text (with its basis);
 * - supplied: written by the site (e.g. a title for a text that has none);
 * - bounded: only a limit is known (not before / not after a year);
 * - unknown: the source does not give it.
 */
export type FieldStatus = 'stated' | 'inferred' | 'supplied' | 'bounded' | 'unknown';

export type Bound = 'notBefore' | 'notAfter';

export interface FieldProvenance {
  status: FieldStatus;
  /** Why the site believes it (inferred, supplied, bounded). */
  basis?: string | undefined;
  bound?: Bound | undefined;
}

/** The fields a reference is made of, in the order the provenance table lists them. */
export const REFERENCE_FIELDS = [
  'title',
  'authors',
  'date',
  'periodical',
  'publisher',
  'place',
  'bookTitle',
  'bookAuthors',
  'bookYear',
  'pages',
] as const;

export type ReferenceField = (typeof REFERENCE_FIELDS)[number];

export type Provenance = Record<ReferenceField, FieldProvenance>;

export interface DateInput {
  value: string;
  inferred?: boolean | undefined;
  bound?: Bound | undefined;
  basis?: string | undefined;
}

interface Inferrable {
  value: string;
  inferred?: boolean | undefined;
  basis?: string | undefined;
}

/** The frontmatter fields provenance reads; a documents collection entry's data fits it. */
export interface ProvenanceInput {
  title: string;
  /** `supplied` when the site wrote the title (the source has none). Default: stated. */
  titleStatus?: 'stated' | 'supplied' | undefined;
  date: DateInput;
  authors?: { name: string }[] | undefined;
  corporateAuthor?: Inferrable | undefined;
  periodical?: Inferrable | undefined;
  publisher?: Inferrable | undefined;
  book?:
    | {
        title: string;
        authors: { name: string }[];
        publisher?: string | undefined;
        publisherPlace?: string | undefined;
        year?: string | undefined;
        pages?: string | undefined;
      }
    | undefined;
  notes?: { field: string; text: string }[] | undefined;
}

const STATED: FieldProvenance = { status: 'stated' };
const UNKNOWN: FieldProvenance = { status: 'unknown' };

export function isStated(field: FieldProvenance): boolean {
  return field.status === 'stated';
}

/** A date's status: a bound wins over "inferred", since a bound is all the text allows. */
export function dateProvenance(date: DateInput): FieldProvenance {
  if (date.bound) return { status: 'bounded', bound: date.bound, basis: date.basis };
  if (date.inferred) return { status: 'inferred', basis: date.basis };
  return STATED;
}

function inferrable(value: Inferrable | undefined): FieldProvenance {
  if (!value) return UNKNOWN;
  return value.inferred ? { status: 'inferred', basis: value.basis } : STATED;
}

function present(value: unknown): FieldProvenance {
  return value === undefined || value === '' ? UNKNOWN : STATED;
}

function note(data: ProvenanceInput, field: string): string | undefined {
  return data.notes?.find((entry) => entry.field === field)?.text;
}

export function provenanceOf(data: ProvenanceInput): Provenance {
  const date = dateProvenance(data.date);
  const authors: FieldProvenance =
    (data.authors ?? []).length > 0 ? STATED : data.corporateAuthor ? inferrable(data.corporateAuthor) : UNKNOWN;
  const { book } = data;
  // A book without its own year: the document's date is the only evidence, so the book's year is
  // at best what that date is (a listing time bounds it), and never stated.
  const bookYear: FieldProvenance = !book
    ? UNKNOWN
    : book.year
      ? STATED
      : date.status === 'stated'
        ? { status: 'inferred', basis: '图书未载出版年,以文献日期的年份代替' }
        : { ...date, basis: note(data, 'date') ?? date.basis };
  return {
    title: data.titleStatus === 'supplied' ? { status: 'supplied', basis: note(data, 'title') } : STATED,
    authors,
    date,
    periodical: inferrable(data.periodical),
    publisher: book ? present(book.publisher) : inferrable(data.publisher),
    place: book ? present(book.publisherPlace) : UNKNOWN,
    bookTitle: book ? STATED : UNKNOWN,
    bookAuthors: book && book.authors.length > 0 ? STATED : UNKNOWN,
    bookYear,
    pages: book ? present(book.pages) : UNKNOWN,
  };
}

/** Chinese label for a non-stated value, as pages show it next to the value. */
export function statusLabel(field: FieldProvenance): string | undefined {
  switch (field.status) {
    case 'stated':
    case 'unknown':
      return undefined;
    case 'inferred':
      return '推断';
    case 'supplied':
      return '本站拟';
    case 'bounded':
      return field.bound === 'notBefore' ? '下限' : '上限';
  }
}

/**
 * A document's title for running text and lists: a title the site supplied (the source has none)
 * stands in square brackets, as GB/T 7714 marks information the describer supplies.
 */
export function titleText(data: { title: string; titleStatus?: 'stated' | 'supplied' | undefined }): string {
  return data.titleStatus === 'supplied' ? `[${data.title}]` : data.title;
}
