import { describe, expect, it } from 'vitest';
import { collectPractices, readDocumentFiles } from '../../../src/lib/corpus.ts';
import { DOCUMENTS_DIR } from '../../../src/lib/paths.ts';
import { splitFrontmatter } from '../../../src/lib/practices.ts';
import { documentPassages, htmlText, paragraphAnchor, ParagraphAnchors } from '../../../src/lib/search/passages.ts';

const body = `
“红色引擎”激活发展新动能

## 强化思想武装

心正则身正\\!

<Practice id="x-study" title="坚持学习" themes="grassroots" level="3">

坚持学习。第一段。

第二段。

</Practice>

心正则身正\\!

<Footnotes>

\\[1\\] 注释。

</Footnotes>
`;

describe('documentPassages', () => {
  const passages = documentPassages(body, ['slug-1']);
  it('cuts practices, headings and paragraphs outside practices, in reading order', () => {
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', '“红色引擎”激活发展新动能'],
      ['heading', '强化思想武装'],
      ['paragraph', '心正则身正!'],
      ['practice', '坚持学习。第一段。\n第二段。'],
      ['paragraph', '心正则身正!'],
      ['paragraph', '[1] 注释。'],
    ]);
  });
  it('keeps the practice title out of its text and anchors each passage', () => {
    const practice = passages.find((p) => p.kind === 'practice');
    expect(practice).toMatchObject({ anchor: 'x-study', title: '坚持学习' });
    expect(passages[1]?.anchor).toBe('slug-1');
    expect(documentPassages(body, [])[1]).toEqual({ kind: 'heading', anchor: '', text: '强化思想武装' });
  });
  it('gives identical paragraphs distinct anchors, counting paragraphs inside practices too', () => {
    const repeated = passages.filter((p) => p.text === '心正则身正!').map((p) => p.anchor);
    expect(repeated).toEqual([paragraphAnchor('心正则身正!'), `${paragraphAnchor('心正则身正!')}-2`]);
    expect(repeated[0]).toMatch(/^p-[0-9a-z]{7}$/);
  });
  it('every practice of the corpus is one passage holding exactly its text', () => {
    for (const file of readDocumentFiles(DOCUMENTS_DIR)) {
      const found = documentPassages(splitFrontmatter(file.source).body, []).filter((p) => p.kind === 'practice');
      const expected = collectPractices([file]).map((p) => [p.id, p.text]);
      expect(found.map((p) => [p.anchor, p.text])).toEqual(expected);
    }
  });
});

describe('paragraph anchors', () => {
  it('depend on the text only, ignoring white space', () => {
    expect(paragraphAnchor('甲 乙\n丙')).toBe(paragraphAnchor('甲乙丙'));
    expect(paragraphAnchor('甲乙丙')).not.toBe(paragraphAnchor('甲乙丁'));
  });
  it('the page and the index agree: rendered HTML gives the anchor of the MDX text', () => {
    const fromHtml = new ParagraphAnchors().next(htmlText('A &amp; B <a href="#x">“链接”</a>!'));
    expect(fromHtml).toBe(paragraphAnchor('A & B “链接”!'));
  });
});
