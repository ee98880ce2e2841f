import { describe, expect, it } from 'vitest';
import { RESERVED_PAGE_IDS } from '../../../src/lib/page-ids.ts';
import { practiceIdsNotReserved } from '../../../src/lib/lint/rules/practice-ids-not-reserved.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

describe('practice-ids-not-reserved', () => {
  it('passes ids that start with the place', () => {
    expect(run(practiceIdsNotReserved, corpus())).toEqual([]);
  });

  it.each([...RESERVED_PAGE_IDS.slice(0, 3), 'theme-cadres', 'place-zigong'])('reports the page id "%s" at the practice', (id) => {
    const problems = run(practiceIdsNotReserved, withDocument(edit('id="alpha-archives"', `id="${id}"`)));
    expect(locations(problems)).toEqual([{ rule: 'practice-ids-not-reserved', file: GOOD_PATH, line: 23 }]);
    expect(problems[0]?.message).toContain(`zaozhuang-${id}`);
  });
});
