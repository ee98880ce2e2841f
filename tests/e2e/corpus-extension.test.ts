/**
 * Growing the corpus the README's way keeps everything green: in a copy of the project, a
 * GB18030 source and a UTF-16 source are ingested (`npm run ingest -- <file> --place … --slug …`),
 * one of them is then marked reviewed by a curator, and `npm run lint:content`, `astro build`
 * and the corpus-derived tests pass; each page shows every line of its source, the draft a
 * 待审 banner, and /sources/<file> serves the text as UTF-8.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/support/browser.ts';
import { astroBuild, copyProject } from '../../scripts/support/project.ts';
import { serveStatic, type RunningServer } from '../../scripts/support/static-server.ts';
import { decodeSource } from '../../src/lib/ingest/decode.ts';

const FIXTURE = 'tests/fixtures/ingest/county-report-gb18030.txt';
const TIMEOUT = 420_000;

const gbBytes = readFileSync(FIXTURE);
const text = decodeSource(gbBytes, FIXTURE).text;
const utf16Bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]);

const DOCUMENTS = [
  { slug: 'zz-extension-gb18030', file: 'county-gb18030.txt', bytes: gbBytes, place: 'zaozhuang', encoding: 'gb18030', reviewed: true },
  { slug: 'zz-extension-utf16', file: 'county-utf16.txt', bytes: utf16Bytes, place: 'ankang', encoding: 'utf-16le', reviewed: false },
];

let project = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(join(project, 'node_modules/.bin', command), args, {
    cwd: project,
    encoding: 'utf8',
    timeout: TIMEOUT,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, NO_COLOR: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * What a curator does when done: review state set, the 待核对 notes resolved (here: dropped), and
 * a type given to each practice the draft could not type (here: the first type of its first theme).
 */
function markReviewed(path: string): void {
  const mdx = readFileSync(path, 'utf8');
  const vocabulary = JSON.parse(readFileSync(join(project, 'content/practice-types.json'), 'utf8')) as { id: string; theme: string }[];
  const typed = mdx.replace(/^(<Practice (?![^>]*\stypes=)[^>]*?themes="([^" ]+)[^"]*")/gm, (tag: string, _open: string, theme: string) =>
    `${tag} types="${vocabulary.find((type) => type.theme === theme)?.id ?? ''}"`,
  );
  const reviewed = typed.replace('review:\n  state: draft\n', 'review:\n  state: reviewed\n').replace(/\nnotes:\n(?: {2}- field: .*\n {4}text: .*\n)+/, '\nnotes: []\n');
  if (reviewed === mdx) throw new Error(`${path}: no draft review state to change`);
  writeFileSync(path, reviewed);
}

beforeAll(async () => {
  project = copyProject('corpus-extension-');
  // The tests run below, in the copy.
  for (const entry of ['tests', 'vitest.config.ts']) cpSync(entry, join(project, entry), { recursive: true });
  for (const document of DOCUMENTS) {
    writeFileSync(join(project, document.file), document.bytes);
    const ingest = run('node', ['scripts/ingest.ts', document.file, '--place', document.place, '--slug', document.slug]);
    if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.output}`);
    if (document.reviewed) markReviewed(join(project, 'content/documents', `${document.slug}.mdx`));
  }
  const lint = run('node', ['scripts/lint-content.ts']);
  if (lint.status !== 0) throw new Error(`lint:content failed:\n${lint.output}`);
  const build = astroBuild(project, [], TIMEOUT);
  if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-6000)}`);
  server = await serveStatic(join(project, 'dist'));
  browser = await launchBrowser();
}, TIMEOUT * 2);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

const squash = (value: string) => value.replace(/\s+/g, '');

describe.each(DOCUMENTS)('$encoding source ingested as $slug', (document) => {
  it('records its encoding and keeps the raw bytes', () => {
    const mdx = readFileSync(join(project, 'content/documents', `${document.slug}.mdx`), 'utf8');
    expect(mdx).toContain(`sourceEncoding: ${document.encoding}`);
    expect(readFileSync(join(project, 'content/sources', document.file)).equals(document.bytes)).toBe(true);
  });

  it('its page shows every line of the source, in order, with proposed practices, and the banner while a draft', async () => {
    if (!browser || !server) throw new Error('site not started');
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/documents/${document.slug}/`);
    expect(response?.status()).toBe(200);
    const shown = squash(await page.locator('main').innerText());
    let from = 0;
    const missing: string[] = [];
    for (const line of text.split('\n').map(squash).filter(Boolean)) {
      const at = shown.indexOf(line, from);
      if (at < 0) missing.push(line);
      else from = at + line.length;
    }
    expect(missing).toEqual([]);
    expect(await page.locator('[data-practice-id]').count()).toBeGreaterThan(0);
    expect(await page.locator('.review-banner').count()).toBe(document.reviewed ? 0 : 1);
    if (!document.reviewed) expect(await page.locator('.review-banner').innerText()).toContain('待审');
    await page.close();
  });

  it('/sources/<file> serves the text as UTF-8 and /sources/raw/<file> the bytes', async () => {
    if (!server) throw new Error('site not started');
    expect(await (await fetch(`${server.url}/sources/${document.file}`)).text()).toBe(text.replace(/\r\n/g, '\n'));
    expect(Buffer.from(await (await fetch(`${server.url}/sources/raw/${document.file}`)).arrayBuffer()).equals(document.bytes)).toBe(true);
  });
});

it('the corpus-derived tests pass in the grown copy', () => {
  const unit = run('vitest', ['run', '--project', 'unit', 'tests/unit/lint', 'tests/unit/ingest-draft.test.ts']);
  expect(unit.output).toMatch(/Tests\s+\d+ passed/);
  expect(unit.status, unit.output.slice(-4000)).toBe(0);
  // The document tests of site.test.ts (every line shown, practice anchors, sources), not its whole-site link walk.
  const e2e = run('vitest', ['run', '--project', 'e2e', 'tests/e2e/site.test.ts', '-t', '^documents'], { DIST_DIR: 'dist' });
  expect(e2e.output).toMatch(/Tests\s+\d+ passed/);
  expect(e2e.status, e2e.output.slice(-4000)).toBe(0);
}, TIMEOUT * 2);
