/**
 * APA 7 and Chicago author-date references for readers writing in English. Chinese names are
 * given in pinyin with the characters; titles stay in Chinese with the entry's English gloss
 * in brackets. Plain text: italics are lost when pasted anyway.
 */
import type { Citation, Creator } from './model.ts';

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
function chicagoName(creator: Creator): string {
  return creator.corporate || !creator.pinyin ? creator.name : `${creator.pinyin} ${creator.name}`;
}

function apaCreators(creators: Creator[]): string {
  const names = creators.map(apaName);
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]}, & ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

function chicagoCreators(creators: Creator[]): string {
  const names = creators.map(chicagoName);
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** A sentence ends with one period, even after an initial ("Z.") or a closing bracket. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? `${text} ` : `${text}. `;
}

function gloss(citation: Citation): string {
  return citation.titleEn ? ` [${citation.titleEn}]` : '';
}

/** APA describes a work that is not an article or book in brackets after the title. */
const APA_DESCRIPTIONS: Partial<Record<Citation['genre'], string>> = { 讲话: 'Speech transcript' };

function apaDate(citation: Citation): string {
  const { date } = citation;
  if (date.inferred) return `(ca. ${date.year})`;
  const [year, month, day] = date.parts;
  if (month === undefined) return `(${year})`;
  return `(${year}, ${MONTHS[month - 1]}${day === undefined ? '' : ` ${day}`})`;
}

function longDate(parts: number[]): string {
  const [year, month, day] = parts;
  if (month === undefined) return String(year);
  return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

export function apaSource(citation: Citation): string {
  const author = citation.creators.length > 0 ? sentence(apaCreators(citation.creators)) : '';
  const description = APA_DESCRIPTIONS[citation.genre];
  const title = `${citation.title}${gloss(citation)}${description ? ` [${description}]` : ''}`;
  const lead = `${author}${sentence(apaDate(citation))}${sentence(title)}`;
  switch (citation.kind) {
    case 'newspaper':
      return `${lead}${sentence(citation.periodical ?? '')}${citation.url}`;
    case 'chapter': {
      const book = citation.book;
      const pages = book?.pages ? ` (pp. ${book.pages})` : '';
      const publisher = book?.publisher ? ` ${sentence(book.publisher).trim()}` : '';
      return `${lead}In ${book?.title}${pages}.${publisher} ${citation.url}`;
    }
    case 'unknown-venue':
      return `${lead}${citation.url}`;
  }
}

export function chicagoSource(citation: Citation): string {
  const { date } = citation;
  const author = citation.creators.length > 0 ? sentence(chicagoCreators(citation.creators)) : '';
  const year = date.inferred ? `[${date.year}]` : date.year;
  const lead = `${author}${year}. "${citation.title}"${gloss(citation)}. `;
  switch (citation.kind) {
    case 'newspaper':
      return `${lead}${citation.periodical}, ${longDate(date.parts)}. ${citation.url}.`;
    case 'chapter': {
      const book = citation.book;
      const pages = book?.pages ? `, ${book.pages}` : '';
      const imprint = [book?.place, book?.publisher].filter(Boolean).join(': ');
      return `${lead}In ${book?.title}${pages}.${imprint ? ` ${imprint}.` : ''} ${citation.url}.`;
    }
    case 'unknown-venue':
      return `${lead}${citation.url}.`;
  }
}
