/**
 * `npm run check:determinism`: two builds of the same checkout give byte-identical output,
 * search index included. Builds twice into temporary folders, hashes every file, and lists
 * the files that differ or exist in one build only.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, ROOT } from '../support/project.ts';
import { listFiles, report } from './dist.ts';

function build(outDir: string): void {
  const result = astroBuild(ROOT, ['--outDir', outDir]);
  if (result.status !== 0) {
    console.error(result.output);
    throw new Error(`astro build --outDir ${outDir} 失败(退出码 ${result.status})`);
  }
}

function hashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

const root = mkdtempSync(join(tmpdir(), 'determinism-'));
try {
  const [first, second] = [join(root, 'a'), join(root, 'b')];
  build(first);
  build(second);
  const [a, b] = [hashes(first), hashes(second)];
  const problems: string[] = [];
  for (const [file, hash] of a) {
    if (!b.has(file)) problems.push(`${file}: 只在第一次构建中出现`);
    else if (b.get(file) !== hash) problems.push(`${file}: 两次构建内容不同`);
  }
  for (const file of b.keys()) if (!a.has(file)) problems.push(`${file}: 只在第二次构建中出现`);
  const pagefind = [...a.keys()].filter((file) => file.startsWith('pagefind/')).length;
  report('check:determinism', `两次构建各 ${a.size} 个文件(其中检索索引 ${pagefind} 个),逐字节比较`, problems);
} finally {
  rmSync(root, { recursive: true, force: true });
}
