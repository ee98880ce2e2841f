import { describe, expect, it } from 'vitest';
import { dateProvenance, provenanceOf, statusLabel } from '../../src/lib/provenance.ts';

const base = { title: '题', date: { value: '2021-09-01' } };

describe('provenanceOf', () => {
  it('states what the source prints and marks everything else', () => {
    const p = provenanceOf({ ...base, authors: [{ name: '甲' }], periodical: { value: '某报' } });
    expect(p.title.status).toBe('stated');
    expect(p.authors.status).toBe('stated');
    expect(p.periodical.status).toBe('stated');
    expect(p.publisher.status).toBe('unknown');
    expect(p.bookYear.status).toBe('unknown');
  });
  it('a title the site wrote is supplied, with the note as its basis', () => {
    const p = provenanceOf({ ...base, titleStatus: 'supplied', notes: [{ field: 'title', text: '本站拟定' }] });
    expect(p.title).toEqual({ status: 'supplied', basis: '本站拟定' });
    expect(statusLabel(p.title)).toBe('本站拟');
  });
  it('a bound wins over inferred; a book without a year takes the date’s status, never stated', () => {
    expect(dateProvenance({ value: '2018', inferred: true, bound: 'notBefore' })).toMatchObject({ status: 'bounded', bound: 'notBefore' });
    const book = { title: '书', authors: [{ name: '甲' }] };
    expect(provenanceOf({ ...base, date: { value: '2021-10-15', inferred: true, bound: 'notAfter' }, book }).bookYear).toMatchObject({ status: 'bounded', bound: 'notAfter' });
    expect(provenanceOf({ ...base, book }).bookYear.status).toBe('inferred');
    expect(provenanceOf({ ...base, book: { ...book, year: '2019' } }).bookYear.status).toBe('stated');
  });
  it('an inferred corporate author or outlet is inferred', () => {
    const p = provenanceOf({ ...base, corporateAuthor: { value: '某部', inferred: true, basis: '据标题' }, periodical: { value: '某报', inferred: true } });
    expect(p.authors).toEqual({ status: 'inferred', basis: '据标题' });
    expect(p.periodical.status).toBe('inferred');
  });
});
