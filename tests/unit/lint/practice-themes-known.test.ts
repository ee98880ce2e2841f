import { describe, expect, it } from 'vitest';
import { practiceThemesKnown } from '../../../src/lib/lint/rules/practice-themes-known.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

describe('practice-themes-known', () => {
  it('passes known themes', () => {
    expect(run(practiceThemesKnown, corpus())).toEqual([]);
  });

  it('reports an unknown theme at the practice and lists the known slugs', () => {
    const problems = run(
      practiceThemesKnown,
      withDocument(edit('themes="cadres grassroots"', 'themes="cadres welfare"')),
    );
    expect(locations(problems)).toEqual([{ rule: 'practice-themes-known', file: GOOD_PATH, line: 23 }]);
    expect(problems[0]?.message).toContain('"welfare"');
    expect(problems[0]?.message).toContain('cadres(干部队伍建设)、talent(人才工作)、grassroots(基层组织建设)');
  });
});
