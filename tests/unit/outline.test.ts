import { describe, expect, it } from 'vitest';
import { extractOutline, linkOutline } from '../../src/lib/outline.ts';

const source = [
  '---',
  'title: t',
  '---',
  '',
  '## 一、甄选党员种子',
  '',
  '<Practice id="x-lead-geese" title="精选领头雁" themes="cadres">',
  '',
  '精选领头雁。',
  '',
  '</Practice>',
  '',
  '### (一)细分',
  '',
  '<Practice id="x-sub" title="小项" themes="grassroots" level="4">',
  '',
  '小项。',
  '',
  '</Practice>',
].join('\n');

describe('outline', () => {
  it('lists headings and practices in body order and links them to their anchors', () => {
    const outline = extractOutline(source, 'x.mdx');
    expect(outline.map((item) => [item.kind, item.level, item.text])).toEqual([
      ['heading', 2, '一、甄选党员种子'],
      ['practice', 3, '精选领头雁'],
      ['heading', 3, '(一)细分'],
      ['practice', 4, '小项'],
    ]);
    expect(linkOutline(outline, [{ depth: 2, slug: 'slug-1' }, { depth: 3, slug: 'slug-2' }]).map((item) => item.href)).toEqual([
      '#slug-1',
      '#x-lead-geese',
      '#slug-2',
      '#x-sub',
    ]);
  });
});

describe('outline anchors', () => {
  it('stay aligned with the rendered headings whatever their level', () => {
    const deep = ['## 甲', '', '##### 细目', '', '<Practice id="x-a" title="做法" themes="cadres">', '', '正文。', '', '</Practice>', '', '## 乙'].join('\n');
    const linked = linkOutline(extractOutline(deep, 'x.mdx'), [
      { depth: 2, slug: 'jia' },
      { depth: 5, slug: 'xi-mu' },
      { depth: 2, slug: 'yi' },
    ]);
    expect(linked.map((item) => [item.text, item.href])).toEqual([
      ['甲', '#jia'],
      ['细目', '#xi-mu'],
      ['做法', '#x-a'],
      ['乙', '#yi'],
    ]);
  });
});
