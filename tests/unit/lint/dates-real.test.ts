import { describe, expect, it } from 'vitest';
import { datesReal } from '../../../src/lib/lint/rules/dates-real.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

describe('dates-real', () => {
  it.each(['2021', '2021-02', '2020-02-29', '2021-12-31'])('passes %s', (value) => {
    expect(run(datesReal, withDocument(edit('value: "2021"', `value: "${value}"`)))).toEqual([]);
    expect(run(datesReal, corpus())).toEqual([]);
  });

  it.each([
    ['2021-02-31', '2 月只有 28 天'],
    ['2021-02-29', '2 月只有 28 天'],
    ['0000', '年份 0000 不存在'],
    ['2021-13', 'YYYY'],
  ])('reports %s at the date line', (value, reason) => {
    const problems = run(datesReal, withDocument(edit('value: "2021"', `value: "${value}"`)));
    expect(locations(problems)).toEqual([{ rule: 'dates-real', file: GOOD_PATH, line: 4 }]);
    expect(problems[0]?.message).toContain(reason);
  });

  it('checks period.start and period.end too', () => {
    const mdx = edit('genre: 讲话', 'period: { start: "2021-04-31", end: "2021" }\ngenre: 讲话');
    expect(run(datesReal, withDocument(mdx))[0]?.message).toContain('period.start');
  });
});
