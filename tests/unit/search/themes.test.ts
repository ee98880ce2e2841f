import { describe, expect, it } from 'vitest';
import { matchThemes } from '../../../src/lib/search/themes.ts';

const themes = [
  { id: 'talent', name: '人才工作', nameEn: 'Talent work' },
  { id: 'grassroots', name: '基层组织建设', nameEn: 'Grassroots organizations' },
];

describe('matchThemes', () => {
  it('finds a theme by a word of its English name or its id', () => {
    expect(matchThemes('talent', themes).map((t) => t.name)).toEqual(['人才工作']);
    expect(matchThemes('Organiz', themes).map((t) => t.name)).toEqual(['基层组织建设']);
  });
  it('ignores short, Chinese and non-matching queries', () => {
    expect(matchThemes('ta', themes)).toEqual([]);
    expect(matchThemes('人才', themes)).toEqual([]);
    expect(matchThemes('budget', themes)).toEqual([]);
  });
});
