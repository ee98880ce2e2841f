/**
 * Fixture documents, one per kind of source the site cites, shaped like real frontmatter:
 * expected strings in the tests are written by hand for these. `corpusCitations()` reads every
 * document in content/documents for the tests that walk the whole corpus.
 */
import { documentSlug, parseFrontmatter, readDocumentFiles } from '../../../src/lib/corpus.ts';
import { DOCUMENTS_DIR } from '../../../src/lib/paths.ts';
import { citationFromFrontmatter, type Citation, type CitationInput } from '../../../src/lib/citation/model.ts';

export const SITE = 'https://cite.test';
export const ACCESSED = '2026-12-07';

export const NEWSPAPER: CitationInput = {
  title: '党建引领风帆劲',
  titleEn: 'Party Building Leads',
  date: { value: '2021-09-01', precision: 'day' },
  authors: [{ name: '刘振江', pinyin: 'Liu Zhenjiang', role: '记者' }],
  periodical: { value: '枣庄日报全媒体' },
  genre: '新闻报道',
};

export const SPEECH: CitationInput = {
  title: '在基层党建经验分享会上的发言',
  date: { value: '2018', precision: 'year', inferred: true, bound: 'notBefore', basis: '文中提到新时代党的组织路线' },
  corporateAuthor: { value: '市委组织部部长' },
  genre: '讲话',
};

const BOOK_AUTHORS = [
  { name: '支果', pinyin: 'Zhi Guo' },
  { name: '姚仁权', pinyin: 'Yao Renquan' },
  { name: '柯彪', pinyin: 'Ke Biao' },
];

export const CHAPTER: CitationInput = {
  title: '组织工作创新的路径选择',
  date: { value: '2021-10-15', precision: 'day', inferred: true, bound: 'notAfter', basis: '书目收录时间' },
  authors: BOOK_AUTHORS,
  book: { title: '城市党建实践创新研究', authors: BOOK_AUTHORS, section: '第五节' },
  genre: '著作章节',
};

export const REVIEW: CitationInput = {
  title: '红色引擎激活发展新动能',
  date: { value: '2018', precision: 'year', inferred: true, basis: '文中称刚刚过去的2017年' },
  authors: [
    { name: '汪西平', pinyin: 'Wang Xiping' },
    { name: '石为径', pinyin: 'Shi Weijing' },
  ],
  genre: '年度综述',
};

export const SUPPLIED: CitationInput = {
  title: '滨州市创新实施四项机制',
  titleStatus: 'supplied',
  date: { value: '2023', precision: 'year', inferred: true, basis: '据所引考核年度' },
  corporateAuthor: { value: '滨州市委党建领导小组' },
  genre: '供稿文章',
  notes: [{ field: 'title', text: '原文无标题行,本站据导语拟定' }],
};

/** What `npm run ingest` gives a text with no byline and no date: no author of any kind, the year inferred. */
export const UNSIGNED: CitationInput = {
  title: '滨州市强化基层党组织建设工作综述',
  date: { value: '2023', precision: 'year', inferred: true, basis: '原文未署日期,取正文提到的最晚年份' },
  genre: '年度综述',
};

export const FIXTURES = { newspaper: NEWSPAPER, speech: SPEECH, chapter: CHAPTER, review: REVIEW, supplied: SUPPLIED, unsigned: UNSIGNED };

export type FixtureName = keyof typeof FIXTURES;

/** `site: null` builds without the public URL (no SITE_URL). */
export function fixture(name: FixtureName, site: string | null = SITE): Citation {
  return citationFromFrontmatter(`${name}-doc`, FIXTURES[name], site ?? undefined);
}

/** Every document in content/documents, with its frontmatter taken as written. */
export function corpusCitations(site: string | null = SITE): Citation[] {
  return readDocumentFiles(DOCUMENTS_DIR).map((file) =>
    citationFromFrontmatter(documentSlug(file.path), parseFrontmatter(file) as unknown as CitationInput, site ?? undefined),
  );
}
