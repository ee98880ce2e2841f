import { describe, expect, it } from 'vitest';
import { practiceTypesPresent } from '../../../src/lib/lint/rules/practice-types-present.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

describe('practice-types-present', () => {
  it('passes a practice with types', () => {
    expect(run(practiceTypesPresent, corpus())).toEqual([]);
  });

  it.each([
    ['without the attribute', ' types="cadre-supervision grassroots-leaders"', ''],
    ['with an empty attribute', 'types="cadre-supervision grassroots-leaders"', 'types=" "'],
  ])('reports a practice %s at its opening tag and says how to fix it', (_, from, to) => {
    const problems = run(practiceTypesPresent, withDocument(edit(from, to)));
    expect(locations(problems)).toEqual([{ rule: 'practice-types-present', file: GOOD_PATH, line: 23 }]);
    expect(problems[0]?.message).toContain('"alpha-archives"');
    expect(problems[0]?.message).toContain('npm run suggest:types');
  });

  it('lets a draft keep untyped practices until it is reviewed', () => {
    const untyped = edit(' types="cadre-supervision grassroots-leaders"', '');
    const draft = untyped.replace('source: alpha.txt', 'source: alpha.txt\nreview: { state: draft }');
    expect(draft).not.toBe(untyped);
    expect(run(practiceTypesPresent, withDocument(draft))).toEqual([]);
    const reviewed = untyped.replace('source: alpha.txt', 'source: alpha.txt\nreview: { state: reviewed }');
    expect(locations(run(practiceTypesPresent, withDocument(reviewed)))).toHaveLength(1);
  });
});
