/** APA 7, Chicago author-date and MLA 9 strings, written by hand from each manual's rules. */
import { describe, expect, it } from 'vitest';
import { apaReference, chicagoReference, mlaReference } from '../../../src/lib/citation/english.ts';
import { ACCESSED, fixture, SITE } from './fixtures.ts';

const online = (name: Parameters<typeof fixture>[0]) => ({ url: `${SITE}/documents/${name}-doc/`, accessed: ACCESSED });

describe('APA 7', () => {
  it('names this site as where the text was read, not as the original’s URL', () => {
    expect(apaReference(fixture('newspaper'), online('newspaper'))).toBe(
      'Liu, Z. [刘振江]. (2021, September 1). 党建引领风帆劲 [Party Building Leads]. 枣庄日报全媒体. Reproduced in 城市党建实践比较. Retrieved December 7, 2026, from https://cite.test/documents/newspaper-doc/',
    );
  });
  it('cites the authored book for a section of it, with n.d. for a year known only as a bound', () => {
    expect(apaReference(fixture('chapter'))).toBe('Zhi, G. [支果], Yao, R. [姚仁权], & Ke, B. [柯彪]. (n.d.). 城市党建实践创新研究.');
  });
  it('describes a speech and an untitled text in brackets; an estimated year is ca.', () => {
    expect(apaReference(fixture('speech'))).toBe('市委组织部部长. (n.d.). 在基层党建经验分享会上的发言 [Speech transcript].');
    expect(apaReference(fixture('supplied'))).toBe('滨州市委党建领导小组. (ca. 2023). [滨州市创新实施四项机制].');
  });
  it('lists a work with no author by its title, the date after it (9.12)', () => {
    expect(apaReference(fixture('unsigned'))).toBe('滨州市强化基层党组织建设工作综述. (ca. 2023).');
  });
});

describe('Chicago author-date', () => {
  it('uses curly quotes, the period inside them, and the full date of a newspaper', () => {
    expect(chicagoReference(fixture('newspaper'), online('newspaper'))).toBe(
      'Liu Zhenjiang 刘振江. 2021. “党建引领风帆劲” [Party Building Leads]. 枣庄日报全媒体, September 1, 2021. Reproduced in 城市党建实践比较, accessed December 7, 2026. https://cite.test/documents/newspaper-doc/.',
    );
    expect(chicagoReference(fixture('chapter'))).toBe(
      'Zhi Guo 支果, Yao Renquan 姚仁权, and Ke Biao 柯彪. n.d. [not after 2021]. “组织工作创新的路径选择.” In 城市党建实践创新研究.',
    );
  });
  it('marks an estimated year [2018?] and a bound n.d. [not before 2018]', () => {
    expect(chicagoReference(fixture('review'))).toBe('Wang Xiping 汪西平 and Shi Weijing 石为径. [2018?]. “红色引擎激活发展新动能.”');
    expect(chicagoReference(fixture('speech'))).toBe('市委组织部部长. n.d. [not before 2018]. “在基层党建经验分享会上的发言.” Speech.');
  });
  it('lists a work with no author by its title, the year after it (15.32)', () => {
    expect(chicagoReference(fixture('unsigned'), online('unsigned'))).toBe(
      '“滨州市强化基层党组织建设工作综述.” [2023?]. Reproduced in 城市党建实践比较, accessed December 7, 2026. https://cite.test/documents/unsigned-doc/.',
    );
  });
});

describe('MLA 9', () => {
  it('gives the original as the first container and this site as the second', () => {
    expect(mlaReference(fixture('newspaper'), online('newspaper'))).toBe(
      'Liu Zhenjiang 刘振江. “党建引领风帆劲” [Party Building Leads]. 枣庄日报全媒体, 1 Sept. 2021. 城市党建实践比较, https://cite.test/documents/newspaper-doc/. Accessed 7 Dec. 2026.',
    );
  });
  it('uses et al. from three authors, c. for an estimated year, and leaves out a bound', () => {
    expect(mlaReference(fixture('chapter'))).toBe('Zhi Guo 支果, et al. “组织工作创新的路径选择.” 城市党建实践创新研究.');
    expect(mlaReference(fixture('review'))).toBe('Wang Xiping 汪西平 and Shi Weijing 石为径. “红色引擎激活发展新动能.” c. 2018.');
    expect(mlaReference(fixture('speech'))).toBe('市委组织部部长. “在基层党建经验分享会上的发言.” Speech.');
  });
});
