import { describe, expect, it } from 'vitest';
import { ContentError, extractPractices } from '../../src/lib/practices.ts';

const practice = (id: string, extra = '') => [`<Practice id="${id}" title="标题${id}" themes="cadres talent"${extra}>`, '', `正文${id}。`, '', '</Practice>'];
const file = (...blocks: string[][]) => ['---', 'title: t', '---', '', '## 小节', '', ...blocks.flatMap((b) => [...b, ''])].join('\n');

function errorOf(source: string): ContentError {
  try {
    extractPractices(source, 'doc.mdx');
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('extractPractices', () => {
  it('reads id, title, themes, level, section, text and file line', () => {
    const [first] = extractPractices(file(practice('a-one', ' level="4"')), 'doc.mdx');
    expect(first).toEqual({
      id: 'a-one',
      title: '标题a-one',
      themes: ['cadres', 'talent'],
      types: [],
      kind: 'practice',
      level: 4,
      section: '小节',
      text: '正文a-one。',
      line: 7,
      order: 0,
    });
  });

  it('reads types (space or comma separated) and kind as written', () => {
    const [first] = extractPractices(file(practice('a-one', ' types="cadre-selection, young-cadres talent-platforms" kind="requirement"')), 'doc.mdx');
    expect(first?.types).toEqual(['cadre-selection', 'young-cadres', 'talent-platforms']);
    expect(first?.kind).toBe('requirement');
  });

  it('keeps every id when a paragraph or practice is inserted before it', () => {
    const before = extractPractices(file(practice('a-one'), practice('a-two')), 'doc.mdx').map((p) => p.id);
    const after = extractPractices(file(['插入的段落。'], practice('a-new'), practice('a-one'), practice('a-two')), 'doc.mdx').map((p) => p.id);
    expect(after.filter((id) => before.includes(id))).toEqual(before);
  });

  it('names file and line for malformed markup', () => {
    expect(errorOf(file(['<Practice id="a" themes="cadres">', '', 'x', '', '</Practice>'])).message).toBe('doc.mdx:7: <Practice> 缺少 title="…" 属性');
    expect(errorOf(file(['<Practice id="A B" title="t" themes="cadres">', '</Practice>'])).line).toBe(7);
    expect(errorOf(file(['<Practice id="a" title="t" themes="cadres">', 'x'])).detail).toContain('没有对应的 </Practice>');
    expect(errorOf(file(['</Practice>'])).detail).toContain('多余的 </Practice>');
    expect(errorOf(file(['<Practice id="a" title="t" themes="cadres" level="5">', '</Practice>'])).detail).toContain('level 须为 2、3 或 4');
    expect(errorOf(file(['<Practice id="a" title="t" themes="cadres" color="red">', '</Practice>'])).detail).toContain('属性 color 未知');
    expect(errorOf(file(['<Practice id="a" title={x} themes="cadres">', '</Practice>'])).detail).toContain('不用 {…} 表达式');
    expect(errorOf(file([...practice('a').slice(0, 3), ...practice('b')])).detail).toContain('不能嵌套');
  });
});
