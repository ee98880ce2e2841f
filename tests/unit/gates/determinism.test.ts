import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diffTrees, hashTree, shiftedClockEnv } from '../../../scripts/support/determinism.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'determinism-test-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('diffTrees', () => {
  it('finds nothing in identical trees', () => {
    const files = { 'index.html': '<p>a</p>', 'pagefind/index/a.pf_index': 'x' };
    expect(diffTrees(hashTree(tree(files)), hashTree(tree(files)))).toEqual([]);
  });

  it('names changed files and files in one tree only', () => {
    const first = hashTree(tree({ 'index.html': '<p>2026-12-07</p>', 'a.txt': 'a', 'gone.txt': 'g' }));
    const second = hashTree(tree({ 'index.html': '<p>2026-12-10</p>', 'a.txt': 'a', 'new.txt': 'n' }));
    expect(diffTrees(first, second).sort()).toEqual(['gone.txt: 只在第一次构建中出现', 'index.html: 两次构建内容不同', 'new.txt: 只在第二次构建中出现']);
  });
});

describe('shiftedClockEnv', () => {
  it('moves new Date() and Date.now() by the days given, in the time zone given; dates from values stay', () => {
    const script = 'console.log(JSON.stringify([Date.now(), new Date().getTime(), new Date(0).toISOString(), new Date().getTimezoneOffset(), typeof Date()]))';
    const run = (env: NodeJS.ProcessEnv) => {
      const result = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as [number, number, string, number, string];
    };
    const before = Date.now();
    const [now, created, epoch, offset, called] = run(shiftedClockEnv(process.env, 3, 'Pacific/Kiritimati'));
    const threeDays = 3 * 86_400_000;
    expect(now - before).toBeGreaterThanOrEqual(threeDays);
    expect(now - before).toBeLessThan(threeDays + 60_000);
    expect(created - before).toBeGreaterThanOrEqual(threeDays);
    expect(epoch).toBe('1970-01-01T00:00:00.000Z');
    expect(offset).toBe(-14 * 60);
    expect(called).toBe('string');
  });
});
