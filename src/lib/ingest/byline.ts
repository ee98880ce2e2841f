/**
 * Bylines and credit lines of a report, read into fields: 「时间:2010-05-12 来源:《党建研究》
 * 作者:王明 李华」 gives the date, the outlet and two authors; 「(编辑 周明)」 an editor;
 * 「通讯员 汪西平 石为径」 two correspondents. Names get pinyin, family name first.
 */
import { pinyin } from 'pinyin-pro';

export interface Credit {
  name: string;
  pinyin: string;
  role: string;
}

export interface Byline {
  authors: Credit[];
  contributors: Credit[];
  periodical?: string;
  /** Text after 时间/日期 labels, for the date detector. */
  dateText?: string;
}

const LABEL = /(发布时间|时间|日期|作者|本报记者|记者|通讯员|来源|责任编辑|责编|编辑)\s*[:：]?\s*/g;
const AUTHOR_ROLES: Record<string, string> = { 作者: '作者', 本报记者: '记者', 记者: '记者', 通讯员: '通讯员' };
const EDITOR_ROLES: Record<string, string> = { 责任编辑: '责编', 责编: '责编', 编辑: '编辑' };
/** A person's name: 2–4 Han characters (a middle dot for transliterated names). */
const NAME = /^\p{Script=Han}{2,4}(?:·\p{Script=Han}{1,6})?$/u;

/** "刘振江" → "Liu Zhenjiang": family name (the first character) first, capitalised. */
export function namePinyin(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', mode: 'surname', v: true });
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const [family = '', ...given] = syllables;
  return [capital(family), capital(given.join(''))].filter(Boolean).join(' ');
}

function names(value: string): string[] {
  return value
    .replace(/[（(）)]/g, ' ')
    .split(/[\s、,，;；/]+/)
    .filter((part) => NAME.test(part));
}

/** Reads the credits in one line; an empty result when it has none. */
export function readByline(line: string): Byline {
  const text = line.trim().replace(/^[（(]/, '').replace(/[）)]$/, '');
  const labels = [...text.matchAll(LABEL)];
  const byline: Byline = { authors: [], contributors: [] };
  // Labels must open the line: 「记者」 inside a sentence is not a credit.
  if (labels[0]?.index !== 0) return byline;
  labels.forEach((match, index) => {
    const label = match[1] ?? '';
    const start = (match.index ?? 0) + match[0].length;
    const value = text.slice(start, labels[index + 1]?.index ?? text.length).trim();
    const authorRole = AUTHOR_ROLES[label];
    const editorRole = EDITOR_ROLES[label];
    if (authorRole) byline.authors.push(...names(value).map((name) => ({ name, pinyin: namePinyin(name), role: authorRole })));
    else if (editorRole) byline.contributors.push(...names(value).map((name) => ({ name, pinyin: namePinyin(name), role: editorRole })));
    else if (label === '来源' && value) {
      // 「《党建研究》」 → its title; 「枣庄日报全媒体 2021-09-01 14:26:56」 → up to the date.
      byline.periodical = /《([^》]+)》/.exec(value)?.[1] ?? value.split(/\s+(?=\d)/)[0]?.trim();
    }
    else if (value) byline.dateText = value;
  });
  return byline;
}

/** A line that is only credits (labels at its start, possibly in brackets). */
export function isCreditLine(line: string): boolean {
  const byline = readByline(line);
  return byline.authors.length + byline.contributors.length > 0 || byline.periodical !== undefined || byline.dateText !== undefined;
}

/** The credits of several lines together, without repeating a person in the same role. */
export function mergeBylines(bylines: readonly Byline[]): Byline {
  const merged: Byline = { authors: [], contributors: [] };
  const add = (list: Credit[], credit: Credit) => {
    if (!list.some((other) => other.name === credit.name)) list.push(credit);
  };
  for (const byline of bylines) {
    byline.authors.forEach((credit) => add(merged.authors, credit));
    byline.contributors.forEach((credit) => add(merged.contributors, credit));
    merged.periodical ??= byline.periodical;
    merged.dateText ??= byline.dateText;
  }
  return merged;
}
