/**
 * `npm run gates`: every quality gate against the built dist/ (run `npm run build` first),
 * one after another (two cores: one build or browser at a time). All gates run even when
 * one fails, so CI shows every problem at once; the exit code is non-zero if any failed.
 */
import { spawnSync } from 'node:child_process';

const GATES = ['check:links', 'check:html', 'check:weight', 'check:a11y', 'check:offline', 'check:determinism'];

const failed: string[] = [];
for (const gate of GATES) {
  console.log(`\n=== ${gate} ===`);
  const started = Date.now();
  const { status } = spawnSync('npm', ['run', '--silent', gate], { stdio: 'inherit' });
  console.log(`=== ${gate}: ${status === 0 ? '通过' : '失败'}(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (status !== 0) failed.push(gate);
}
console.log(failed.length === 0 ? `\n全部 ${GATES.length} 项检查通过` : `\n未通过:${failed.join('、')}`);
process.exitCode = failed.length === 0 ? 0 : 1;
