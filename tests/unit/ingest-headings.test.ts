import { describe, expect, it } from 'vitest';
import { analyzeStructure, detectDate, findLead, isHeadingLike, latestYearMentioned, numberedRank } from '../../src/lib/ingest/headings.ts';

const BODY = '坚持把政治建设摆在首位,扎实开展各类学习教育,推动党员干部理想信念更加坚定。';

/** Headings (depth + text) of a text analysed after a title line. */
function headings(lines: string[]): [number, string][] {
  const { blocks } = analyzeStructure(['某市党建工作综述', ...lines].join('\n'));
  return blocks.flatMap((block) => (block.kind === 'heading' ? [[block.depth, block.text] as [number, string]] : []));
}

describe('heading styles', () => {
  it.each([
    ['第五节 老工业城市转型升级中组织工作创新的路径选择', 0],
    ['第三章 干部队伍', 0],
    ['【党建引领】', 1],
    ['一、甄选"品质过硬"党员种子', 1],
    ['十二、其他', 1],
    ['一 自贡市转型升级中的组织工作', 1],
    ['(一)“党建+”模式的运用', 2],
    ['（二）多措并举抓干部的担当作为', 2],
    ['1.建强党建自身这个主心骨', 3],
    ['2、找准原理这个导航仪', 3],
    ['(1)细化分解', 4],
  ])('numbered style %s has rank %i', (line, rank) => {
    expect(numberedRank(line)).toBe(rank);
    expect(isHeadingLike(line)).toBe(true);
  });

  it('does not take numbers, decimals or 一是 items for heading numbering', () => {
    expect(numberedRank('1.1万个党组织')).toBeUndefined();
    expect(numberedRank('一是鲜明用人导向')).toBeUndefined();
    expect(numberedRank('十九大以来')).toBeUndefined();
    expect(numberedRank('2021年')).toBeUndefined();
  });

  it('takes short lines without closing punctuation as headings, but not sentences or bylines', () => {
    expect(isHeadingLike('守初心担使命')).toBe(true);
    expect(isHeadingLike('强化思想武装,打牢党员心中的红色烙印')).toBe(true);
    expect(isHeadingLike('(四)培养年轻干部抓“壮苗”')).toBe(true);
    expect(isHeadingLike('抓实党内教育。坚持学习。')).toBe(false);
    expect(isHeadingLike('一句没写完的话,')).toBe(false);
    expect(isHeadingLike('作者:刘振江 来源:枣庄日报全媒体 2021-09-01 14:26:56')).toBe(false);
    expect(isHeadingLike('通讯员 汪西平 石为径')).toBe(false);
    expect(isHeadingLike('编辑:马园亮 责编:贺宝玺')).toBe(false);
    expect(isHeadingLike('- 城市党建实践创新研究')).toBe(false);
    expect(isHeadingLike('9232字')).toBe(false);
    expect(isHeadingLike('很长'.repeat(25))).toBe(false);
    // Headings of Chinese reports have Chinese in them.
    expect(isHeadingLike('import fs from "node:fs"')).toBe(false);
    expect(isHeadingLike('***')).toBe(false);
  });

  it('maps the outermost style to ## and inner styles to ###', () => {
    expect(headings(['一 总体情况', BODY, '(一)党建+模式', BODY, '(二)干部担当', BODY, '二 路径探索', BODY])).toEqual([
      [2, '一 总体情况'],
      [3, '(一)党建+模式'],
      [3, '(二)干部担当'],
      [2, '二 路径探索'],
    ]);
    expect(headings(['【党建引领】', BODY, '1.细化分解明责任', BODY])).toEqual([
      [2, '【党建引领】'],
      [3, '1.细化分解明责任'],
    ]);
    expect(headings(['第五节 路径选择', '一、现状', BODY])).toEqual([
      [2, '第五节 路径选择'],
      [3, '一、现状'],
    ]);
  });

  it('nests the second of two consecutive plain headings (heading + subheading)', () => {
    expect(headings(['守初心担使命', '党员干部理想信念更加坚定', BODY, '重实干重实绩', BODY])).toEqual([
      [2, '守初心担使命'],
      [3, '党员干部理想信念更加坚定'],
      [2, '重实干重实绩'],
    ]);
  });
});

describe('title and preamble', () => {
  it('keeps deck, title line and byline plain and reads the title', () => {
    const text = ['建市60年来,党的建设得到历史性加强,基层党组织发展到1.1万个——', '党建引领风帆劲', '作者:刘振江 2021-09-01 14:26:56', BODY].join('\n');
    const structure = analyzeStructure(text);
    expect(structure.title).toBe('党建引领风帆劲');
    expect(structure.titleBasis).toBe('title-line');
    expect(structure.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('treats a repeated or extended title line as plain text', () => {
    const { blocks } = analyzeStructure(['标题甲', '标题甲', '标题甲——副题', BODY].join('\n'));
    expect(blocks.filter((block) => block.kind === 'heading')).toEqual([]);
  });

  it('without a title line, takes the first heading and keeps it a heading', () => {
    const structure = analyzeStructure([BODY, '创新实施党建过程管控机制', BODY].join('\n'));
    expect(structure.title).toBe('创新实施党建过程管控机制');
    expect(structure.titleBasis).toBe('first-heading');
    expect(structure.blocks[1]).toMatchObject({ kind: 'heading', depth: 2 });
  });

  it('uses --title when given', () => {
    const structure = analyzeStructure(['标题甲', BODY].join('\n'), { title: '另一个标题' });
    expect(structure).toMatchObject({ title: '另一个标题', titleBasis: 'option' });
  });
});

describe('practice leads', () => {
  it('reads the lead sentence of a practice paragraph', () => {
    expect(findLead('抓实党内教育。扎实推进党的群众路线教育实践活动和“两学一做”学习教育。')).toEqual({ title: '抓实党内教育', style: 'lead' });
    expect(findLead('精选"领头雁"。选优配强基层党组织书记,扎实开展村"两委"班子分析评估。')).toEqual({ title: '精选"领头雁"', style: 'lead' });
    expect(findLead('一是鲜明用人导向,引领年轻干部成长方向。年轻干部正处于成长的关键时期。')).toEqual({
      title: '鲜明用人导向,引领年轻干部成长方向',
      style: 'item',
    });
    expect(findLead('1.建强党建自身这个“主心骨”。“打铁还需自身硬”,推行党建工作责任制。')).toEqual({
      title: '建强党建自身这个“主心骨”',
      style: 'numbered',
    });
    expect(findLead('【细化分解】将省考核指标任务逐级细化分解。')).toEqual({ title: '细化分解', style: 'bracket' });
  });

  it('rejects narrative openings, quotations and long first sentences', () => {
    expect(findLead('2021年,我市迎来建市60周年。60年来,党的建设得到历史性加强。')).toBeUndefined();
    expect(findLead('事业兴衰,关键在党,关键在人。我市聚焦经济社会发展选干部配班子。')).toBeUndefined();
    expect(findLead('“总书记说了,党要始终同人民想在一起。我们社区……”社区书记说。')).toBeUndefined();
    expect(findLead(`${'很长的第一句'.repeat(6)}。后面还有更多的文字说明情况。`)).toBeUndefined();
    expect(findLead('只有一句。')).toBeUndefined();
  });

  it('gives practices under ### a deeper level than under ##', () => {
    const { blocks } = analyzeStructure(['标题', '一、大标题', '抓实党内教育。坚持学习教育常态化制度化。', '(一)小标题', '抓实干部教育。举办主体班次61期培训干部。'].join('\n'));
    expect(blocks.filter((block) => block.kind === 'lead').map((block) => block.kind === 'lead' && block.depth)).toEqual([2, 3]);
  });
});

describe('dates', () => {
  it('reads a byline or listing date with time', () => {
    expect(detectDate('标题\n作者:刘振江 来源:枣庄日报全媒体 2021-09-01 14:26:56\n正文')).toMatchObject({ value: '2021-09-01', time: '14:26:56' });
    expect(detectDate('- 书名\n- 2021-10-15 19:46:44\n第五节')).toMatchObject({ value: '2021-10-15', time: '19:46:44' });
    expect(detectDate('标题\n本报记者 张三 2018年1月5日\n正文')).toMatchObject({ value: '2018-01-05' });
  });

  it('ignores dates inside body sentences and impossible dates', () => {
    expect(detectDate('标题\n2019年7月1日,我市建成教育基地,举办培训班。')).toBeUndefined();
    expect(detectDate('作者:某 2021-13-40')).toBeUndefined();
    expect(latestYearMentioned('2017年4月……2018年以来……1999年')).toBe('2018');
    expect(latestYearMentioned('没有年份')).toBeUndefined();
  });
});
