/**
 * A document's year as the site may state it. Pages, tables, exports and search all label a year
 * through this one function, so a year that is inferred or only a bound never reads as stated.
 * The status comes from the provenance model (src/lib/provenance.ts), which every citation
 * format reads too.
 */
import { formatChineseDate, yearOf, type DatePrecision } from './document-fields.ts';
import { dateProvenance } from './provenance.ts';

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
  /** Chinese label for running text: 2021年, 2018年（推断）, 不早于2018年, 不晚于2021年. */
  label: string;
  /** Compact form for table cells and CSV: 2021, [2018], ≥2018, ≤2021. */
  short: string;
}

const BOUND_WORDS = { notBefore: '不早于', notAfter: '不晚于' } as const;

export function documentYear(date: DocumentDate): DocumentYear {
  const year = yearOf(date.value);
  const provenance = dateProvenance(date);
  if (provenance.status === 'bounded' && provenance.bound) {
    const notBefore = provenance.bound === 'notBefore';
    return {
      year,
      status: 'bounded',
      bound: provenance.bound,
      label: `${BOUND_WORDS[provenance.bound]}${year}年`,
      short: `${notBefore ? '≥' : '≤'}${year}`,
    };
  }
  if (provenance.status === 'inferred') return { year, status: 'inferred', label: `${year}年（推断）`, short: `[${year}]` };
  return { year, status: 'stated', label: `${year}年`, short: String(year) };
}

/** The full date for a metadata panel or card: 2021年9月1日, 不晚于2021年10月15日 (a bound keeps its words). */
export function documentDateLabel(date: DocumentDate & { precision: DatePrecision }): string {
  const formatted = formatChineseDate(date.value, date.precision);
  return date.bound ? `${BOUND_WORDS[date.bound]}${formatted}` : formatted;
}
