import { describe, expect, it } from 'vitest';
import { schemaValid } from '../../../src/lib/lint/rules/schema-valid.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

const PLACES = `[
  {
    "id": "zaozhuang",
    "name": "枣庄市",
    "nameEn": "Zaozhuang",
    "level": "地级市",
    "province": "山东省",
    "coordinates": { "lat": 34.81, "lng": 117.32 }
  },
  {
    "id": "nowhere",
    "name": "无坐标市",
    "nameEn": "Nowhere",
    "level": "特别市",
    "province": "某省"
  }
]`;

describe('schema-valid', () => {
  it('passes a document the collection schema accepts', () => {
    expect(run(schemaValid, corpus())).toEqual([]);
  });

  it.each([
    ['a bad genre', 'genre: 讲话', 'genre: 小说', 5, '字段 genre 须为 新闻报道、年度综述、讲话、供稿文章、著作章节 之一'],
    ['a malformed date', 'value: "2021"', 'value: "21年"', 4, '字段 date.value 不符合要求:日期须写作 YYYY、YYYY-MM 或 YYYY-MM-DD'],
    ['a missing title', 'title: 测试文档标题\n', '', 1, '缺少必填字段 title'],
    ['an unknown review state', 'genre: 讲话', 'genre: 讲话\nreview: { state: done }', 6, '字段 review.state 须为 draft、reviewed 之一'],
  ])('reports %s at its field, in Chinese', (_label, from, to, line, message) => {
    const problems = run(schemaValid, withDocument(edit(from, to)));
    expect(locations(problems)).toEqual([{ rule: 'schema-valid', file: GOOD_PATH, line }]);
    expect(problems[0]?.message).toContain(message);
  });

  it('checks content/places.json entries: missing coordinates and a bad level, at the entry', () => {
    const problems = run(schemaValid, { ...corpus(), dataFiles: [{ path: 'content/places.json', text: PLACES }] });
    expect(locations(problems)).toEqual([
      { rule: 'schema-valid', file: 'content/places.json', line: 11 },
      { rule: 'schema-valid', file: 'content/places.json', line: 11 },
    ]);
    expect(problems.map(({ message }) => message).sort()).toEqual([
      '条目 "nowhere":字段 level 须为 省、地级市、县级市、市辖区、县 之一',
      '条目 "nowhere":缺少必填字段 coordinates',
    ]);
  });
});
