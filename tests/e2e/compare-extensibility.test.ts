/**
 * "Adding a document or a place changes all these pages with no code change": builds a copy
 * of the project with one extra place and one extra document, and finds them in the table,
 * the theme grids (in the rows of their types, with key figures), the CSV and the pair pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const PLACE = { id: 'testshi', name: '测试市', nameEn: 'Testshi', level: '地级市', province: '测试省', coordinates: { lat: 30, lng: 110 } };
const SOURCE = `测试市党建工作综述
测试市深入实施柔性引才计划,聘请专家顾问20人。
测试市建立容错纠错机制,为担当作为的干部撑腰。
测试市开办乡村振兴夜校,培训农民党员。
`;
const DOCUMENT = `---
title: 测试市党建工作综述
place: testshi
date:
  value: "2022"
  precision: year
genre: 年度综述
summary: 只在临时副本中构建的合成文献,用于检验比较页随内容生成。
themes: [talent, cadres, grassroots]
source: zz-compare-test.txt
figures:
  - quote: 聘请专家顾问20人
    value: "20"
    unit: 人
    counts: 聘请的专家顾问
    period: 原文未注明时间
    theme: talent
    practice: testshi-flexible-talent
    status: achieved
---

测试市党建工作综述

<Practice id="testshi-flexible-talent" title="实施柔性引才计划" themes="talent" types="flexible-talent" kind="practice">

测试市深入实施柔性引才计划,聘请专家顾问20人。

</Practice>

<Practice id="testshi-fault-tolerance" title="建立容错纠错机制" themes="cadres" types="cadre-incentives" kind="practice">

测试市建立容错纠错机制,为担当作为的干部撑腰。

</Practice>

<Practice id="testshi-night-school" title="开办乡村振兴夜校" themes="grassroots" types="party-members" kind="practice">

测试市开办乡村振兴夜校,培训农民党员。

</Practice>
`;

let project = '';
let build: ReturnType<typeof spawnSync>;
const html = (path: string) => readFileSync(join(project, 'dist', path, 'index.html'), 'utf8');

beforeAll(() => {
  project = realpathSync(mkdtempSync(join(tmpdir(), 'compare-extensibility-')));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  const placesFile = join(project, 'content/places.json');
  writeFileSync(placesFile, JSON.stringify([...JSON.parse(readFileSync(placesFile, 'utf8')), PLACE], null, 2));
  writeFileSync(join(project, 'content/sources/zz-compare-test.txt'), SOURCE);
  writeFileSync(join(project, 'content/documents/testshi-2022-zongshu.mdx'), DOCUMENT);
  build = spawnSync('node_modules/.bin/astro', ['build'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 180_000,
    // node_modules/.bin first: it holds the Node 22 that Astro requires (the system node is 20).
    env: { ...process.env, PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}, 200_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('an extra place and document', () => {
  it('build', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('appear in the table, in the rows of their types, and in its CSV', () => {
    const cell = (type: string) => new RegExp(`<tr data-type="${type}"[\\s\\S]*?<td data-place="testshi"[^>]*>([^<]*)<`).exec(html('compare'))?.[1]?.trim();
    expect(html('compare')).toContain('测试市');
    expect([cell('flexible-talent'), cell('cadre-incentives'), cell('party-members'), cell('cadre-selection')]).toEqual(['1', '1', '1', '0']);
    const csv = readFileSync(join(project, 'dist/compare/matrix.csv'), 'utf8');
    expect(csv).toContain('测试市(testshi)');
  });

  it('appear on the theme grids under their types, with key figures, and say which themes the source does not cover', () => {
    const cellOf = (page: string, type: string) => new RegExp(`data-type="${type}"[\\s\\S]*?data-place="testshi"[^>]*>([\\s\\S]*?)</div>`).exec(html(page))?.[1] ?? '';
    expect(cellOf('themes/talent', 'flexible-talent')).toContain('data-practice="testshi-flexible-talent"');
    expect(cellOf('themes/cadres', 'cadre-incentives')).toContain('data-practice="testshi-fault-tolerance"');
    expect(cellOf('themes/grassroots', 'party-members')).toContain('data-practice="testshi-night-school"');
    expect(html('themes/talent')).toContain('聘请专家顾问20人');
    expect(html('themes/assessment')).toMatch(/data-place="testshi" data-status="theme-absent"/);
    expect(readFileSync(join(project, 'dist/themes/talent.csv'), 'utf8')).toContain('testshi-flexible-talent');
  });

  it('get a pair page with every other place, in canonical order', () => {
    const others = (JSON.parse(readFileSync(join(ROOT, 'content/places.json'), 'utf8')) as { id: string }[]).map((place) => place.id);
    for (const other of others) {
      const [a, b] = [other, 'testshi'].sort();
      expect(existsSync(join(project, 'dist/compare', a ?? '', b ?? '', 'index.html')), `${a}/${b}`).toBe(true);
    }
    // Both report flexible talent attraction: side by side on their pair page.
    expect(html('compare/ankang/testshi')).toMatch(/class="pair-row" data-type="flexible-talent"[\s\S]*?data-practice="testshi-flexible-talent"/);
  });
});
