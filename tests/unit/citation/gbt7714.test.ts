/** GB/T 7714—2025 and —2015 strings, written by hand from the standards' rules for each kind of source. */
import { describe, expect, it } from 'vitest';
import { gbtCreators, gbtPassage, gbtReference, gbtYear, passageLocation } from '../../../src/lib/citation/gbt7714.ts';
import { citationFromFrontmatter } from '../../../src/lib/citation/model.ts';
import { ACCESSED, fixture, NEWSPAPER, SITE } from './fixtures.ts';

const online = (name: Parameters<typeof fixture>[0]) => ({ url: `${SITE}/documents/${name}-doc/`, accessed: ACCESSED });

describe('GB/T 7714—2025 (default): full-width "，" "：", no [出版地不详]', () => {
  it('a newspaper article: [N], 报纸名，YYYY-MM-DD; online [N/OL] with 引用日期 and URL', () => {
    expect(gbtReference(fixture('newspaper'))).toBe('刘振江. 党建引领风帆劲[N]. 枣庄日报全媒体，2021-09-01.');
    expect(gbtReference(fixture('newspaper'), '2025', online('newspaper'))).toBe(
      '刘振江. 党建引领风帆劲[N/OL]. 枣庄日报全媒体，2021-09-01[2026-12-07]. https://cite.test/documents/newspaper-doc/.',
    );
  });
  it('a book section: [M]//book authors. book title, with a year known only as a bound in brackets', () => {
    expect(gbtReference(fixture('chapter'))).toBe(
      '支果，姚仁权，柯彪. 组织工作创新的路径选择[M]//支果，姚仁权，柯彪. 城市党建实践创新研究. [不晚于2021].',
    );
  });
  it('a speech with no stated venue: [Z], a lower bound in brackets, never the bare year', () => {
    expect(gbtReference(fixture('speech'))).toBe('市委组织部部长. 在基层党建经验分享会上的发言[Z]. [不早于2018].');
    expect(gbtReference(fixture('speech'), '2025', online('speech'))).toBe(
      '市委组织部部长. 在基层党建经验分享会上的发言[Z/OL]. [不早于2018][2026-12-07]. https://cite.test/documents/speech-doc/.',
    );
  });
  it('an estimated year in brackets; a title the site wrote in brackets', () => {
    expect(gbtReference(fixture('review'))).toBe('汪西平，石为径. 红色引擎激活发展新动能[Z]. [2018].');
    expect(gbtReference(fixture('supplied'))).toBe('滨州市委党建领导小组. [滨州市创新实施四项机制][Z]. [2023].');
  });
});

describe('GB/T 7714—2015: ASCII ", " ": ", [出版地不详]: [出版者不详]', () => {
  it('states the same facts in the older punctuation', () => {
    expect(gbtReference(fixture('newspaper'), '2015')).toBe('刘振江. 党建引领风帆劲[N]. 枣庄日报全媒体, 2021-09-01.');
    expect(gbtReference(fixture('chapter'), '2015')).toBe(
      '支果, 姚仁权, 柯彪. 组织工作创新的路径选择[M]//支果, 姚仁权, 柯彪. 城市党建实践创新研究. [出版地不详]: [出版者不详], [不晚于2021].',
    );
    expect(gbtReference(fixture('speech'), '2015', online('speech'))).toBe(
      '市委组织部部长. 在基层党建经验分享会上的发言[Z/OL]. [出版地不详]: [出版者不详], [不早于2018][2026-12-07]. https://cite.test/documents/speech-doc/.',
    );
  });
});

describe('parts', () => {
  it('lists three names, then 等', () => {
    const four = ['甲', '乙', '丙', '丁'].map((name) => ({ name, corporate: false }));
    expect(gbtCreators(four, '2025')).toBe('甲，乙，丙，等');
    expect(gbtCreators(four, '2015')).toBe('甲, 乙, 丙, 等');
  });
  it('marks every non-stated year', () => {
    expect(gbtYear('2021', { status: 'stated' })).toBe('2021');
    expect(gbtYear('2018', { status: 'inferred' })).toBe('[2018]');
    expect(gbtYear('2018', { status: 'bounded', bound: 'notBefore' })).toBe('[不早于2018]');
  });
  it('prints a book’s own place, publisher and pages when the frontmatter has them', () => {
    const citation = citationFromFrontmatter(
      'x',
      {
        title: '析出篇',
        date: { value: '2020', precision: 'year' },
        authors: [{ name: '甲' }],
        book: { title: '某书', authors: [{ name: '乙' }], publisherPlace: '北京', publisher: '人民出版社', year: '2019', pages: '12-30' },
        genre: '著作章节',
      },
      undefined,
    );
    expect(gbtReference(citation)).toBe('甲. 析出篇[M]//乙. 某书. 北京：人民出版社，2019：12-30.');
    expect(gbtReference(citation, '2015')).toBe('甲. 析出篇[M]//乙. 某书. 北京: 人民出版社, 2019: 12-30.');
  });
});

describe('passage citation (引用此段)', () => {
  it('is the online reference to the passage anchor, then its location on its own line', () => {
    const text = gbtPassage(fixture('newspaper'), { id: 'p-1', title: '抓实党内教育', section: '守初心担使命' }, 'http://127.0.0.1:4321', ACCESSED);
    expect(text).toBe(
      '刘振江. 党建引领风帆劲[N/OL]. 枣庄日报全媒体，2021-09-01[2026-12-07]. http://127.0.0.1:4321/documents/newspaper-doc/#p-1.\n位置:守初心担使命 › 抓实党内教育',
    );
  });
  it('names a section once when the passage is the whole section', () => {
    expect(passageLocation({ id: 'x', title: '(五)加大人才引进', section: '(五)加大人才引进' })).toBe('位置:(五)加大人才引进');
  });
  it('never needs the site URL: the origin is given', () => {
    const citation = citationFromFrontmatter('n', NEWSPAPER, undefined);
    expect(citation.url).toBeUndefined();
    expect(gbtPassage(citation, { id: 'a', title: 't' }, 'https://reader.example', ACCESSED)).toContain('https://reader.example/documents/n/#a.');
  });
});
