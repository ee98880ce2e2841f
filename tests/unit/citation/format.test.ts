/**
 * Reference strings for the five curated documents, written by hand from GB/T 7714-2015,
 * APA 7 and the Chicago Manual (author-date) and the entries' frontmatter.
 */
import { describe, expect, it } from 'vitest';
import { apaSource, chicagoSource } from '../../../src/lib/citation/english.ts';
import { gbtCreators, gbtPassage, gbtSitePage, gbtSource } from '../../../src/lib/citation/gbt7714.ts';
import { citationFromFrontmatter } from '../../../src/lib/citation/model.ts';
import { realCitations, SITE } from './fixtures.ts';

const citations = realCitations();
const page = (slug: string) => `${SITE}/documents/${slug}/`;

describe('GB/T 7714-2015, original source', () => {
  it('newspaper article [N]: 作者. 题名[N]. 报纸名, 日期 (版次 unknown, omitted)', () => {
    expect(gbtSource(citations['zaozhuang-2021-dangjian-yinling'])).toBe('刘振江. 党建引领风帆劲[N]. 枣庄日报全媒体, 2021-09-01.');
  });

  it('book section [M] as 析出文献, unknown imprint in the standard brackets, estimated year in brackets, no pages', () => {
    expect(gbtSource(citations['zigong-2021-zuzhi-gongzuo-chuangxin'])).toBe(
      '支果, 姚仁权, 柯彪. 老工业城市转型升级中组织工作创新的路径选择[M]//支果, 姚仁权, 柯彪. 城市党建实践创新研究. [出版地不详]: [出版者不详], [2021].',
    );
  });

  it('review whose newspaper the text does not name: [Z], nothing invented', () => {
    expect(gbtSource(citations['ankang-2017-hongse-yinqing'])).toBe(
      '汪西平, 石为径. “红色引擎”激活发展新动能——2017年我市党建引领追赶超越综述[Z]. [出版地不详]: [出版者不详], [2018].',
    );
  });

  it('供稿文章 by an organisation, no venue: [Z]', () => {
    expect(gbtSource(citations['binzhou-2023-sixiang-jizhi'])).toBe(
      '山东省滨州市委党的建设工作领导小组. 滨州市创新实施“四项机制”健全全面从严治党体系[Z]. [出版地不详]: [出版者不详], [2023].',
    );
  });

  it('speech by an unnamed office holder: [Z]', () => {
    expect(gbtSource(citations['xinjian-zhongzi-gongcheng'])).toBe(
      '市委组织部部长. 市委组织部部长在基层党建经验分享会上的发言[Z]. [出版地不详]: [出版者不详], [2018].',
    );
  });

  it('says which elements are unknown', () => {
    expect(citations['zaozhuang-2021-dangjian-yinling'].unknown).toEqual(['版次']);
    expect(citations['zigong-2021-zuzhi-gongzuo-chuangxin'].unknown).toEqual([
      '出版地',
      '出版者',
      '出版年(以推断的日期年份代替,置于方括号内)',
      '页码',
    ]);
    expect(citations['ankang-2017-hongse-yinqing'].unknown).toEqual(['刊载处(报刊或出版物)', '出版地', '出版者']);
  });

  it('lists three authors, then ", 等"', () => {
    const person = (name: string) => ({ name, corporate: false });
    expect(gbtCreators(['甲', '乙', '丙'].map(person))).toBe('甲, 乙, 丙');
    expect(gbtCreators(['甲', '乙', '丙', '丁'].map(person))).toBe('甲, 乙, 丙, 等');
  });

  it('uses known imprint elements and pages when the frontmatter gives them', () => {
    const citation = citationFromFrontmatter(
      'x',
      {
        title: '章',
        date: { value: '2019-05', precision: 'month' },
        authors: [{ name: '甲' }],
        book: { title: '书', authors: [{ name: '乙' }], publisherPlace: '北京', publisher: '人民出版社', year: '2019', pages: '12-30' },
        genre: '著作章节',
      },
      SITE,
    );
    expect(gbtSource(citation)).toBe('甲. 章[M]//乙. 书. 北京: 人民出版社, 2019: 12-30.');
    expect(citation.unknown).toEqual([]);
  });
});

describe('GB/T 7714-2015, this site page [EB/OL]', () => {
  it('gives the URL and the 引用日期', () => {
    expect(gbtSitePage(citations['zaozhuang-2021-dangjian-yinling'], '2026-11-23')).toBe(
      `刘振江. 党建引领风帆劲[EB/OL]. [2026-11-23]. ${page('zaozhuang-2021-dangjian-yinling')}.`,
    );
    expect(gbtSitePage(citations['binzhou-2023-sixiang-jizhi'])).toBe(
      `山东省滨州市委党的建设工作领导小组. 滨州市创新实施“四项机制”健全全面从严治党体系[EB/OL]. [引用日期]. ${page('binzhou-2023-sixiang-jizhi')}.`,
    );
  });

  it('cites a passage with its location and anchor', () => {
    expect(
      gbtPassage(citations['zaozhuang-2021-dangjian-yinling'], {
        id: 'zaozhuang-party-education',
        title: '抓实党内教育',
        section: '党员干部理想信念更加坚定',
      }),
    ).toBe(
      `刘振江. 党建引领风帆劲[N]. 枣庄日报全媒体, 2021-09-01. 引文位置: 党员干部理想信念更加坚定 › 抓实党内教育. ${page('zaozhuang-2021-dangjian-yinling')}#zaozhuang-party-education.`,
    );
  });
});

describe('APA 7', () => {
  it('newspaper article: pinyin with characters, gloss in brackets', () => {
    expect(apaSource(citations['zaozhuang-2021-dangjian-yinling'])).toBe(
      `Liu, Z. [刘振江]. (2021, September 1). 党建引领风帆劲 [Party Building Leads, the Sails Are Full of Wind]. 枣庄日报全媒体. ${page('zaozhuang-2021-dangjian-yinling')}`,
    );
  });

  it('book section by the book authors, inferred year as ca.', () => {
    expect(apaSource(citations['zigong-2021-zuzhi-gongzuo-chuangxin'])).toBe(
      `Zhi, G. [支果], Yao, R. [姚仁权], & Ke, B. [柯彪]. (ca. 2021). 老工业城市转型升级中组织工作创新的路径选择 [Choosing Paths for Innovation in Organization Work during the Transformation and Upgrading of Old Industrial Cities]. In 城市党建实践创新研究. ${page('zigong-2021-zuzhi-gongzuo-chuangxin')}`,
    );
  });

  it('two authors, unnamed venue', () => {
    expect(apaSource(citations['ankang-2017-hongse-yinqing'])).toBe(
      `Wang, X. [汪西平], & Shi, W. [石为径]. (ca. 2018). “红色引擎”激活发展新动能——2017年我市党建引领追赶超越综述 ["Red Engine" Activates New Momentum for Development: A Review of Party Building Leading the City's Drive to Catch Up and Surpass in 2017]. ${page('ankang-2017-hongse-yinqing')}`,
    );
  });

  it('speech: described in brackets after the title', () => {
    expect(apaSource(citations['xinjian-zhongzi-gongcheng'])).toBe(
      `市委组织部部长. (ca. 2018). 市委组织部部长在基层党建经验分享会上的发言 [Speech by the Head of the Municipal Party Committee's Organization Department at a Meeting for Sharing Experience in Grassroots Party Building] [Speech transcript]. ${page('xinjian-zhongzi-gongcheng')}`,
    );
  });
});

describe('Chicago author-date', () => {
  it('newspaper article: names not inverted, full date after the paper', () => {
    expect(chicagoSource(citations['zaozhuang-2021-dangjian-yinling'])).toBe(
      `Liu Zhenjiang 刘振江. 2021. "党建引领风帆劲" [Party Building Leads, the Sails Are Full of Wind]. 枣庄日报全媒体, September 1, 2021. ${page('zaozhuang-2021-dangjian-yinling')}.`,
    );
  });

  it('book section with three authors, bracketed inferred year', () => {
    expect(chicagoSource(citations['zigong-2021-zuzhi-gongzuo-chuangxin'])).toBe(
      `Zhi Guo 支果, Yao Renquan 姚仁权, and Ke Biao 柯彪. [2021]. "老工业城市转型升级中组织工作创新的路径选择" [Choosing Paths for Innovation in Organization Work during the Transformation and Upgrading of Old Industrial Cities]. In 城市党建实践创新研究. ${page('zigong-2021-zuzhi-gongzuo-chuangxin')}.`,
    );
  });

  it('organisation as author', () => {
    expect(chicagoSource(citations['binzhou-2023-sixiang-jizhi'])).toBe(
      `山东省滨州市委党的建设工作领导小组. [2023]. "滨州市创新实施“四项机制”健全全面从严治党体系" [Binzhou Introduces "Four Mechanisms" to Build a System of Comprehensive and Strict Party Governance]. ${page('binzhou-2023-sixiang-jizhi')}.`,
    );
  });
});
