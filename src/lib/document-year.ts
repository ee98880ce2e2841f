/**
 * A document's year as the site may state it. Pages, tables, exports and search all label a year
 * through this one function, so a year that is inferred or only a bound never reads as stated.
 * (The citation formats render the same statuses by their own rules.)
 */
import { yearOf } from './document-fields.ts';

export type YearStatus = 'stated' | 'inferred' | 'bounded';

export interface DocumentDate {
  value: string;
  inferred?: boolean;
  /** The value is only a limit: the text dates itself no earlier (notBefore) or no later (notAfter). */
  bound?: 'notBefore' | 'notAfter';
}

export interface DocumentYear {
  /** For sorting and grouping; for a bound, the bound itself. */
  year: number;
  status: YearStatus;
  bound?: 'notBefore' | 'notAfter';
  /** Chinese label for running text: 2021年, 2018年(推断), 不早于2018年, 不晚于2021年. */
  label: string;
  /** Compact form for table cells and CSV: 2021, [2018], ≥2018, ≤2021. */
  short: string;
}

export function documentYear(date: DocumentDate): DocumentYear {
  const year = yearOf(date.value);
  if (date.bound) {
    const notBefore = date.bound === 'notBefore';
    return {
      year,
      status: 'bounded',
      bound: date.bound,
      label: `${notBefore ? '不早于' : '不晚于'}${year}年`,
      short: `${notBefore ? '≥' : '≤'}${year}`,
    };
  }
  if (date.inferred) return { year, status: 'inferred', label: `${year}年(推断)`, short: `[${year}]` };
  return { year, status: 'stated', label: `${year}年`, short: String(year) };
}
