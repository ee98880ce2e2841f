import { describe, expect, it } from 'vitest';
import { practiceTypesMatchThemes } from '../../../src/lib/lint/rules/practice-types-match-themes.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

describe('practice-types-match-themes', () => {
  it('passes types that cover exactly the practice’s themes', () => {
    expect(run(practiceTypesMatchThemes, corpus())).toEqual([]);
  });

  it('reports a type of a theme the practice does not have', () => {
    const problems = run(practiceTypesMatchThemes, withDocument(edit('grassroots-leaders"', 'grassroots-leaders flexible-talent"')));
    expect(locations(problems)).toEqual([{ rule: 'practice-types-match-themes', file: GOOD_PATH, line: 23 }]);
    expect(problems[0]?.message).toContain('"flexible-talent" 属于主题 "talent"');
  });

  it('reports a theme none of whose types the practice has', () => {
    const problems = run(practiceTypesMatchThemes, withDocument(edit('types="cadre-supervision grassroots-leaders"', 'types="cadre-supervision"')));
    expect(locations(problems)).toEqual([{ rule: 'practice-types-match-themes', file: GOOD_PATH, line: 23 }]);
    expect(problems[0]?.message).toContain('标了主题 "grassroots"');
  });

  it('leaves unknown and missing types to the other rules', () => {
    expect(run(practiceTypesMatchThemes, withDocument(edit('types="cadre-supervision grassroots-leaders"', 'types="nothing-known"')))).toEqual([]);
    expect(run(practiceTypesMatchThemes, withDocument(edit(' types="cadre-supervision grassroots-leaders"', '')))).toEqual([]);
  });
});
