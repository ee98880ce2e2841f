import { describe, expect, it } from 'vitest';
import { noExecutableMdx } from '../../../src/lib/lint/rules/no-executable-mdx.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

const at = (line: number) => ({ rule: 'no-executable-mdx', file: GOOD_PATH, line });
const onLine19 = (text: string) => run(noExecutableMdx, withDocument(edit('第一段,有"引号"和 \\<尖括号>。', text)));

describe('no-executable-mdx', () => {
  it('passes prose, escaped brackets and the allowed components', () => {
    expect(run(noExecutableMdx, corpus())).toEqual([]);
    expect(onLine19('有 \\{括号\\} 和 `{code}`,以及 <Footnotes />')).toEqual([]);
  });

  it('reports import and export lines', () => {
    expect(locations(onLine19("import X from './x.astro';"))).toEqual([at(19)]);
    expect(locations(onLine19('export const x = 1;'))).toEqual([at(19)]);
  });

  it('reports an expression', () => {
    const problems = onLine19('共 {1 + 1} 项');
    expect(locations(problems)).toEqual([at(19)]);
    expect(problems[0]?.message).toContain('\\{');
  });

  it('reports lowercase HTML tags', () => {
    expect(locations(onLine19('<script>alert(1)</script>'))).toEqual([at(19), at(19)]);
    const problems = onLine19('图 <img src="x.png" />');
    expect(locations(problems)).toEqual([at(19)]);
    expect(problems[0]?.message).toContain('<img>');
  });

  it('reports components other than Practice and Footnotes', () => {
    const problems = onLine19('<Chart data="x" />');
    expect(locations(problems)).toEqual([at(19)]);
    expect(problems[0]?.message).toContain('<Chart>');
  });

  it('reports an unescaped < before a Chinese word, which MDX reads as a component', () => {
    const problems = run(noExecutableMdx, withDocument(edit('\\<尖括号>', '<尖括号>')));
    expect(locations(problems)).toEqual([at(19)]);
    expect(problems[0]?.message).toContain('\\<');
  });

  it('reads quoted attribute values as strings, but reports attribute expressions', () => {
    expect(run(noExecutableMdx, withDocument(edit('title="建立档案"', 'title="{建立} <b>档案</b>"')))).toEqual([]);
    expect(locations(run(noExecutableMdx, withDocument(edit('title="建立档案"', 'title={x}'))))).toEqual([at(23)]);
  });

  it('ignores fenced code', () => {
    expect(onLine19('```\n<script>{x}</script>\n```')).toEqual([]);
  });
});
