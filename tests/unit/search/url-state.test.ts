import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, toggleFilter } from '../../../src/lib/search/url-state.ts';

describe('URL state', () => {
  it('round-trips a query with filters', () => {
    const state = { q: '人才 公寓', filters: { place: ['自贡市', '安康市'], year: ['2021'] } };
    const encoded = encodeState(state);
    expect(encoded).toBe('?q=%E4%BA%BA%E6%89%8D+%E5%85%AC%E5%AF%93&place=%E5%AE%89%E5%BA%B7%E5%B8%82&place=%E8%87%AA%E8%B4%A1%E5%B8%82&year=2021');
    expect(decodeState(encoded)).toEqual({ q: '人才 公寓', filters: { place: ['安康市', '自贡市'], year: ['2021'] } });
  });
  it('encodes the empty state as nothing and ignores unknown keys', () => {
    expect(encodeState({ q: '  ', filters: {} })).toBe('');
    expect(decodeState('?q=x&colour=red&theme=')).toEqual({ q: 'x', filters: {} });
  });
  it('keeps sort and view only when they differ from the defaults', () => {
    expect(encodeState({ q: 'x', filters: {}, sort: 'relevance', view: 'group' })).toBe('?q=x');
    const encoded = encodeState({ q: 'x', filters: {}, sort: 'date', view: 'flat' });
    expect(encoded).toBe('?q=x&sort=date&view=flat');
    expect(decodeState(encoded)).toEqual({ q: 'x', filters: {}, sort: 'date', view: 'flat' });
    expect(decodeState('?q=x&sort=colour')).toEqual({ q: 'x', filters: {} });
  });
  it('toggles a filter value on and off', () => {
    const on = toggleFilter({}, 'theme', '人才工作');
    expect(on).toEqual({ theme: ['人才工作'] });
    expect(toggleFilter(on, 'theme', '人才工作')).toEqual({});
  });
});
