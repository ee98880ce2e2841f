/**
 * A hostile source goes through the real ingest command and the real build, and its page
 * shows every trap as text: no script runs, no element is injected, no javascript: link.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/support/browser.ts';
import { astroBuild, copyProject } from '../../scripts/support/project.ts';
import { serveStatic, type RunningServer } from '../../scripts/support/static-server.ts';

/** Each line must reach the page as literal text. */
const TRAPS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'import fs from "node:fs"',
  'export const pwned = alert(1)',
  '{process.exit(1)}',
  '{alert(1)}',
  '[点此查看](javascript:alert(1))',
];
const SOURCE = `敌意来源测试\n${TRAPS.map((trap) => `党员干部学习材料:${trap}`).join('\n')}\n${TRAPS.join('\n')}\n`;

let project = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;

beforeAll(() => {
  project = copyProject('hostile-source-');
  const file = join(project, 'hostile.txt');
  writeFileSync(file, SOURCE);
  const ingest = spawnSync(
    join(project, 'node_modules/.bin/node'),
    ['scripts/ingest.ts', file, '--place', 'zaozhuang', '--slug', 'hostile-test', '--date', '2021-01-01'],
    { cwd: project, encoding: 'utf8' },
  );
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stdout}\n${ingest.stderr}`);
  const build = astroBuild(project, [], 180_000);
  if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-6000)}`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

it('the build survives the source (no {process.exit(1)} ran) and the page shows every trap as text, running nothing', async () => {
  server = await serveStatic(join(project, 'dist'));
  browser = await launchBrowser();
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(`${server.url}/documents/hostile-test/`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);

  const text = await page.locator('main').innerText();
  for (const trap of TRAPS) expect(text).toContain(trap);

  const injected = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('main script')].length,
    images: [...document.querySelectorAll('main img')].map((image) => image.getAttribute('src')),
    handlers: [...document.querySelectorAll('main *')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    ),
    javascriptLinks: [...document.querySelectorAll('[href], [src]')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
      .filter((url) => url.trim().toLowerCase().startsWith('javascript:')),
  }));
  expect(injected).toEqual({ scripts: 0, images: [], handlers: [], javascriptLinks: [] });
  expect(dialogs).toEqual([]);
});
