import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../../src/lib/lint/index.ts';
import { GOOD_MDX } from './fixtures.ts';

const SCRIPT = resolve('scripts/lint-content.ts');
const project = mkdtempSync(join(tmpdir(), 'lint-cli-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs `npm run lint:content`'s script in a copy of the repository content. */
function lint(documents: Record<string, string>) {
  rmSync(join(project, 'content'), { recursive: true, force: true });
  cpSync('content', join(project, 'content'), { recursive: true });
  for (const [name, text] of Object.entries(documents)) writeFileSync(join(project, 'content/documents', name), text);
  return spawnSync(process.execPath, [SCRIPT], { cwd: project, encoding: 'utf8' });
}

describe('lint:content', () => {
  it('exits 0 with a summary on the repository content', () => {
    const result = lint({});
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^内容检查通过:\\d+ 篇文档,${rules.length} 条规则,没有问题\\n$`));
    expect(result.status).toBe(0);
  });

  it('prints path:line: [rule] message for each problem and exits 1', () => {
    const result = lint({ 'zz-broken.mdx': GOOD_MDX.replace('place: zaozhuang', 'place: atlantis') });
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/documents\/zz-broken\.mdx:3: \[references-valid\] place "atlantis" /),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/documents\/zz-broken\.mdx:8: \[source-fidelity\] .*alpha\.txt 不存在/),
    );
    expect(lines.at(-1)).toBe('内容检查发现 2 个问题,涉及 1 个文件');
    expect(result.status).toBe(1);
  });
});
