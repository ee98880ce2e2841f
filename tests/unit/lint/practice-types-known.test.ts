import { describe, expect, it } from 'vitest';
import { practiceTypesKnown } from '../../../src/lib/lint/rules/practice-types-known.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

describe('practice-types-known', () => {
  it('passes types in the vocabulary', () => {
    expect(run(practiceTypesKnown, corpus())).toEqual([]);
  });

  it('reports each unknown type and lists the known ones', () => {
    const problems = run(practiceTypesKnown, withDocument(edit('types="cadre-supervision', 'types="cadre-welfare')));
    expect(locations(problems)).toEqual([{ rule: 'practice-types-known', file: GOOD_PATH, line: 23 }]);
    expect(problems[0]?.message).toContain('"cadre-welfare"');
    expect(problems[0]?.message).toContain('grassroots-leaders(带头人与党务队伍)');
  });

  it('says so when there is no vocabulary at all', () => {
    const { practiceTypes: _, ...withoutVocabulary } = corpus();
    const problems = run(practiceTypesKnown, withoutVocabulary);
    expect(problems).toHaveLength(2);
    expect(problems[0]?.message).toContain('尚无任何类型');
  });
});
