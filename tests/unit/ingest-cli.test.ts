/**
 * The ingest command run as a child process (the repository's Node 22) in a temporary
 * project directory holding only content/places.json and content/themes.json.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractPractices } from '../../src/lib/practices.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const node = join(repo, 'node_modules/.bin/node');
const script = join(repo, 'scripts/ingest.ts');
const fixture = (name: string) => join(repo, 'tests/fixtures/ingest', name);

const SAMPLE = ['党建引领风帆劲', '作者:某某 2021-09-01 14:26:56', '抓实干部教育。举办主体班次61期,培训干部1.3万人次,选拔任用年轻干部。', '狠抓带头人队伍建设。选优配强村党组织书记,建强基层党组织,发展壮大村集体经济。'].join('\n');

let project: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  mkdirSync(join(project, 'content'));
  for (const file of ['places.json', 'themes.json']) copyFileSync(join(repo, 'content', file), join(project, 'content', file));
});

afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

function ingest(...args: string[]) {
  const result = spawnSync(node, [script, ...args], { cwd: project, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(project, name), content);
  return name;
}

/** Every file under content/ other than the two copied in. */
function written(): string[] {
  const list = (dir: string): string[] =>
    existsSync(join(project, dir))
      ? readdirSync(join(project, dir), { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? list(join(dir, entry.name)) : [join(dir, entry.name)],
        )
      : [];
  return list('content').filter((path) => !/^content\/(places|themes)\.json$/.test(path));
}

describe('npm run ingest', () => {
  it('writes a draft entry and copies the raw source byte for byte', () => {
    const bytes = readFileSync(fixture('gb18030.txt'));
    write('gb.txt', bytes);
    const result = ingest('gb.txt', '--place', 'zigong', '--slug', 'zigong-test');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content/documents/zigong-test.mdx');
    expect(result.stdout).toContain('gb18030');
    expect(written().sort()).toEqual(['content/documents/zigong-test.mdx', 'content/sources/gb.txt']);
    expect(Buffer.compare(readFileSync(join(project, 'content/sources/gb.txt')), bytes)).toBe(0);
    const mdx = readFileSync(join(project, 'content/documents/zigong-test.mdx'), 'utf8');
    expect(mdx).toContain('place: zigong');
    expect(mdx).toContain('source: "gb.txt"');
    expect(mdx).toContain('## 一、加强党的建设');
    expect(() => extractPractices(mdx, 'zigong-test.mdx')).not.toThrow();
  });

  it('derives the slug from place and file name, and adds .txt to a source name without it', () => {
    write('Report 2021.TEXT', SAMPLE);
    const result = ingest('Report 2021.TEXT', '--place', 'zaozhuang');
    expect(result.status).toBe(0);
    expect(written().sort()).toEqual(['content/documents/zaozhuang-report-2021.mdx', 'content/sources/Report 2021.TEXT.txt']);
  });

  it('--dry-run prints the MDX and writes nothing', () => {
    write('a.txt', SAMPLE);
    const result = ingest('a.txt', '--place', 'zaozhuang', '--dry-run', '--title', '自定标题', '--date', '2021-09');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^---\ntitle: "自定标题"\nplace: zaozhuang\ndate:\n {2}value: "2021-09"\n {2}precision: month\n/);
    expect(result.stdout).toContain('<Practice id="zaozhuang-p-');
    expect(written()).toEqual([]);
  });

  it('refuses an unknown place, listing the known ids and where to add one', () => {
    write('a.txt', SAMPLE);
    const result = ingest('a.txt', '--place', 'atlantis');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('未知地点 "atlantis"');
    for (const id of ['zaozhuang', 'ankang', 'xinjian', 'binzhou', 'zigong']) expect(result.stderr).toContain(id);
    expect(result.stderr).toContain('content/places.json');
    expect(written()).toEqual([]);
  });

  it('refuses a missing --place, a bad --date and a bad --slug', () => {
    write('a.txt', SAMPLE);
    expect(ingest('a.txt').stderr).toContain('缺少 --place');
    expect(ingest('a.txt', '--place', 'zaozhuang', '--date', '2021-9-1').stderr).toContain('--date 须写作 YYYY');
    expect(ingest('a.txt', '--place', 'zaozhuang', '--slug', 'Bad Slug').stderr).toContain('--slug "Bad Slug"');
    expect(ingest('a.txt', '--place', 'zaozhuang', '--bogus').status).toBe(2);
    expect(ingest('--place', 'zaozhuang').status).not.toBe(0);
    expect(written()).toEqual([]);
  });

  it.each([
    ['empty', new Uint8Array(), '文件为空'],
    ['binary', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), '二进制文件'],
    ['undecodable', new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0xfe, 0xfd, 0x81, 0x20]), '无法解码'],
  ])('refuses an %s file, naming it, and writes nothing', (_label, bytes, message) => {
    write('bad input.txt', bytes);
    const result = ingest('bad input.txt', '--place', 'zaozhuang');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('bad input.txt');
    expect(result.stdout).toBe('');
    expect(written()).toEqual([]);
  });

  it('refuses a missing file', () => {
    const result = ingest('nope.txt', '--place', 'zaozhuang');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('无法读取源文件 nope.txt');
  });

  it('refuses to overwrite an existing entry without --force, and overwrites with it', () => {
    write('a.txt', SAMPLE);
    mkdirSync(join(project, 'content/documents'), { recursive: true });
    const entry = join(project, 'content/documents/zaozhuang-a.mdx');
    writeFileSync(entry, 'curated by hand');
    const refused = ingest('a.txt', '--place', 'zaozhuang');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('已存在');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(entry, 'utf8')).toBe('curated by hand');
    expect(existsSync(join(project, 'content/sources/a.txt'))).toBe(false);

    expect(ingest('a.txt', '--place', 'zaozhuang', '--force').status).toBe(0);
    expect(readFileSync(entry, 'utf8')).toMatch(/^---\ntitle: "党建引领风帆劲"/);
  });

  it('refuses a different source file of the same name without --force, accepts the same bytes', () => {
    write('a.txt', SAMPLE);
    mkdirSync(join(project, 'content/sources'), { recursive: true });
    const stored = join(project, 'content/sources/a.txt');
    writeFileSync(stored, 'another text');
    const refused = ingest('a.txt', '--place', 'zaozhuang');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('内容不同');
    expect(readFileSync(stored, 'utf8')).toBe('another text');
    expect(existsSync(join(project, 'content/documents'))).toBe(false);

    writeFileSync(stored, SAMPLE);
    const accepted = ingest('a.txt', '--place', 'zaozhuang');
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).toContain('已存在,内容相同');
  });
});
