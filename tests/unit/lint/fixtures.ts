/**
 * In-memory corpora for the lint tests: one clean document (`GOOD`) and helpers to break
 * it in one place. Lines in GOOD_MDX are numbered in comments where tests rely on them.
 */
import { lintCorpus, type LintCorpus, type LintProblem, type Rule } from '../../../src/lib/lint/index.ts';

export const GOOD_PATH = 'content/documents/alpha.mdx';

export const GOOD_SOURCE = [
  '测试文档标题',
  '',
  '第一段,有"引号"和 <尖括号>。',
  '二、小标题',
  '第二段:为全区200名村党组织书记建立档案。',
  '第三段:设立人才公寓 3 处。',
].join('\n');

export const GOOD_MDX = [
  /*  1 */ '---',
  /*  2 */ 'title: 测试文档标题',
  /*  3 */ 'place: zaozhuang',
  /*  4 */ 'date: { value: "2021", precision: year }',
  /*  5 */ 'genre: 讲话',
  /*  6 */ 'summary: 用于测试内容检查规则的文档,只在单元测试中使用。',
  /*  7 */ 'themes: [cadres, grassroots]',
  /*  8 */ 'source: alpha.txt',
  /*  9 */ 'figures:',
  // A flow mapping, so the figure's status fits without moving the lines other tests point at.
  /* 10 */ '  - { quote: 为全区200名村党组织书记建立档案,',
  /* 11 */ '      value: "200",',
  /* 12 */ '      unit: 名,',
  /* 13 */ '      counts: 建档的村党组织书记,',
  /* 14 */ '      period: "2021",',
  /* 15 */ '      theme: cadres,',
  /* 16 */ '      practice: alpha-archives, status: achieved }',
  /* 17 */ '---',
  /* 18 */ '',
  /* 19 */ '第一段,有"引号"和 \\<尖括号>。',
  /* 20 */ '',
  /* 21 */ '## 二、小标题',
  /* 22 */ '',
  /* 23 */ '<Practice id="alpha-archives" title="建立档案" themes="cadres grassroots" types="cadre-supervision grassroots-leaders" kind="practice">',
  /* 24 */ '',
  /* 25 */ '第二段:为全区200名村党组织书记建立档案。',
  /* 26 */ '',
  /* 27 */ '</Practice>',
  /* 28 */ '',
  /* 29 */ '第三段:设立人才公寓3处。',
  /* 30 */ '',
].join('\n');

export interface FixtureOptions {
  documents?: Record<string, string>;
  sources?: Record<string, string>;
}

/** A corpus with the given documents (path → MDX) and sources (name → text). */
export function corpus({
  documents = { [GOOD_PATH]: GOOD_MDX },
  sources = { 'alpha.txt': GOOD_SOURCE },
}: FixtureOptions = {}): LintCorpus {
  return {
    documents: Object.entries(documents).map(([path, source]) => ({ path, source })),
    sources: new Map(Object.entries(sources)),
    places: [
      { id: 'zaozhuang', name: '枣庄市' },
      { id: 'ankang', name: '安康市' },
    ],
    themes: [
      { id: 'cadres', name: '干部队伍建设' },
      { id: 'talent', name: '人才工作' },
      { id: 'grassroots', name: '基层组织建设' },
    ],
    practiceTypes: [
      { id: 'cadre-supervision', name: '干部监督管理', theme: 'cadres' },
      { id: 'grassroots-leaders', name: '带头人与党务队伍', theme: 'grassroots' },
      { id: 'flexible-talent', name: '柔性引才', theme: 'talent' },
    ],
  };
}

/** GOOD_MDX with `from` replaced by `to`; fails loudly if `from` is not there. */
export function edit(from: string, to: string, mdx = GOOD_MDX): string {
  if (!mdx.includes(from)) throw new Error(`fixture does not contain ${from}`);
  return mdx.replace(from, to);
}

/** The good corpus with its one document replaced. */
export function withDocument(mdx: string): LintCorpus {
  return corpus({ documents: { [GOOD_PATH]: mdx } });
}

/** Runs one rule and keeps what a test asserts on: rule, file and line. */
export function run(rule: Rule, fixture: LintCorpus): LintProblem[] {
  return lintCorpus(fixture, [rule]);
}

export function locations(problems: LintProblem[]): { rule: string; file: string; line: number }[] {
  return problems.map(({ rule, file, line }) => ({ rule, file, line }));
}
