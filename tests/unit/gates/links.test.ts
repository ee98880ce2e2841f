import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem } from '../../../scripts/gates/links.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

it('passes links to pages, anchors, raw files and relative paths; ignores external links', () => {
  const result = checkLinks(
    site({
      'index.html': page(
        '<a href="/documents/a/#p1">a</a><a href="documents/a/">rel</a><a href="#top">top</a>' +
          '<a href="/sources/a.txt">txt</a><a href="/cite/a.bib">bib</a><a href="https://example.org/x">ext</a>' +
          '<a href="mailto:x@example.org">mail</a><img src="/img.svg" srcset="/img.svg 1x, /img.svg 2x" alt="">',
      ),
      'documents/a/index.html': page('<h2 id="p1">做法</h2><a href="../a/#p1">self</a>'),
      'sources/a.txt': 'text',
      'cite/a.bib': '@book{}',
      'img.svg': '<svg/>',
    }),
  );
  expect(result.problems).toEqual([]);
  expect(result).toMatchObject({ pages: 2, links: 9, anchors: 2 });
});

it('fails a broken link, a broken anchor and a folder link without its trailing slash', () => {
  const result = checkLinks(
    site({
      'index.html': page('<a href="/missing/">x</a><a href="/a/#nope">y</a><a href="/a">z</a>'),
      'a/index.html': page('<p id="yes">a</p>'),
    }),
  );
  expect(result.problems.map(formatLinkProblem)).toEqual([
    'index.html: <a href>="/missing/" → 页面不存在',
    'index.html: <a href>="/a/#nope" → a/index.html 中没有 id="nope"',
    'index.html: <a href>="/a" → 缺少结尾的 /(trailingSlash: always)',
  ]);
});

it('checks anchors within the same page and percent-encoded ids', () => {
  const result = checkLinks(
    site({ 'index.html': page('<a href="#%E5%81%9A%E6%B3%95">ok</a><a href="#gone">bad</a><h2 id="做法">做法</h2>') }),
  );
  expect(result.problems.map((problem) => problem.value)).toEqual(['#gone']);
});
