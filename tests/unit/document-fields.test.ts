import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, fieldLabel, formatChineseDate, yearOf } from '../../src/lib/document-fields.ts';

describe('document fields', () => {
  it('formats a date only as precisely as its precision says', () => {
    expect(formatChineseDate('2021-09-01', 'day')).toBe('2021年9月1日');
    expect(formatChineseDate('2021-09-01', 'month')).toBe('2021年9月');
    expect(formatChineseDate('2021-09', 'day')).toBe('2021年9月');
    expect(formatChineseDate('2018', 'year')).toBe('2018年');
    expect(yearOf('2023-01')).toBe(2023);
  });

  it('accepts years, months and days and rejects malformed dates', () => {
    for (const ok of ['2018', '2021-09', '2021-09-01']) expect(DATE_PATTERN.test(ok)).toBe(true);
    for (const bad of ['18', '2021-13', '2021-9-1', '2021-09-32', '2021/09/01']) expect(DATE_PATTERN.test(bad)).toBe(false);
  });

  it('labels note fields in Chinese and shows unknown fields as written', () => {
    expect(fieldLabel('period')).toBe('所涉时期');
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
  });
});
