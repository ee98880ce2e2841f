/**
 * Structure of a Chinese report as plain lines: headings in the styles such texts use,
 * bylines, and practices (lead-sentence paragraphs, 一是/二是 items, numbered items).
 * Pure functions over strings; no knowledge of MDX.
 */

import { isCreditLine } from './byline.ts';

const CN_DIGITS = '一二三四五六七八九十百零〇';

/** Numbered heading styles, outermost first. The rank orders them; plain short lines rank 1.5. */
const NUMBERED_STYLES: { pattern: RegExp; rank: number }[] = [
  { pattern: new RegExp(`^第[${CN_DIGITS}\\d]+[章节部分篇编讲](?:\\s|$|[:：、])`), rank: 0 },
  { pattern: /^【[^】]+】$/, rank: 1 },
  { pattern: new RegExp(`^[${CN_DIGITS}]+(?:[、．.]|[ \\t\\u3000]+(?=\\S))`), rank: 1 },
  { pattern: new RegExp(`^[（(][${CN_DIGITS}]+[）)]`), rank: 2 },
  { pattern: /^\d{1,2}(?:[、．]|\.(?!\d))/, rank: 3 },
  { pattern: /^[（(]\d{1,2}[）)]/, rank: 4 },
];
const PLAIN_HEADING_RANK = 1.5;

/** A heading is short: at most this many characters. */
export const HEADING_MAX_LENGTH = 40;
/** A lead sentence (the practice title) is at most this long; 一是-items may run longer. */
export const LEAD_MAX_LENGTH = 30;
export const ITEM_LEAD_MAX_LENGTH = 40;

const NARRATIVE_OPENING = /^(\d{2,4}年|近年来|近几年|多年来|目前|截至)/;
const CLOSING_PUNCTUATION = /[。！？；：，、,.!?;:…—-]$/;
const BYLINE = /^(作者|记者|本报记者|通讯员|来源|编辑|责编|责任编辑|本报讯|撰稿|供稿|文\/|图\/|文图|摄影|审核|校对|发布时间|时间[:：])/;
const FULL_DATE = /(\d{4})(?:-|\/|\.|年)(\d{1,2})(?:-|\/|\.|月)(\d{1,2})日?(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?/;
const LIST_LINE = /^[-*•+]\s/;
const CHARACTER_COUNT = /^\d+字$/;

/** Rank of a numbered heading style the line starts with, if any. */
export function numberedRank(line: string): number | undefined {
  return NUMBERED_STYLES.find(({ pattern }) => pattern.test(line))?.rank;
}

/** A byline, dateline, editor credit, listing line or character count: metadata, never a heading. */
export function isMetadataLine(line: string): boolean {
  return (
    BYLINE.test(line) ||
    isCreditLine(line) ||
    LIST_LINE.test(line) ||
    CHARACTER_COUNT.test(line) ||
    (line.length <= 60 && FULL_DATE.test(line) && !line.includes('。'))
  );
}

/** Short, with Chinese in it, without closing punctuation or a full stop inside, and not a byline. */
export function isHeadingLike(line: string): boolean {
  return (
    /\p{Script=Han}/u.test(line) &&
    line.length <= HEADING_MAX_LENGTH &&
    !CLOSING_PUNCTUATION.test(line) &&
    !line.includes('。') &&
    !isMetadataLine(line)
  );
}

export interface Lead {
  /** The practice title: the lead clause without numbering and final 。. */
  title: string;
  style: 'lead' | 'item' | 'numbered' | 'bracket' | 'items';
}

function balanced(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0 && count(/[（(]/g) === count(/[）)]/g);
}

/**
 * The lead of a practice paragraph: 「抓实党内教育。……」 (a short first clause ending in 。
 * followed by more text), 「一是……。……」, 「1.……。……」, 「（一）……。……」 or 「【……】……」.
 */
export function findLead(line: string): Lead | undefined {
  const bracket = /^【([^】]{1,40})】(.+)$/.exec(line);
  if (bracket?.[1] && bracket[2]?.trim()) return { title: bracket[1].trim(), style: 'bracket' };

  let style: Lead['style'] = 'lead';
  let rest = line;
  const item = new RegExp(`^(?:[${CN_DIGITS}]+是[,，:：]?|(?:首先|其次|再次|最后|第[${CN_DIGITS}]+)[,，:：])`).exec(line);
  const numbered = /^(?:\d{1,2}(?:[、．]|\.(?!\d))|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*/.exec(line);
  if (item) {
    style = 'item';
    rest = line.slice(item[0].length);
  } else if (numbered) {
    style = 'numbered';
    rest = line.slice(numbered[0].length);
  }
  const stop = rest.indexOf('。');
  if (stop < 0) return inlineItems(line);
  const title = rest.slice(0, stop).trim();
  const body = rest.slice(stop + 1).trim();
  const max = style === 'lead' ? LEAD_MAX_LENGTH : ITEM_LEAD_MAX_LENGTH;
  if (title.length < 2 || title.length > max || body.length < 10 || !balanced(title)) return inlineItems(line);
  // Narrative openings are not practice titles: 「2021年,我市……。」, 「事业兴衰,关键在党,关键在人。」
  if (style === 'lead' && (NARRATIVE_OPENING.test(title) || (title.match(/[,，]/g)?.length ?? 0) >= 2)) return inlineItems(line);
  return { title, style };
}

/**
 * A paragraph listing 「……:一是加强……;二是……」 inside itself: one practice, titled by its
 * first item's clause (a source line cannot be split: every line stays whole on the page).
 */
function inlineItems(line: string): Lead | undefined {
  if (!line.includes('二是')) return undefined;
  const first = /一是[,，:：]?([^,，;；。:：]{2,30})[,，;；。]/.exec(line);
  return first?.[1] && balanced(first[1]) ? { title: first[1].trim(), style: 'items' } : undefined;
}

export type Block =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'heading'; text: string; depth: 2 | 3; line: number }
  | { kind: 'lead'; text: string; lead: Lead; depth: 2 | 3 | undefined; line: number };

export interface Structure {
  blocks: Block[];
  /** Index in `blocks` of the title line, when the text has one near its top. */
  titleBlock?: number;
  /** The title: --title, the title line, or else the first heading-like line. */
  title?: string;
  titleBasis: 'option' | 'title-line' | 'first-heading' | 'none';
}

/** How many non-empty lines from the top may hold the title line. */
const TITLE_WINDOW = 3;
/** How many non-empty lines from the top may hold bylines that close the preamble. */
const PREAMBLE_WINDOW = 6;

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Splits text into blocks (one a non-empty line, trimmed). The preamble (title line,
 * deck, bylines) stays plain; after it, heading-like lines become headings (`##`/`###`
 * by their style's rank) and lines with a lead become practice candidates.
 */
export function analyzeStructure(text: string, options: { title?: string } = {}): Structure {
  const lines = text
    .split('\n')
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter(({ text: line }) => line !== '');

  let titleIndex = -1;
  let title = options.title?.trim() || undefined;
  let titleBasis: Structure['titleBasis'] = title ? 'option' : 'none';
  if (title) {
    titleIndex = lines.findIndex(({ text: line }) => squash(line) === squash(title ?? ''));
  } else {
    // The title line opens the text (after any listing lines), or stands right above a byline
    // (a deck may precede it, as in newspaper features).
    const candidate = lines.findIndex(({ text: line }) => isHeadingLike(line));
    const before = lines.slice(0, Math.max(candidate, 0)).filter(({ text: line }) => !isMetadataLine(line)).length;
    const bylineFollows = lines.slice(candidate + 1, candidate + 3).some(({ text: line }) => isMetadataLine(line));
    if (candidate >= 0 && (before === 0 || (before < TITLE_WINDOW && bylineFollows))) {
      titleIndex = candidate;
      title = lines[candidate]?.text;
      titleBasis = 'title-line';
    }
  }
  let preambleEnd = titleIndex;
  lines.slice(0, PREAMBLE_WINDOW).forEach(({ text: line }, index) => {
    if (isMetadataLine(line) && index > preambleEnd && index <= Math.max(titleIndex, 0) + TITLE_WINDOW) preambleEnd = index;
  });

  // Ranks of the headings after the preamble; a run of plain headings nests (主标题 + 副标题).
  const ranks = new Map<number, number>();
  let previousPlain = false;
  lines.forEach(({ text: line }, index) => {
    if (index <= preambleEnd || (title && index > titleIndex && squash(line).startsWith(squash(title)))) {
      previousPlain = false;
      return;
    }
    const numbered = numberedRank(line);
    if (numbered !== undefined && isHeadingLike(line)) {
      ranks.set(index, numbered);
      previousPlain = false;
    } else if (numbered === undefined && isHeadingLike(line)) {
      ranks.set(index, previousPlain ? PLAIN_HEADING_RANK + 1 : PLAIN_HEADING_RANK);
      previousPlain = true;
    } else {
      previousPlain = false;
    }
  });
  const outermost = Math.min(...ranks.values());

  let depth: 2 | 3 | undefined;
  const blocks: Block[] = lines.map(({ text: line, line: number }, index): Block => {
    const rank = ranks.get(index);
    if (rank !== undefined) {
      depth = rank === outermost ? 2 : 3;
      if (!title) {
        title = line;
        titleBasis = 'first-heading';
      }
      return { kind: 'heading', text: line, depth, line: number };
    }
    const lead = index > preambleEnd ? findLead(line) : undefined;
    if (lead) return { kind: 'lead', text: line, lead, depth, line: number };
    return { kind: 'paragraph', text: line, line: number };
  });

  return { blocks, ...(titleIndex >= 0 ? { titleBlock: titleIndex } : {}), ...(title ? { title } : {}), titleBasis };
}

export interface DetectedDate {
  value: string;
  precision: 'day';
  time?: string;
  /** The line it was read from. */
  line: string;
}

/** A full date (and time) printed in a byline or listing line near the top, if any. */
export function detectDate(text: string, lookAhead = 8): DetectedDate | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, lookAhead);
  for (const line of lines) {
    if (!isMetadataLine(line)) continue;
    const match = FULL_DATE.exec(line);
    if (!match) continue;
    const [, year = '', month = '', day = '', time] = match;
    const m = Number(month);
    const d = Number(day);
    if (m < 1 || m > 12 || d < 1 || d > 31) continue;
    const value = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const clock = time ? time.padStart(time.indexOf(':') === 1 ? time.length + 1 : time.length, '0') : undefined;
    return { value, precision: 'day', line, ...(clock ? { time: clock } : {}) };
  }
  return undefined;
}

/** The latest year (19xx/20xx followed by 年) the text mentions, if any. */
export function latestYearMentioned(text: string): string | undefined {
  const years = [...text.matchAll(/((?:19|20)\d{2})年/g)].map((match) => Number(match[1]));
  return years.length ? String(Math.max(...years)) : undefined;
}
