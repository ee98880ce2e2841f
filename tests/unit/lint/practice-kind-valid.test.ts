import { describe, expect, it } from 'vitest';
import { practiceKindValid } from '../../../src/lib/lint/rules/practice-kind-valid.ts';
import { PRACTICE_KINDS } from '../../../src/lib/practices.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

describe('practice-kind-valid', () => {
  it.each(PRACTICE_KINDS)('passes kind="%s"', (kind) => {
    expect(run(practiceKindValid, withDocument(edit('kind="practice"', `kind="${kind}"`)))).toEqual([]);
  });

  it('reads a block without kind as a reported practice', () => {
    expect(run(practiceKindValid, withDocument(edit(' kind="practice"', '')))).toEqual([]);
    expect(run(practiceKindValid, corpus())).toEqual([]);
  });

  it('reports an unknown kind at the practice with the valid values', () => {
    const problems = run(practiceKindValid, withDocument(edit('kind="practice"', 'kind="plan"')));
    expect(locations(problems)).toEqual([{ rule: 'practice-kind-valid', file: GOOD_PATH, line: 23 }]);
    expect(problems[0]?.message).toContain('kind="plan"');
    expect(problems[0]?.message).toContain('requirement');
  });
});
