/**
 * Dates written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exist on the calendar: year 0001 or
 * later, month 01–12, and a day the month has (2021-02-29 and 2021-02-31 do not exist).
 * DATE_PATTERN alone accepts `0000` and `2021-02-31`.
 */
import { DATE_PATTERN } from './document-fields.ts';

/** Why `value` is not a real calendar date, in Chinese, or undefined when it is one. */
export function calendarDateProblem(value: string): string | undefined {
  if (!DATE_PATTERN.test(value)) return `"${value}" 须写作 YYYY、YYYY-MM 或 YYYY-MM-DD`;
  const [year = 0, month, day] = value.split('-').map(Number);
  if (year < 1) return `"${value}" 的年份 ${String(year).padStart(4, '0')} 不存在`;
  if (month !== undefined && day !== undefined) {
    // Day 0 of the next month is the month's last day; setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
    const date = new Date(0);
    date.setUTCFullYear(year, month, 0);
    const last = date.getUTCDate();
    if (day > last) return `"${value}" 不存在:${year} 年 ${month} 月只有 ${last} 天`;
  }
  return undefined;
}

export function isCalendarDate(value: string): boolean {
  return calendarDateProblem(value) === undefined;
}
