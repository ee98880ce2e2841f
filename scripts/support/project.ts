/**
 * Temporary copies of the project, and `astro build` run the way CI runs it: for tests and
 * benchmarks that change content or build elsewhere without touching the checkout.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve('.');
/** What a build needs besides content/ (the bench writes a content/ of its own). */
export const PROJECT_FILES = ['src', 'public', 'scripts', 'deploy', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies the project (with `content/` unless told otherwise) into a new temporary folder
 * and links node_modules; returns the folder's real path.
 */
export function copyProject(prefix: string, { content = true } = {}): string {
  const project = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  for (const entry of content ? [...PROJECT_FILES, 'content'] : PROJECT_FILES) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

export interface BuildResult {
  status: number | null;
  output: string;
  seconds: number;
  error?: Error;
}

/**
 * `astro build [args]` in `cwd`, with node_modules/.bin first on PATH: it holds the Node 22 Astro requires.
 * `env` replaces the inherited environment (the determinism gate's second build runs on another clock).
 */
export function astroBuild(cwd: string, args: string[] = [], timeout?: number, env: NodeJS.ProcessEnv = process.env): BuildResult {
  const started = performance.now();
  const result = spawnSync(join(cwd, 'node_modules/.bin/astro'), ['build', ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...env,
      PATH: `${join(cwd, 'node_modules/.bin')}:${env.PATH ?? ''}`,
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    seconds: (performance.now() - started) / 1000,
    ...(result.error ? { error: result.error } : {}),
  };
}
