/**
 * "A bad field (unknown place or theme, malformed date, missing title, bad genre, a place
 * without coordinates) fails the build with a message that names the file, line and field."
 *
 * Builds a copy of the project once per bad field. The content-lint integration runs before
 * Astro's content sync, with the collections' own schema (src/lib/schema.ts), so every case
 * fails as `path:line: [rule] …`, and the output carries no unrelated Astro hint.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, lintProject } from '../../src/lib/lint/index.ts';
import { astroBuild, copyProject } from '../../scripts/support/project.ts';

const BUILD_TIMEOUT = 120_000;

let project = '';

beforeAll(() => {
  project = copyProject('schema-errors-');
  // A source of our own, so the cases do not depend on which documents the repository has.
  writeFileSync(join(project, 'content/sources/zz-e2e.txt'), '测试文档标题\n测试正文第一段。\n');
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** A document that builds and passes the content lint; each case breaks one field. */
const VALID = `---
title: 测试文档标题
place: zaozhuang
date:
  value: "2021-09-01"
  precision: day
genre: 新闻报道
summary: 用于检验构建错误信息的测试文档,只在临时副本中构建。
themes: [cadres]
source: zz-e2e.txt
---

<Practice id="zz-e2e-practice" title="测试做法" themes="cadres" types="cadre-training" kind="practice">

测试正文第一段。

</Practice>
`;

function replaced(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`VALID does not contain ${from}`);
  return VALID.replace(from, to);
}

/** Writes `content/documents/<name>` into the copy, builds it, removes the file again. */
function buildWith(name: string, mdx: string) {
  const file = join(project, 'content/documents', name);
  writeFileSync(file, mdx);
  try {
    return astroBuild(project, [], BUILD_TIMEOUT);
  } finally {
    rmSync(file, { force: true });
  }
}

it('the valid entry the cases start from passes the content lint', () => {
  const file = join(project, 'content/documents/zz-valid.mdx');
  writeFileSync(file, VALID);
  try {
    expect(lintProject(project).map(formatProblem)).toEqual([]);
  } finally {
    rmSync(file);
  }
});

interface Case {
  field: string;
  file: string;
  from: string;
  to: string;
  /** What the build output must contain, exactly as the content lint prints it. */
  expected: string[];
}

const CASES: Case[] = [
  {
    field: 'unknown place',
    file: 'zz-unknown-place.mdx',
    from: 'place: zaozhuang',
    to: 'place: atlantis',
    expected: ['content/documents/zz-unknown-place.mdx:3: [references-valid] place "atlantis" 不在 content/places.json 中;'],
  },
  {
    field: 'unknown theme',
    file: 'zz-unknown-theme.mdx',
    from: 'themes: [cadres]',
    to: 'themes: [cadres, welfare]',
    expected: ['content/documents/zz-unknown-theme.mdx:9: [references-valid] themes 中的主题 "welfare" 不存在;'],
  },
  {
    field: 'malformed date',
    file: 'zz-bad-date.mdx',
    from: 'value: "2021-09-01"',
    to: 'value: "2021-13-01"',
    expected: ['content/documents/zz-bad-date.mdx:5: [schema-valid] 字段 date.value 不符合要求:日期须写作 YYYY、YYYY-MM 或 YYYY-MM-DD'],
  },
  {
    field: 'impossible date',
    file: 'zz-feb-31.mdx',
    from: 'value: "2021-09-01"',
    to: 'value: "2021-02-31"',
    expected: ['content/documents/zz-feb-31.mdx:5: [dates-real] date.value "2021-02-31" 不存在:2021 年 2 月只有 28 天'],
  },
  {
    field: 'missing title',
    file: 'zz-no-title.mdx',
    from: 'title: 测试文档标题\n',
    to: '',
    expected: ['content/documents/zz-no-title.mdx:1: [schema-valid] 缺少必填字段 title'],
  },
  {
    field: 'bad genre',
    file: 'zz-bad-genre.mdx',
    from: 'genre: 新闻报道',
    to: 'genre: 小说',
    expected: ['content/documents/zz-bad-genre.mdx:7: [schema-valid] 字段 genre 须为 新闻报道、年度综述、讲话、供稿文章、著作章节 之一'],
  },
];

describe('a bad field fails the build, naming the file and the field', { timeout: BUILD_TIMEOUT + 30_000 }, () => {
  it.each(CASES)('$field', ({ file, from, to, expected }) => {
    const { status, output, error } = buildWith(file, replaced(from, to));
    expect(error).toBeUndefined();
    expect(status).not.toBe(0);
    for (const wanted of expected) expect(output).toContain(wanted);
    expect(output).not.toContain('Browser APIs');
  });

  it('a place without coordinates in content/places.json', () => {
    const path = join(project, 'content/places.json');
    const original = readFileSync(path, 'utf8');
    const places = JSON.parse(original) as { id: string; coordinates?: unknown }[];
    const [first] = places;
    if (!first) throw new Error('content/places.json lists no place');
    delete first.coordinates;
    writeFileSync(path, JSON.stringify(places, null, 2));
    try {
      const { status, output } = astroBuild(project, [], BUILD_TIMEOUT);
      expect(status).not.toBe(0);
      expect(output).toMatch(new RegExp(`content/places\\.json:\\d+: \\[schema-valid\\] 条目 "${first.id}":缺少必填字段 coordinates`));
      expect(output).not.toContain('Browser APIs');
    } finally {
      writeFileSync(path, original);
    }
  });
});
