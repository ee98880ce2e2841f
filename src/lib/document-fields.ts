/** A date as precise as the source allows: a year, a month or a day. */
export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Kinds of source text; the citation type (报纸, 专著析出, …) follows from it. */
export const GENRES = ['新闻报道', '年度综述', '讲话', '供稿文章', '著作章节'] as const;
export type Genre = (typeof GENRES)[number];

export type DatePrecision = 'day' | 'month' | 'year';

/** "2021-09-01" → "2021年9月1日", as precise as the precision says. */
export function formatChineseDate(value: string, precision: DatePrecision): string {
  const [year, month, day] = value.split('-');
  if (precision === 'year' || !month) return `${year}年`;
  if (precision === 'month' || !day) return `${year}年${Number(month)}月`;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
