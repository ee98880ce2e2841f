import { describe, expect, it } from 'vitest';
import { documentYear } from '../../src/lib/document-year.ts';

describe('documentYear', () => {
  it('labels a stated year plainly', () => {
    expect(documentYear({ value: '2021-09-01' })).toMatchObject({ year: 2021, status: 'stated', label: '2021年', short: '2021' });
  });
  it('marks an inferred year', () => {
    expect(documentYear({ value: '2023', inferred: true })).toMatchObject({ status: 'inferred', label: '2023年（推断）', short: '[2023]' });
  });
  it('never states a bound as the year', () => {
    expect(documentYear({ value: '2018', inferred: true, bound: 'notBefore' })).toMatchObject({ status: 'bounded', label: '不早于2018年', short: '≥2018' });
    expect(documentYear({ value: '2021-10-15', inferred: true, bound: 'notAfter' })).toMatchObject({ year: 2021, label: '不晚于2021年', short: '≤2021' });
  });
});
