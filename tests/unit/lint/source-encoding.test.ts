/**
 * The content rules read a stored source the way ingest decoded it: a GB18030, Big5 or
 * UTF-16 source checks against its entry like a UTF-8 one, and an undecodable one is named.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { lintCorpus, loadCorpus } from '../../../src/lib/lint/index.ts';
import { sourceFidelity } from '../../../src/lib/lint/rules/source-fidelity.ts';

const fixture = (name: string) => new URL(`../../fixtures/ingest/${name}`, import.meta.url);

let project = '';

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'lint-encoding-'));
  mkdirSync(join(project, 'content/documents'), { recursive: true });
  mkdirSync(join(project, 'content/sources'));
  for (const file of readdirSync('content').filter((name) => name.endsWith('.json'))) copyFileSync(join('content', file), join(project, 'content', file));
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

function entry(source: string, body: string): void {
  const mdx = `---\ntitle: 标题\nplace: zaozhuang\ndate: { value: "2021", precision: year }\ngenre: 讲话\nsummary: 测试。\nthemes: [cadres]\nsource: ${source}\n---\n\n${body}\n`;
  writeFileSync(join(project, 'content/documents/a.mdx'), mdx);
}

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

it.each([
  ['GB18030', 'gb18030.txt'],
  ['Big5', 'big5.txt'],
])('a %s source passes source-fidelity against its decoded text, and fails when a line is missing', (_label, name) => {
  copyFileSync(fixture(name), join(project, 'content/sources/s.txt'));
  const text = new TextDecoder(name === 'big5.txt' ? 'big5' : 'gb18030').decode(readFileSync(fixture(name)));
  entry('s.txt', text.split('\n').filter(Boolean).join('\n\n'));
  expect(lintCorpus(loadCorpus(project), [sourceFidelity])).toEqual([]);
  entry('s.txt', text.split('\n').filter(Boolean).slice(1).join('\n\n'));
  expect(lintCorpus(loadCorpus(project), [sourceFidelity])[0]?.message).toContain('第 1 行未在正文中按顺序找到');
});

it('a UTF-16 source passes source-fidelity', () => {
  writeFileSync(join(project, 'content/sources/s.txt'), utf16le('第一行\r\n第二行。\r\n'));
  entry('s.txt', '第一行\n\n第二行。');
  expect(lintCorpus(loadCorpus(project), [sourceFidelity])).toEqual([]);
});

it('an undecodable source is reported at the source field, with the decoder\'s reason', () => {
  writeFileSync(join(project, 'content/sources/s.txt'), Buffer.from([0x61, 0xff, 0xff, 0x81, 0x20]));
  entry('s.txt', 'a');
  const [problem] = lintCorpus(loadCorpus(project), [sourceFidelity]);
  expect(problem).toMatchObject({ file: 'content/documents/a.mdx', line: 8, rule: 'source-fidelity' });
  expect(problem?.message).toContain('无法解码');
});
