import { describe, expect, it } from 'vitest';
import { documentJsonLd, highwireTags, jsonForScript } from '../../../src/lib/citation/metadata.ts';
import { realCitations, SITE } from './fixtures.ts';

const citations = realCitations();
const site = { name: '城市党建实践比较', url: `${SITE}/` };

describe('jsonForScript', () => {
  it('cannot close the script element or open a comment, and still parses to the same value', () => {
    const value = { title: '</script><script>alert(1)</script><!-- & \u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('Highwire tags', () => {
  it('newspaper: one author tag each, journal title, date as YYYY/MM/DD', () => {
    expect(highwireTags(citations['zaozhuang-2021-dangjian-yinling'])).toEqual([
      { name: 'citation_title', content: '党建引领风帆劲' },
      { name: 'citation_author', content: '刘振江' },
      { name: 'citation_publication_date', content: '2021/09/01' },
      { name: 'citation_journal_title', content: '枣庄日报全媒体' },
      { name: 'citation_language', content: 'zh' },
      { name: 'citation_public_url', content: `${SITE}/documents/zaozhuang-2021-dangjian-yinling/` },
    ]);
  });

  it('book section: book title, no invented publisher', () => {
    const tags = highwireTags(citations['zigong-2021-zuzhi-gongzuo-chuangxin']);
    expect(tags.filter((tag) => tag.name === 'citation_author').map((tag) => tag.content)).toEqual(['支果', '姚仁权', '柯彪']);
    expect(tags).toContainEqual({ name: 'citation_book_title', content: '城市党建实践创新研究' });
    expect(tags.map((tag) => tag.name)).not.toContain('citation_publisher');
  });
});

describe('JSON-LD', () => {
  it('a chapter is part of its book and based on the original', () => {
    const ld = documentJsonLd(
      citations['zigong-2021-zuzhi-gongzuo-chuangxin'],
      site,
      { name: '自贡市', url: `${SITE}/places/zigong/` },
      [{ name: '人才工作', url: `${SITE}/themes/talent/` }],
    );
    expect(ld['@type']).toBe('Chapter');
    expect(ld.isPartOf).toEqual({
      '@type': 'Book',
      name: '城市党建实践创新研究',
      author: [
        { '@type': 'Person', name: '支果', alternateName: 'Zhi Guo' },
        { '@type': 'Person', name: '姚仁权', alternateName: 'Yao Renquan' },
        { '@type': 'Person', name: '柯彪', alternateName: 'Ke Biao' },
      ],
    });
    expect(ld.contentLocation).toEqual({ '@type': 'Place', name: '自贡市', url: `${SITE}/places/zigong/` });
    expect((ld.isBasedOn as Record<string, unknown>).citation).toBe(
      '支果, 姚仁权, 柯彪. 老工业城市转型升级中组织工作创新的路径选择[M]//支果, 姚仁权, 柯彪. 城市党建实践创新研究. [出版地不详]: [出版者不详], [2021].',
    );
  });

  it('an organisation as author is an Organization', () => {
    const ld = documentJsonLd(citations['binzhou-2023-sixiang-jizhi'], site, { name: '滨州市', url: `${SITE}/places/binzhou/` }, []);
    expect(ld['@type']).toBe('Article');
    expect(ld.author).toEqual([{ '@type': 'Organization', name: '山东省滨州市委党的建设工作领导小组' }]);
    expect(ld.datePublished).toBe('2023');
  });
});
