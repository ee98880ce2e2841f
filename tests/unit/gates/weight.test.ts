import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { weighPage } from '../../../scripts/gates/weight.ts';

const dir = mkdtempSync(join(tmpdir(), 'weight-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  'documents/a/index.html':
    '<!doctype html><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script><p>正文</p>',
  '_astro/site.css': 'body { color: black; }'.repeat(50),
  '_astro/page.js': 'import { run } from "./shared.js";\nimport "./side.js";\nrun(); import("./lazy.js");',
  '_astro/shared.js': 'export const run = () => document.title;'.repeat(20),
  '_astro/side.js': 'console.log("side");',
  '_astro/lazy.js': 'export const lazy = 1;'.repeat(500),
};
for (const [path, content] of Object.entries(FILES)) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}
const gz = (path: string) => gzipSync(FILES[path]!).length;

it('counts the HTML, its stylesheets and its scripts with their static imports, not dynamic ones', () => {
  const weight = weighPage(dir, { url: '/documents/a/', file: 'documents/a/index.html' });
  expect(weight.files).toEqual(['_astro/site.css', '_astro/page.js', '_astro/shared.js', '_astro/side.js']);
  expect(weight).toMatchObject({
    html: gz('documents/a/index.html'),
    css: gz('_astro/site.css'),
    js: gz('_astro/page.js') + gz('_astro/shared.js') + gz('_astro/side.js'),
  });
  expect(weight.total).toBe(weight.html + weight.css + weight.js);
});

it('fails loudly on a reference that does not resolve', () => {
  writeFileSync(join(dir, 'broken.html'), '<script src="/_astro/missing.js"></script>');
  expect(() => weighPage(dir, { url: '/broken.html', file: 'broken.html' })).toThrow('/_astro/missing.js 无法解析:文件不存在');
});
