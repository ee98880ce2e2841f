import { describe, expect, it } from 'vitest';
import { figuresVerbatim } from '../../../src/lib/lint/rules/figures-verbatim.ts';
import { corpus, edit, GOOD_MDX, GOOD_PATH, GOOD_SOURCE, locations, run, withDocument } from './fixtures.ts';

const AT_QUOTE = [{ rule: 'figures-verbatim', file: GOOD_PATH, line: 10 }];

describe('figures-verbatim', () => {
  it('passes a quote found in the text, the source and its practice', () => {
    expect(run(figuresVerbatim, corpus())).toEqual([]);
  });

  it('reports a quote that is not in the text', () => {
    const problems = run(figuresVerbatim, withDocument(edit('quote: 为全区200名', 'quote: 为全区二百名')));
    expect(locations(problems)).toEqual(AT_QUOTE);
    expect(problems[0]?.message).toContain('未逐字出现在正文中');
  });

  it('reports a quote that is in the text but not in the raw source', () => {
    const fixture = corpus({
      documents: { [GOOD_PATH]: GOOD_MDX },
      sources: { 'alpha.txt': GOOD_SOURCE.replace('200名', '200 名') },
    });
    const problems = run(figuresVerbatim, fixture);
    expect(locations(problems)).toEqual(AT_QUOTE);
    expect(problems[0]?.message).toContain('content/sources/alpha.txt');
  });

  it('reports a quote outside the practice it names', () => {
    const moved = edit('quote: 为全区200名村党组织书记建立档案', 'quote: 设立人才公寓3处');
    const problems = run(
      figuresVerbatim,
      corpus({
        documents: { [GOOD_PATH]: moved },
        sources: { 'alpha.txt': GOOD_SOURCE.replace('人才公寓 3 处', '人才公寓3处') },
      }),
    );
    expect(locations(problems)).toEqual(AT_QUOTE);
    expect(problems[0]?.message).toContain('不在做法 "alpha-archives"(第 23 行)的正文中');
  });
});
