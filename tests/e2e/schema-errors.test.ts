/**
 * "A bad field (unknown place or theme, malformed date, missing title) fails the build
 * with a message that names the file and the field."
 *
 * Builds a copy of the project once per bad field. What Astro 7 does with each:
 * - a malformed date or a missing title fails content sync with InvalidContentEntryDataError,
 *   naming the entry, the field and the file;
 * - an unknown place or theme is only logged by Astro ("Invalid content reference", exit 0):
 *   the content-lint integration fails the build at astro:build:start with
 *   `path:line: [references-valid] …`, naming the file, its line and the field.
 */
import { rmSync, writeFileSync } from 'node:fs';
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
  /** What the build output must contain, exactly as Astro 7 and the content lint print it. */
  expected: (project: string) => (string | RegExp)[];
}

const CASES: Case[] = [
  {
    field: 'unknown place',
    file: 'zz-unknown-place.mdx',
    from: 'place: zaozhuang',
    to: 'place: atlantis',
    expected: () => [
      'content/documents/zz-unknown-place.mdx:3: [references-valid] place "atlantis" 不在 content/places.json 中;',
    ],
  },
  {
    field: 'unknown theme',
    file: 'zz-unknown-theme.mdx',
    from: 'themes: [cadres]',
    to: 'themes: [cadres, welfare]',
    expected: () => ['content/documents/zz-unknown-theme.mdx:9: [references-valid] themes 中的主题 "welfare" 不存在;'],
  },
  {
    field: 'malformed date',
    file: 'zz-bad-date.mdx',
    from: 'value: "2021-09-01"',
    to: 'value: "2021-13-01"',
    expected: (project) => [
      '[InvalidContentEntryDataError] documents → zz-bad-date data does not match collection schema.',
      /^ {2}date\.value: 日期须写作 YYYY、YYYY-MM 或 YYYY-MM-DD$/m,
      `${project}/content/documents/zz-bad-date.mdx`,
    ],
  },
  {
    field: 'missing title',
    file: 'zz-no-title.mdx',
    from: 'title: 测试文档标题\n',
    to: '',
    expected: (project) => [
      '[InvalidContentEntryDataError] documents → zz-no-title data does not match collection schema.',
      // Astro 7 prints the field name twice, with Markdown bold marks, even without colour.
      /^ {2}title\*\*: \*\*title: Required$/m,
      `${project}/content/documents/zz-no-title.mdx`,
    ],
  },
];

describe('a bad field fails the build, naming the file and the field', { timeout: BUILD_TIMEOUT + 30_000 }, () => {
  it.each(CASES)('$field', ({ file, from, to, expected }) => {
    const { status, output, error } = buildWith(file, replaced(from, to));
    expect(error).toBeUndefined();
    expect(status).not.toBe(0);
    for (const wanted of expected(project)) {
      if (typeof wanted === 'string') expect(output).toContain(wanted);
      else expect(output).toMatch(wanted);
    }
  });
});
