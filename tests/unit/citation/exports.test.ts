/** The downloads, read back by the parsers reference managers use (citation-js). */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { toBibtex, toCslJson, toRis } from '../../../src/lib/citation/exports.ts';
import type { Citation } from '../../../src/lib/citation/model.ts';
import { realCitations, SITE, SLUGS, type Slug } from './fixtures.ts';

interface ParsedItem {
  type: string;
  title: string;
  author?: { family?: string; literal?: string }[];
  reporter?: string;
  editor?: { family?: string }[];
  'container-title'?: string;
  'container-author'?: { family?: string; literal?: string }[];
  issued: { 'date-parts': number[][]; circa?: boolean };
  URL: string;
  note: string;
  language: string;
}

function parse(text: string): ParsedItem {
  const items = new Cite(text).data as ParsedItem[];
  expect(items).toHaveLength(1);
  return items[0] as ParsedItem;
}

const citations = realCitations();

/** What each document's export must say, from its frontmatter. */
const EXPECTED: Record<Slug, { authors: string[]; container?: string; dateParts: number[]; circa: boolean }> = {
  'ankang-2017-hongse-yinqing': { authors: ['汪西平', '石为径'], dateParts: [2018], circa: true },
  'binzhou-2023-sixiang-jizhi': { authors: ['山东省滨州市委党的建设工作领导小组'], dateParts: [2023], circa: true },
  'xinjian-zhongzi-gongcheng': { authors: ['市委组织部部长'], dateParts: [2018], circa: true },
  'zaozhuang-2021-dangjian-yinling': { authors: ['刘振江'], container: '枣庄日报全媒体', dateParts: [2021, 9, 1], circa: false },
  'zigong-2021-zuzhi-gongzuo-chuangxin': {
    authors: ['支果', '姚仁权', '柯彪'],
    container: '城市党建实践创新研究',
    dateParts: [2021],
    circa: true,
  },
};

const EXPECTED_TYPES: Record<Slug, { bibtex: string; ris: string; csl: string }> = {
  'ankang-2017-hongse-yinqing': { bibtex: 'document', ris: 'document', csl: 'article' },
  'binzhou-2023-sixiang-jizhi': { bibtex: 'document', ris: 'document', csl: 'article' },
  'xinjian-zhongzi-gongcheng': { bibtex: 'document', ris: 'document', csl: 'speech' },
  'zaozhuang-2021-dangjian-yinling': { bibtex: 'article-journal', ris: 'article-newspaper', csl: 'article-newspaper' },
  'zigong-2021-zuzhi-gongzuo-chuangxin': { bibtex: 'chapter', ris: 'chapter', csl: 'chapter' },
};

const url = (slug: string) => `${SITE}/documents/${slug}/`;
const names = (people: { family?: string; literal?: string }[] | undefined) => (people ?? []).map((p) => p.family ?? p.literal);

describe.each(SLUGS)('%s', (slug) => {
  const citation: Citation = citations[slug];
  const expected = EXPECTED[slug];

  it('BibTeX parses to the same title, authors, container, year and URL', () => {
    const item = parse(toBibtex(citation));
    expect(item.type).toBe(EXPECTED_TYPES[slug].bibtex);
    expect(item.title).toBe(citation.title);
    expect(names(item.author)).toEqual(expected.authors);
    expect(item['container-title']).toBe(expected.container);
    expect(item.issued['date-parts'][0]).toEqual(expected.dateParts);
    expect(item.URL).toBe(url(slug));
    expect(item.note).toContain(citation.titleEn);
  });

  it('RIS parses to the same fields', () => {
    const text = toRis(citation);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    const item = parse(text);
    expect(item.type).toBe(EXPECTED_TYPES[slug].ris);
    expect(item.title).toBe(citation.title);
    // citation-js reads AU of a NEWS record as the CSL "reporter" (RIS spec: AU = Reporter).
    expect(item.reporter ? [item.reporter] : names(item.author)).toEqual(expected.authors);
    expect(item['container-title']).toBe(expected.container);
    expect(item.issued['date-parts'][0]?.[0]).toBe(expected.dateParts[0]);
    expect(item.URL).toBe(url(slug));
    expect(item.language).toBe('zh');
  });

  it('CSL-JSON parses, with inferred dates marked circa', () => {
    const item = parse(JSON.stringify([toCslJson(citation)]));
    expect(item.type).toBe(EXPECTED_TYPES[slug].csl);
    expect(item.title).toBe(citation.title);
    expect(names(item.author)).toEqual(expected.authors);
    expect(item['container-title']).toBe(expected.container);
    expect(item.issued['date-parts'][0]).toEqual(expected.dateParts);
    expect(item.issued.circa ?? false).toBe(expected.circa);
    expect(item.language).toBe('zh-CN');
    expect(item.URL).toBe(url(slug));
  });
});

describe('BibTeX escaping', () => {
  it('keeps special characters literal', () => {
    const citation = { ...citations['zaozhuang-2021-dangjian-yinling'], title: '100% {达标} & #1_a' };
    expect(parse(toBibtex(citation)).title).toBe('100% {达标} & #1_a');
  });
});

describe('the book section export', () => {
  it('carries the book authors as container authors', () => {
    const item = parse(JSON.stringify([toCslJson(citations['zigong-2021-zuzhi-gongzuo-chuangxin'])]));
    expect(names(item['container-author'])).toEqual(['支果', '姚仁权', '柯彪']);
    expect(names(parse(toBibtex(citations['zigong-2021-zuzhi-gongzuo-chuangxin']))['container-author'])).toEqual(['支果', '姚仁权', '柯彪']);
  });
});
