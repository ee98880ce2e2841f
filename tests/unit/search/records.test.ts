import { describe, expect, it } from 'vitest';
import { readDocumentFiles } from '../../../src/lib/corpus.ts';
import { DOCUMENTS_DIR } from '../../../src/lib/paths.ts';
import { splitFrontmatter } from '../../../src/lib/practices.ts';
import { documentPassages } from '../../../src/lib/search/passages.ts';
import { characterTerms } from '../../../src/lib/search/query.ts';
import { indexForm, missingAnchors, readableForm, searchRecords } from '../../../src/lib/search/records.ts';

/** What Pagefind stores: a zero-width space after each word boundary it finds. */
const asStored = (content: string) => content.replace(/ /g, ' \u200b');

describe('index form', () => {
  it('makes each Chinese character a word and round-trips text without white space', () => {
    expect(indexForm('推进人才公寓建设,1403套')).toBe('推 进 人 才 公 寓 建 设 ,1403 套');
    for (const file of readDocumentFiles(DOCUMENTS_DIR)) {
      for (const passage of documentPassages(splitFrontmatter(file.source).body, [])) {
        if (/\s/.test(passage.text)) continue;
        expect(readableForm(asStored(indexForm(passage.text)))).toBe(passage.text);
      }
    }
  });
  it('every character term of a passage substring is a word of its index form', () => {
    const words = new Set(indexForm('落实党员积分制管理').split(' '));
    expect(characterTerms('积分制').split(' ').every((term) => words.has(term))).toBe(true);
  });
});

describe('searchRecords', () => {
  const document = {
    slug: 'a-doc',
    title: '文献标题',
    place: '甲市',
    date: { value: '2018', inferred: true },
    genre: '年度综述',
    passages: [
      { kind: 'practice' as const, anchor: 'a-x', title: '做法标题', text: '做法 正文' },
      { kind: 'paragraph' as const, anchor: 'p-0000001', text: '段落正文' },
    ],
    practiceThemes: { 'a-x': ['talent'] },
  };
  const records = searchRecords(document, (id) => `主题${id}`);
  it('holds only the passage text, with the year as documentYear labels it', () => {
    expect(records.map((r) => r.url)).toEqual(['/documents/a-doc/#a-x', '/documents/a-doc/#p-0000001']);
    expect(records[0]?.content).not.toContain('做法标题');
    expect(records[0]?.meta).toMatchObject({ title: '做法标题', year: '2018年（推断）', themes: 'talent', text: '做法 正文' });
    expect(records[0]?.filters).toEqual({ place: ['甲市'], genre: ['年度综述'], year: ['2018年（推断）'], theme: ['主题talent'] });
  });
  it('tags only practices with themes', () => {
    expect(records[1]?.filters.theme).toEqual([]);
    expect(records[1]?.meta).toMatchObject({ title: '文献标题', kind: 'paragraph' });
    expect(records[1]?.meta.text).toBeUndefined();
  });
  it('reports records whose anchor is not in the page', () => {
    const page = '<p id="p-0000001">段落正文</p>';
    expect(missingAnchors(records, () => page)).toEqual(['/documents/a-doc/#a-x']);
  });
});
