/**
 * GB/T 7714 references, in the 2025 edition (the default since 2026-07-01) and the 2015 edition.
 *
 * - 2025: Chinese entries use full-width "，" "：" between elements and names; an unknown place or
 *   publisher is left out (no [出版地不详]); as in the CTeX gbt7714-2025 styles and the CSL style
 *   china-national-standard-gb-t-7714-2025-numeric.
 * - 2015: ASCII ", " ": "; [出版地不详]: [出版者不详] stand for what the source does not give.
 *
 * Both: information the describer supplies is put in square brackets ([题名] for a title the site
 * wrote, [2018] for an estimated year; a year known only as a bound is [不早于2018] / [不晚于2021]);
 * an online item carries the carrier code /OL, its 引用日期 in brackets and its URL.
 */
import type { FieldProvenance } from '../provenance.ts';
import { referenceYear, type Citation, type Creator } from './model.ts';

export type GbtEdition = '2025' | '2015';

export const GBT_EDITIONS: readonly GbtEdition[] = ['2025', '2015'];

export function gbtLabel(edition: GbtEdition): string {
  return `GB/T 7714—${edition}`;
}

interface Punctuation {
  comma: string;
  colon: string;
  unknownImprint?: string;
}

const PUNCTUATION: Record<GbtEdition, Punctuation> = {
  '2025': { comma: '，', colon: '：' },
  '2015': { comma: ', ', colon: ': ', unknownImprint: '[出版地不详]: [出版者不详]' },
};

/** Type codes (文献类型标识) by what the source is. */
const TYPE_CODES: Record<Citation['kind'], string> = { newspaper: 'N', chapter: 'M', speech: 'Z', 'unknown-venue': 'Z' };

/** Stands where the 引用日期 goes until the page's script fills in today's date. */
export const ACCESSED_PLACEHOLDER = '引用日期';

/** A value the describer supplied or inferred goes in square brackets. */
function marked(value: string, field: FieldProvenance): string {
  return field.status === 'stated' ? value : `[${value}]`;
}

/** The year as the standard allows: 2021, [2018] (estimated), [不早于2018] (only a bound). */
export function gbtYear(year: string, field: FieldProvenance): string {
  if (field.status === 'bounded') return `[${field.bound === 'notBefore' ? '不早于' : '不晚于'}${year}]`;
  return marked(year, field);
}

/** Up to three names, then "等". */
export function gbtCreators(creators: Creator[], edition: GbtEdition): string {
  const { comma } = PUNCTUATION[edition];
  const names = creators.slice(0, 3).map((creator) => creator.name);
  return creators.length > 3 ? `${names.join(comma)}${comma}等` : names.join(comma);
}

/** "责任者. ", or nothing: with no 责任者 the reference starts with the title. Inferred names come bracketed from the model. */
function authorPart(creators: Creator[], edition: GbtEdition): string {
  return creators.length > 0 ? `${gbtCreators(creators, edition)}. ` : '';
}

export interface OnlineAccess {
  /** The page's URL (absolute, or with an origin the browser fills in). */
  url: string;
  /** YYYY-MM-DD, or ACCESSED_PLACEHOLDER. */
  accessed: string;
}

/**
 * The reference. Without `online`: the original source as published (print form, no URL).
 * With it: the text as read on this site, with /OL, the 引用日期 and the URL.
 */
export function gbtReference(citation: Citation, edition: GbtEdition = '2025', online?: OnlineAccess): string {
  const { comma, colon, unknownImprint } = PUNCTUATION[edition];
  const { provenance } = citation;
  const typeCode = `[${TYPE_CODES[citation.kind]}${online ? '/OL' : ''}]`;
  const head = `${authorPart(citation.creators, edition)}${marked(citation.title, provenance.title)}${typeCode}`;
  const accessed = online ? `[${online.accessed}]` : '';
  const tail = online ? ` ${online.url}.` : '';
  const { year, field } = referenceYear(citation);
  switch (citation.kind) {
    case 'newspaper': {
      // 报纸: 日期 as YYYY-MM-DD; (版次) is left out because no source gives it.
      const date = provenance.date.status === 'stated' ? citation.date.iso : gbtYear(year, field);
      return `${head}. ${citation.periodical ?? ''}${comma}${date}${accessed}.${tail}`;
    }
    case 'chapter': {
      const book = citation.book;
      if (!book) throw new Error(`${citation.slug}: kind "chapter" without book`);
      const place = book.place ?? '';
      const publisher = book.publisher ?? '';
      const imprint =
        place && publisher ? `${place}${colon}${publisher}` : place || publisher || (unknownImprint ?? '');
      const pages = book.pages ? `${colon}${book.pages}` : '';
      const bookAuthors = authorPart(book.creators, edition);
      const dated = `${gbtYear(year, field)}${pages}${accessed}`;
      return `${head}//${bookAuthors}${book.title}. ${imprint ? `${imprint}${comma}` : ''}${dated}.${tail}`;
    }
    case 'speech':
    case 'unknown-venue': {
      const imprint = unknownImprint ? `${unknownImprint}${comma}` : '';
      return `${head}. ${imprint}${gbtYear(year, field)}${accessed}.${tail}`;
    }
  }
}

export interface PassageLocation {
  id: string;
  title: string;
  /** The source heading the passage stands under, if any. */
  section?: string | undefined;
}

/** Where the passage is, on its own line after the reference (the standard has no element for it). */
export function passageLocation(passage: PassageLocation): string {
  // A passage that is a whole section repeats the section's heading as its title: name it once.
  const path = passage.section && passage.section !== passage.title ? `${passage.section} › ${passage.title}` : passage.title;
  return `位置:${path}`;
}

/** One passage: the online reference pointing at the passage's anchor, then its location. */
export function gbtPassage(
  citation: Citation,
  passage: PassageLocation,
  origin: string,
  accessed: string,
  edition: GbtEdition = '2025',
): string {
  const url = `${origin}${citation.path}#${passage.id}`;
  return `${gbtReference(citation, edition, { url, accessed })}\n${passageLocation(passage)}`;
}
