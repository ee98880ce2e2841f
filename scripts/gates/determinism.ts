/**
 * `npm run check:determinism`: two builds of the same checkout give byte-identical output,
 * search index included, even when the second runs three days later in another time zone
 * (its clock shifted by a preload, TZ changed): nothing may depend on when or where the build ran.
 * Builds twice into temporary folders, hashes every file, and lists the files that differ
 * or exist in one build only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffTrees, hashTree, shiftedClockEnv } from '../support/determinism.ts';
import { astroBuild, ROOT } from '../support/project.ts';
import { report } from './dist.ts';

const SHIFT_DAYS = 3;
/** Far from UTC and from the first build's zone, so a "today" taken in local time moves too. */
const SHIFTED_TIME_ZONE = 'Pacific/Kiritimati';

function build(outDir: string, env: NodeJS.ProcessEnv): void {
  const result = astroBuild(ROOT, ['--outDir', outDir], undefined, env);
  if (result.status !== 0) {
    console.error(result.output);
    throw new Error(`astro build --outDir ${outDir} 失败(退出码 ${result.status})`);
  }
}

const root = mkdtempSync(join(tmpdir(), 'determinism-'));
try {
  const [first, second] = [join(root, 'a'), join(root, 'b')];
  build(first, process.env);
  build(second, shiftedClockEnv(process.env, SHIFT_DAYS, SHIFTED_TIME_ZONE));
  const [a, b] = [hashTree(first), hashTree(second)];
  const pagefind = [...a.keys()].filter((file) => file.startsWith('pagefind/')).length;
  report(
    'check:determinism',
    `两次构建各 ${a.size} 个文件(其中检索索引 ${pagefind} 个),第二次时钟拨快 ${SHIFT_DAYS} 天、时区 ${SHIFTED_TIME_ZONE},逐字节比较`,
    diffTrees(a, b),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
