import { describe, expect, it } from 'vitest';
import { referencesValid } from '../../../src/lib/lint/rules/references-valid.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

const at = (line: number) => ({ rule: 'references-valid', file: GOOD_PATH, line });

describe('references-valid', () => {
  it('passes known place, themes and figure references', () => {
    expect(run(referencesValid, corpus())).toEqual([]);
  });

  it('reports an unknown place at the place field', () => {
    const problems = run(referencesValid, withDocument(edit('place: zaozhuang', 'place: atlantis')));
    expect(locations(problems)).toEqual([at(3)]);
    expect(problems[0]?.message).toContain('zaozhuang(枣庄市)、ankang(安康市)');
  });

  it('reports an unknown document theme at the themes field', () => {
    const problems = run(
      referencesValid,
      withDocument(edit('themes: [cadres, grassroots]', 'themes: [cadres, welfare]')),
    );
    expect(locations(problems)).toEqual([at(7)]);
    expect(problems[0]?.message).toContain('"welfare"');
  });

  it('finds the line of an item in a block list', () => {
    const problems = run(
      referencesValid,
      withDocument(edit('themes: [cadres, grassroots]', 'themes:\n  - cadres\n  - welfare', undefined)),
    );
    expect(locations(problems)).toEqual([at(9)]);
  });

  it("reports a figure's unknown theme and practice at their own lines", () => {
    const broken = edit('practice: alpha-archives', 'practice: alpha-missing', edit('theme: cadres', 'theme: welfare'));
    const problems = run(referencesValid, withDocument(broken));
    expect(locations(problems)).toEqual([at(15), at(16)]);
    expect(problems[1]?.message).toContain('alpha-archives');
  });
});
