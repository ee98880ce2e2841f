/**
 * What the determinism gate compares: every file of two build outputs by content hash, and the
 * environment that makes the second build run on another day in another time zone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../gates/dist.ts';

export const SHIFT_CLOCK_PRELOAD = fileURLToPath(new URL('./shift-clock.ts', import.meta.url));

export function hashTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

/** One line per file that differs or exists in one tree only; empty when the trees are byte-identical. */
export function diffTrees(first: Map<string, string>, second: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, hash] of first) {
    if (!second.has(file)) problems.push(`${file}: 只在第一次构建中出现`);
    else if (second.get(file) !== hash) problems.push(`${file}: 两次构建内容不同`);
  }
  for (const file of second.keys()) if (!first.has(file)) problems.push(`${file}: 只在第二次构建中出现`);
  return problems;
}

/**
 * Environment for a process whose clock runs `days` ahead, in time zone `timeZone`: the preload
 * is added to NODE_OPTIONS, which Node passes on to workers and child processes.
 */
export function shiftedClockEnv(env: NodeJS.ProcessEnv, days: number, timeZone: string): NodeJS.ProcessEnv {
  return {
    ...env,
    SHIFT_CLOCK_MS: String(days * 86_400_000),
    TZ: timeZone,
    NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import ${SHIFT_CLOCK_PRELOAD}`.trim(),
  };
}
