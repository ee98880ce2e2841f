import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARE_CONFIG_FILE, parseCompareConfig } from '../../../src/lib/compare/config.ts';
import { figureLabels, isStatistic } from '../../../src/lib/compare/figures.ts';
import { formatSelection, parseSelection } from '../../../src/lib/compare/selection.ts';

describe('selection in the URL', () => {
  const places = ['a', 'b', 'c'];
  const themes = ['x', 'y'];
  it('reads ids in the site’s order, ignores unknown ones, and treats none as all', () => {
    expect(parseSelection('?places=c,a,zz&themes=', places, themes)).toEqual({ places: ['a', 'c'], themes: ['x', 'y'] });
  });
  it('writes only what narrows the page', () => {
    expect(formatSelection({ places: ['a', 'c'], themes: ['x', 'y'] }, places, themes)).toBe('?places=a,c');
    expect(formatSelection({ places, themes: ['y'] }, places, themes)).toBe('?themes=y');
    expect(formatSelection({ places, themes }, places, themes)).toBe('');
  });
});

describe('parseCompareConfig', () => {
  const config = JSON.parse(readFileSync(COMPARE_CONFIG_FILE, 'utf8')) as Record<string, unknown>;
  it('reads the project’s file', () => {
    expect(parseCompareConfig(config)).toEqual(config);
  });
  it('names the file and the field that is wrong', () => {
    expect(() => parseCompareConfig({ ...config, pairPagesUpToPlaces: 0 })).toThrow('content/compare.json: 字段 pairPagesUpToPlaces 须为正整数');
    expect(() => parseCompareConfig({ ...config, cellLimit: 'three' })).toThrow('字段 cellLimit 须为正整数');
    expect(() => parseCompareConfig({ ...config, themePageTextChars: -1 })).toThrow('content/compare.json: 字段 themePageTextChars 须为正整数');
    expect(() => parseCompareConfig({ ...config, themePlacesPerPage: 2.5 })).toThrow('content/compare.json: 字段 themePlacesPerPage 须为正整数');
    const { cellFoldLimit: _, ...withoutFold } = config;
    expect(() => parseCompareConfig(withoutFold)).toThrow('content/compare.json: 字段 cellFoldLimit 须为正整数');
    expect(() => parseCompareConfig([])).toThrow('(整个文件)');
  });
});

describe('figure status', () => {
  it('labels targets, plans and structural counts, and only counts achieved measures as statistics', () => {
    expect(figureLabels({ status: 'achieved', structural: false })).toEqual([]);
    expect(figureLabels({ status: 'target', structural: false })).toEqual(['目标']);
    expect(figureLabels({ status: 'plan', structural: true })).toEqual(['计划', '结构性数字']);
    expect(isStatistic({ status: 'achieved', structural: false })).toBe(true);
    expect(isStatistic({ status: 'achieved', structural: true })).toBe(false);
    expect(isStatistic({ status: 'target', structural: false })).toBe(false);
  });
});
