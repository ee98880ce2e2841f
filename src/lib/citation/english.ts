/**
 * APA 7, Chicago (author-date, 17th ed.) and MLA 9 references for readers writing in English.
 * Chinese names are given in pinyin with the characters; titles stay in Chinese with the entry's
 * English gloss in brackets. The original is described as published; this site is named as where
 * the text was read (never given as the original's URL). Plain text: italics are lost when pasted.
 *
 * Non-stated values: APA "ca. 2018" / "n.d.", Chicago "[2018?]" / "n.d. [not before 2018]",
 * MLA "c. 2018" (a bound is left out); a title the site wrote stands in square brackets as a
 * description, which all three styles prescribe for untitled works.
 */
import type { FieldProvenance } from '../provenance.ts';
import { SITE_NAME } from '../site.ts';
import { referenceYear, type Citation, type Creator } from './model.ts';
import type { OnlineAccess } from './gbt7714.ts';
import { formatAccessed, formatDateParts } from './tokens.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function splitPinyin(pinyin: string): { family: string; given: string } {
  const [family = '', ...given] = pinyin.trim().split(/\s+/);
  return { family, given: given.join(' ') };
}

/** "Liu, Z. [刘振江]"; organisations and names without pinyin as written. */
function apaName(creator: Creator): string {
  if (creator.corporate || !creator.pinyin) return creator.name;
  const { family, given } = splitPinyin(creator.pinyin);
  const initials = given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]?.toUpperCase()}.`)
    .join(given.includes('-') ? '-' : ' ');
  return `${family}, ${initials} [${creator.name}]`;
}

/** Chinese names keep family-name-first order, so they are never inverted: "Liu Zhenjiang 刘振江". */
function fullName(creator: Creator): string {
  return creator.corporate || !creator.pinyin ? creator.name : `${creator.pinyin} ${creator.name}`;
}

function series(names: string[], and: string): string {
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]}${and === '&' ? ', &' : ` ${and}`} ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, ${and} ${names.at(-1)}`;
}

/** MLA: one name, two names joined by "and", three or more as the first "et al.". */
function mlaCreators(creators: Creator[]): string {
  const names = creators.map(fullName);
  if (names.length >= 3) return `${names[0]}, et al.`;
  // Chinese names are not inverted, so two names need no comma before "and".
  return names.join(' and ');
}

/** A sentence ends with one period, even after an initial ("Z."), "al." or a closing bracket. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? `${text} ` : `${text}. `;
}

/** A title the site wrote is a bracketed description in all three styles. */
function titleText(citation: Citation, quote: boolean): string {
  if (citation.provenance.title.status !== 'stated') return `[${citation.title}]`;
  return quote ? `“${citation.title}”` : citation.title;
}

function gloss(citation: Citation): string {
  return citation.titleEn ? ` [${citation.titleEn}]` : '';
}

/**
 * The title element closed by a period: inside the closing quote when the quoted title ends it
 * (American punctuation, as Chicago and MLA require), after the gloss otherwise.
 */
function quotedTitle(citation: Citation): string {
  const title = titleText(citation, true);
  if (citation.titleEn) return `${title}${gloss(citation)}.`;
  return title.endsWith('”') ? `${title.slice(0, -1)}.”` : `${title}.`;
}

function longDate(parts: number[]): string {
  return formatDateParts(parts, 'long');
}

const BOUND_EN = { notBefore: 'not before', notAfter: 'not after' } as const;

function boundText(year: string, field: FieldProvenance): string {
  return `${BOUND_EN[field.bound ?? 'notBefore']} ${year}`;
}

/** APA describes a work that is not an article or book in brackets after the title. */
const APA_DESCRIPTIONS: Partial<Record<Citation['kind'], string>> = { speech: 'Speech transcript' };

function apaDate(citation: Citation): string {
  const { year, field } = referenceYear(citation);
  if (field.status === 'inferred') return `(ca. ${year})`;
  if (field.status !== 'stated') return '(n.d.)';
  if (citation.book) return `(${year})`;
  const [y, month, day] = citation.date.parts;
  if (month === undefined) return `(${y})`;
  return `(${y}, ${MONTHS[month - 1]}${day === undefined ? '' : ` ${day}`})`;
}

function apaOnline(online: OnlineAccess | undefined): string {
  if (!online) return '';
  return `Reproduced in ${SITE_NAME}. Retrieved ${formatAccessed(online.accessed, 'long')}, from ${online.url}`;
}

/**
 * APA 7. A section of an authored book is cited as the book (APA 10.3); the section is named in
 * the text, so the reference gives the book's authors, year, title and publisher.
 */
export function apaReference(citation: Citation, online?: OnlineAccess): string {
  const book = citation.book;
  const creators = book ? book.creators : citation.creators;
  const author = creators.length > 0 ? sentence(series(creators.map(apaName), '&')) : '';
  const date = sentence(apaDate(citation));
  // APA 9.12: a work with no author is listed by its title, the date after it.
  const lead = (title: string) => (author ? `${author}${date}${sentence(title)}` : `${sentence(title)}${date}`);
  if (book) {
    const publisher = book.publisher ? sentence(book.publisher) : '';
    return `${lead(book.title)}${publisher}${apaOnline(online)}`.trim();
  }
  const description = APA_DESCRIPTIONS[citation.kind];
  const title = `${titleText(citation, false)}${gloss(citation)}${description ? ` [${description}]` : ''}`;
  const periodical = citation.kind === 'newspaper' && citation.periodical ? sentence(citation.periodical) : '';
  return `${lead(title)}${periodical}${apaOnline(online)}`.trim();
}

function chicagoYear(citation: Citation): string {
  const { year, field } = referenceYear(citation);
  if (field.status === 'inferred') return `[${year}?]`;
  if (field.status === 'bounded') return `n.d. [${boundText(year, field)}]`;
  if (field.status !== 'stated') return 'n.d.';
  return year;
}

function chicagoOnline(online: OnlineAccess | undefined): string {
  return online ? ` Reproduced in ${SITE_NAME}, accessed ${formatAccessed(online.accessed, 'long')}. ${online.url}.` : '';
}

/** Chicago author-date, with curly quotes around article and chapter titles. */
export function chicagoReference(citation: Citation, online?: OnlineAccess): string {
  const year = sentence(chicagoYear(citation));
  const title = quotedTitle(citation);
  // Chicago 15.32: a work with no author is listed by its title, the year after it.
  const lead =
    citation.creators.length > 0 ? `${sentence(series(citation.creators.map(fullName), 'and'))}${year}${title}` : `${title} ${year.trimEnd()}`;
  let source = '';
  if (citation.kind === 'newspaper') {
    const date = citation.provenance.date.status === 'stated' ? `, ${longDate(citation.date.parts)}` : '';
    source = ` ${citation.periodical}${date}.`;
  } else if (citation.kind === 'chapter' && citation.book) {
    const { book } = citation;
    const pages = book.pages ? `, ${book.pages}` : '';
    const imprint = [book.place, book.publisher].filter(Boolean).join(': ');
    source = ` In ${book.title}${pages}.${imprint ? ` ${imprint}.` : ''}`;
  } else if (citation.kind === 'speech') {
    source = ' Speech.';
  }
  return `${lead}${source}${chicagoOnline(online)}`;
}

function mlaDateText(citation: Citation): string | undefined {
  const { year, field } = referenceYear(citation);
  if (field.status === 'inferred') return `c. ${year}`;
  if (field.status !== 'stated') return undefined;
  return citation.book ? year : formatDateParts(citation.date.parts, 'mla');
}

/**
 * MLA 9: the original is the first container (newspaper or book), this site the second
 * (where the text was read), followed by the access date.
 */
export function mlaReference(citation: Citation, online?: OnlineAccess): string {
  const author = citation.creators.length > 0 ? sentence(mlaCreators(citation.creators)) : '';
  const title = quotedTitle(citation);
  const date = mlaDateText(citation);
  const container =
    citation.kind === 'newspaper'
      ? [citation.periodical, date]
      : citation.book
        ? [citation.book.title, citation.book.publisher, date, citation.book.pages ? `pp. ${citation.book.pages}` : undefined]
        : [citation.kind === 'speech' ? 'Speech' : undefined, date];
  const first = container.filter((part): part is string => Boolean(part)).join(', ');
  const second = online ? ` ${SITE_NAME}, ${online.url}. Accessed ${formatAccessed(online.accessed, 'mla')}.` : '';
  return `${author}${title}${first ? ` ${first}.` : ''}${second}`;
}
