import { describe, expect, it } from 'vitest';
import { sourceFidelity } from '../../../src/lib/lint/rules/source-fidelity.ts';
import { corpus, edit, GOOD_MDX, GOOD_PATH, GOOD_SOURCE, locations, run, withDocument } from './fixtures.ts';

describe('source-fidelity', () => {
  it('passes when every source line is in the text, in order, white space aside', () => {
    expect(run(sourceFidelity, corpus())).toEqual([]);
  });

  it('reports the first missing line at the MDX line where the previous source line was found', () => {
    const problems = run(sourceFidelity, withDocument(edit('第二段:为全区200名', '第二段:为全区300名')));
    expect(locations(problems)).toEqual([{ rule: 'source-fidelity', file: GOOD_PATH, line: 21 }]);
    expect(problems[0]?.message).toContain('content/sources/alpha.txt 第 5 行');
    expect(problems[0]?.message).toContain('上一行(原文第 4 行)在 MDX 第 21 行');
  });

  it('reports lines that are out of order', () => {
    const swapped = edit('第一段', '第三段:设立人才公寓3处。\n\n第一段', edit('第三段:设立人才公寓3处。', ''));
    const problems = run(sourceFidelity, withDocument(swapped));
    expect(locations(problems)).toEqual([{ rule: 'source-fidelity', file: GOOD_PATH, line: 27 }]);
    expect(problems[0]?.message).toContain('第 6 行');
  });

  it('reports a missing first line at the start of the text', () => {
    const problems = run(sourceFidelity, corpus({ sources: { 'alpha.txt': `前言一行\n${GOOD_SOURCE}` } }));
    expect(locations(problems)).toEqual([{ rule: 'source-fidelity', file: GOOD_PATH, line: 2 }]);
    expect(problems[0]?.message).toContain('第 1 行');
  });

  it('reports a source file that does not exist, at the source field', () => {
    const problems = run(sourceFidelity, corpus({ sources: {} }));
    expect(locations(problems)).toEqual([{ rule: 'source-fidelity', file: GOOD_PATH, line: 8 }]);
    expect(problems[0]?.message).toContain('content/sources/alpha.txt 不存在');
  });

  it('ignores a document whose frontmatter cannot be read (frontmatter-yaml reports it)', () => {
    expect(run(sourceFidelity, withDocument(GOOD_MDX.replace(/^---\n/, '')))).toEqual([]);
  });
});
