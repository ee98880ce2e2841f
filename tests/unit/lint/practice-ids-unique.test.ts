import { describe, expect, it } from 'vitest';
import { practiceIdsUnique } from '../../../src/lib/lint/rules/practice-ids-unique.ts';
import { corpus, edit, GOOD_MDX, GOOD_PATH, GOOD_SOURCE, locations, run } from './fixtures.ts';

const OTHER_PATH = 'content/documents/beta.mdx';

describe('practice-ids-unique', () => {
  it('passes distinct ids across documents', () => {
    const other = edit('alpha-archives', 'beta-archives', edit('alpha-archives', 'beta-archives'));
    expect(run(practiceIdsUnique, corpus({ documents: { [GOOD_PATH]: GOOD_MDX, [OTHER_PATH]: other } }))).toEqual([]);
  });

  it('reports both places of an id used in two documents', () => {
    const fixture = corpus({
      documents: { [GOOD_PATH]: GOOD_MDX, [OTHER_PATH]: `${GOOD_MDX}\n` },
      sources: { 'alpha.txt': GOOD_SOURCE },
    });
    const problems = run(practiceIdsUnique, fixture);
    expect(locations(problems)).toEqual([
      { rule: 'practice-ids-unique', file: GOOD_PATH, line: 23 },
      { rule: 'practice-ids-unique', file: OTHER_PATH, line: 23 },
    ]);
    expect(problems[0]?.message).toContain(`另见 ${OTHER_PATH}:23`);
    expect(problems[1]?.message).toContain(`另见 ${GOOD_PATH}:23`);
  });

  it('reports an id used twice in one document', () => {
    const twice = edit(
      '第三段:设立人才公寓3处。',
      '<Practice id="alpha-archives" title="人才公寓" themes="talent">\n\n第三段:设立人才公寓3处。\n\n</Practice>',
    );
    const problems = run(practiceIdsUnique, corpus({ documents: { [GOOD_PATH]: twice } }));
    expect(locations(problems)).toEqual([
      { rule: 'practice-ids-unique', file: GOOD_PATH, line: 23 },
      { rule: 'practice-ids-unique', file: GOOD_PATH, line: 29 },
    ]);
  });
});
