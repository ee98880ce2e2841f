/**
 * Reference-manager files: hand-written expected records for each kind of source, then every
 * fixture read back by citation-js (the parsers reference managers' importers follow).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { toBibtex, toCslJson, toEndnote, toNoteExpress, toRis } from '../../../src/lib/citation/exports.ts';
import { FORMATS } from '../../../src/lib/citation/formats.ts';
import { ACCESSED, fixture, FIXTURES, type FixtureName } from './fixtures.ts';

const options = { accessed: ACCESSED };

interface ParsedItem {
  type: string;
  title: string;
  author?: { family?: string; literal?: string }[];
  reporter?: string;
  editor?: unknown[];
  'container-title'?: string;
  'container-author'?: { family?: string; literal?: string }[];
  issued?: { 'date-parts'?: number[][]; circa?: boolean; literal?: string; raw?: string };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  genre?: string;
  note?: string;
  annote?: string;
}

function parse(text: string): ParsedItem {
  const items = new Cite(text).data as ParsedItem[];
  expect(items).toHaveLength(1);
  return items[0] as ParsedItem;
}

const names = (people: { family?: string; literal?: string }[] | undefined) => (people ?? []).map((p) => p.literal ?? p.family);

describe('BibTeX/biblatex', () => {
  it('a newspaper article is @article + entrysubtype = newspaper (gbt7714 styles print [N])', () => {
    expect(toBibtex(fixture('newspaper'), options)).toBe(
      [
        '@article{newspaper-doc,',
        '  author = {{刘振江}},',
        '  title = {党建引领风帆劲},',
        '  journal = {枣庄日报全媒体},',
        '  entrysubtype = {newspaper},',
        '  year = {2021},',
        '  date = {2021-09-01},',
        '  key = {Liu Zhenjiang},',
        '  langid = {chinese},',
        '  language = {chinese},',
        '  url = {https://cite.test/documents/newspaper-doc/},',
        '  urldate = {2026-12-07},',
        '  annote = {原文未载:版次},',
        '}',
        '',
      ].join('\n'),
    );
  });
  it('a book section is @inbook with bookauthor (authors, never editors), the bound year marked', () => {
    const bib = toBibtex(fixture('chapter'), options);
    expect(bib).toMatch(/^@inbook\{chapter-doc,\n {2}author = \{\{支果\} and \{姚仁权\} and \{柯彪\}\},/);
    expect(bib).toContain('  bookauthor = {{支果} and {姚仁权} and {柯彪}},\n');
    expect(bib).toContain('  year = {[不晚于2021]},\n');
    expect(bib).not.toMatch(/editor|  note =|  date =/);
  });
  it('a speech is @misc with its type; commentary only in annote, never in note', () => {
    const bib = toBibtex(fixture('speech'), options);
    expect(bib).toMatch(/^@misc\{speech-doc,/);
    expect(bib).toContain('  type = {讲话},\n');
    expect(bib).toContain('  annote = {日期仅知下限(不早于):文中提到新时代党的组织路线; 原文未载:刊载处(报刊或出版物)、出版地、出版者},\n');
    expect(bib).not.toContain('  note =');
  });
});

describe('RIS', () => {
  it('a book section lists its authors as AU (A2 would make them editors)', () => {
    expect(toRis(fixture('chapter'), options)).toBe(
      [
        'TY  - CHAP',
        'AU  - 支果',
        'AU  - 姚仁权',
        'AU  - 柯彪',
        'TI  - 组织工作创新的路径选择',
        'T2  - 城市党建实践创新研究',
        'DA  - [不晚于2021]',
        'LA  - zh',
        'UR  - https://cite.test/documents/chapter-doc/',
        'Y2  - 2026/12/07',
        'N1  - 日期仅知上限(不晚于):书目收录时间; 原文未载:出版地、出版者、出版年、页码',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });
  it('a speech is SLIDE (Zotero: presentation) with M3 讲话; a newspaper NEWS with PY and DA', () => {
    expect(toRis(fixture('speech'), options)).toMatch(/^TY {2}- SLIDE\r\nAU {2}- 市委组织部部长\r\nTI {2}- 在基层党建经验分享会上的发言\r\nM3 {2}- 讲话\r\nDA {2}- \[不早于2018\]\r\n/);
    expect(toRis(fixture('newspaper'), options)).toContain('T2  - 枣庄日报全媒体\r\nPY  - 2021\r\nDA  - 2021/09/01/\r\n');
  });
});

describe('EndNote (.enw) and NoteExpress', () => {
  it('writes EndNote tagged records with the type, access date (%[) and notes (%Z)', () => {
    expect(toEndnote(fixture('newspaper'), options)).toBe(
      [
        '%0 Newspaper Article',
        '%A 刘振江',
        '%T 党建引领风帆劲',
        '%J 枣庄日报全媒体',
        '%D 2021',
        '%8 2021-09-01',
        '%G Chinese',
        '%U https://cite.test/documents/newspaper-doc/',
        '%[ 2026-12-07',
        '%Z 原文未载:版次',
        '',
        '',
      ].join('\n'),
    );
  });
  it('writes NoteExpress fields as CNKI does ({Author}: a;b;)', () => {
    expect(toNoteExpress(fixture('chapter'), options)).toBe(
      [
        '{Reference Type}: Book Section',
        '{Title}: 组织工作创新的路径选择',
        '{Author}: 支果;姚仁权;柯彪;',
        '{Secondary Title}: 城市党建实践创新研究',
        '{Year}: [不晚于2021]',
        '{Language}: chinese',
        '{URL}: https://cite.test/documents/chapter-doc/',
        '{Access Date}: 2026-12-07',
        '{Notes}: 日期仅知上限(不晚于):书目收录时间; 原文未载:出版地、出版者、出版年、页码',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('CSL-JSON', () => {
  it('uses types CSL styles print right: document (not article, a preprint in GB/T 7714—2025), speech, chapter', () => {
    expect(toCslJson(fixture('review'), options)).toEqual({
      id: 'review-doc',
      type: 'document',
      title: '红色引擎激活发展新动能',
      issued: { 'date-parts': [[2018]], circa: true },
      language: 'zh-CN',
      annote: '日期为本站推断:文中称刚刚过去的2017年; 原文未载:刊载处(报刊或出版物)、出版地、出版者',
      author: [{ literal: '汪西平' }, { literal: '石为径' }],
      URL: 'https://cite.test/documents/review-doc/',
      accessed: { 'date-parts': [[2026, 12, 7]] },
    });
    expect(toCslJson(fixture('speech'), options)).toMatchObject({ type: 'speech', genre: '讲话', issued: { literal: '[不早于2018]' } });
    expect(toCslJson(fixture('chapter'), options)).toMatchObject({ type: 'chapter', 'container-author': [{ literal: '支果' }, { literal: '姚仁权' }, { literal: '柯彪' }] });
  });
  it('gives no URL and no access date without the site’s public URL', () => {
    const item = toCslJson(fixture('newspaper', null), options);
    expect(item.URL).toBeUndefined();
    expect(item.accessed).toBeUndefined();
    expect(toBibtex(fixture('newspaper', null), options)).not.toMatch(/url/);
  });
});

describe.each(Object.keys(FIXTURES) as FixtureName[])('%s read back by citation-js', (name) => {
  const citation = fixture(name);
  const bib = parse(FORMATS.bib.render(citation, options));
  const ris = parse(FORMATS.ris.render(citation, options));
  const json = parse(FORMATS.json.render(citation, options));
  const creators = citation.creators.map((creator) => creator.name);

  it('keeps the authors as authors (never editors) and the title as written', () => {
    for (const item of [bib, json]) {
      expect(names(item.author)).toEqual(creators);
      expect(item.editor).toBeUndefined();
      expect(item.title).toBe(citation.provenance.title.status === 'stated' ? citation.title : `[${citation.title}]`);
    }
    // The RIS spec names a newspaper article's AU its reporter.
    expect(ris.reporter ?? names(ris.author).join('')).toBe(creators.join(''));
    expect(ris.title).toBe(bib.title);
  });

  it('reads back the item type', () => {
    const expected = { newspaper: 'article-newspaper', chapter: 'chapter', speech: 'speech', 'unknown-venue': 'document' }[citation.kind];
    expect(json.type).toBe(expected);
    if (citation.kind === 'chapter') expect([bib.type, ris.type]).toEqual(['chapter', 'chapter']);
    if (citation.kind === 'newspaper') expect([bib.genre, ris.type]).toEqual(['newspaper', 'article-newspaper']);
    // Zotero and citation-js read a bare @article as a journal article: only the newspaper is one.
    if (citation.kind !== 'newspaper') expect(bib.type).not.toBe('article-journal');
  });

  it('never reads a non-stated year back as a plain date', () => {
    const field = citation.book ? citation.provenance.bookYear : citation.provenance.date;
    for (const item of [bib, ris, json]) {
      if (field.status === 'stated') continue;
      const plain = item.issued?.['date-parts'] && !item.issued.circa;
      expect(plain, JSON.stringify(item.issued)).toBeFalsy();
    }
  });

  it('carries the URL and the access date, and the commentary outside printed fields', () => {
    for (const item of [bib, ris, json]) {
      expect(item.URL).toBe(citation.url);
      expect(item.accessed?.['date-parts']).toEqual([[2026, 12, 7]]);
    }
    expect(bib.annote ?? '').toContain(citation.commentary[0] ?? '');
    expect(bib.note).toBeUndefined();
  });
});
