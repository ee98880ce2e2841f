import { describe, expect, it } from 'vitest';
import { practiceMarkup } from '../../../src/lib/lint/rules/practice-markup.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

describe('practice-markup', () => {
  it('passes well-formed practices', () => {
    expect(run(practiceMarkup, corpus())).toEqual([]);
  });

  it('reports an unclosed practice at its opening tag', () => {
    const problems = run(practiceMarkup, withDocument(edit('</Practice>', '')));
    expect(locations(problems)).toEqual([{ rule: 'practice-markup', file: GOOD_PATH, line: 23 }]);
    expect(problems[0]?.message).toContain('没有对应的 </Practice>');
  });

  it('reports an expression attribute', () => {
    const problems = run(practiceMarkup, withDocument(edit('title="建立档案"', 'title={"建立档案"}')));
    expect(locations(problems)).toEqual([{ rule: 'practice-markup', file: GOOD_PATH, line: 23 }]);
  });

  it('reports a stray closing tag', () => {
    const problems = run(practiceMarkup, withDocument(edit('第三段', '</Practice>\n第三段')));
    expect(locations(problems)).toEqual([{ rule: 'practice-markup', file: GOOD_PATH, line: 29 }]);
  });
});
