/**
 * The ingest command run as a child process (the repository's Node 22) in a temporary
 * project directory holding only content/places.json and content/themes.json.
 */
import { spawn, spawnSync } from 'node:child_process';
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
  for (const file of readdirSync(join(repo, 'content')).filter((name) => name.endsWith('.json'))) copyFileSync(join(repo, 'content', file), join(project, 'content', file));
});

afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

function ingest(...args: string[]) {
  const result = spawnSync(node, [script, ...args], { cwd: project, encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(project, name), content);
  return name;
}

/** Every file under content/ other than the data files copied in. */
function written(): string[] {
  const list = (dir: string): string[] =>
    existsSync(join(project, dir))
      ? readdirSync(join(project, dir), { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? list(join(dir, entry.name)) : [join(dir, entry.name)],
        )
      : [];
  return list('content').filter((path) => !/^content\/[^/]+\.json$/.test(path));
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
    expect(result.stdout).toContain('<Practice id="zaozhuang-zhuashi-ganbu-jiaoyu" title="抓实干部教育"');
    expect(result.stdout).toContain('review:\n  state: draft\n');
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

  it('refuses to replace an existing entry without --force; with it, backs the old entry and its source up and says where', () => {
    write('a.txt', SAMPLE);
    mkdirSync(join(project, 'content/documents'), { recursive: true });
    mkdirSync(join(project, 'content/sources'), { recursive: true });
    const entry = join(project, 'content/documents/zaozhuang-a.mdx');
    const curated = '---\ntitle: 手工整理\nsource: old.txt\n---\n\n正文\n';
    writeFileSync(entry, curated);
    writeFileSync(join(project, 'content/sources/old.txt'), '旧原文');
    const refused = ingest('a.txt', '--place', 'zaozhuang');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('已存在');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(entry, 'utf8')).toBe(curated);
    expect(existsSync(join(project, 'content/sources/a.txt'))).toBe(false);

    const forced = ingest('a.txt', '--place', 'zaozhuang', '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(entry, 'utf8')).toMatch(/^---\ntitle: "党建引领风帆劲"/);
    const backup = /备份到 \/ previous entry backed up to: (\.ingest-backups\/[^\n]+)\/\n/.exec(forced.stdout)?.[1];
    expect(backup).toBeDefined();
    expect(readFileSync(join(project, `${backup}/content/documents/zaozhuang-a.mdx`), 'utf8')).toBe(curated);
    expect(readFileSync(join(project, `${backup}/content/sources/old.txt`), 'utf8')).toBe('旧原文');
    // The old source, used by no other entry, now lives in the backup only.
    expect(existsSync(join(project, 'content/sources/old.txt'))).toBe(false);
  });

  it('never overwrites another entry\'s source, with or without --force: a new name is chosen; the same bytes are reused', () => {
    write('a.txt', SAMPLE);
    mkdirSync(join(project, 'content/sources'), { recursive: true });
    mkdirSync(join(project, 'content/documents'), { recursive: true });
    const stored = join(project, 'content/sources/a.txt');
    writeFileSync(stored, 'another text');
    writeFileSync(join(project, 'content/documents/other.mdx'), '---\ntitle: 另一篇\nsource: a.txt\n---\n\nanother text\n');
    for (const args of [[], ['--force']]) {
      const result = ingest('a.txt', '--place', 'zaozhuang', '--slug', `zaozhuang-a${args.length}`, ...args);
      expect(result.status).toBe(0);
      expect(readFileSync(stored, 'utf8')).toBe('another text');
    }
    expect(readFileSync(join(project, 'content/sources/a-2.txt'), 'utf8')).toBe(SAMPLE);
    expect(existsSync(join(project, 'content/sources/a-3.txt'))).toBe(false);
    expect(readFileSync(join(project, 'content/documents/zaozhuang-a0.mdx'), 'utf8')).toContain('source: "a-2.txt"');
    const again = ingest('a.txt', '--place', 'zaozhuang', '--slug', 'zaozhuang-a2');
    expect(again.stdout).toContain('已存在,内容相同');
  });

  it('an interrupted run leaves no half-written file, and a re-run completes', async () => {
    // Big enough that writing takes a moment; killed at increasing delays from start to finish.
    const text = `${SAMPLE}\n${'加强党员队伍建设,选优配强村党组织书记。\n'.repeat(6_000)}`;
    write('big.txt', text);
    const expected = ingest('big.txt', '--place', 'zaozhuang', '--dry-run').stdout;
    for (const delay of [100, 250, 400, 550, 700, 900]) {
      rmSync(join(project, 'content/documents'), { recursive: true, force: true });
      rmSync(join(project, 'content/sources'), { recursive: true, force: true });
      const child = spawn(node, [script, 'big.txt', '--place', 'zaozhuang'], { cwd: project, stdio: 'ignore' });
      // Listen before killing: on a fast machine the run may finish before the delay is up.
      const exited = new Promise((done) => child.once('exit', done));
      await new Promise((done) => setTimeout(done, delay));
      child.kill('SIGKILL');
      await exited;
      const entry = join(project, 'content/documents/zaozhuang-big.mdx');
      const source = join(project, 'content/sources/big.txt');
      if (existsSync(entry)) expect(readFileSync(entry, 'utf8')).toBe(expected);
      if (existsSync(source)) expect(readFileSync(source, 'utf8')).toBe(text);
      if (existsSync(entry)) expect(existsSync(source)).toBe(true);
      const rerun = ingest('big.txt', '--place', 'zaozhuang', ...(existsSync(entry) ? ['--force'] : []));
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(readFileSync(entry, 'utf8')).toBe(expected);
      expect(readFileSync(source, 'utf8')).toBe(text);
      expect(written().filter((path) => path.includes('.ingest-tmp-'))).toEqual([]);
    }
  }, 60_000);

  it('refuses a source over 2 MB unless --allow-large, saying why', () => {
    write('huge.txt', `${SAMPLE}\n${'党建'.repeat(400_000)}\n`);
    const refused = ingest('huge.txt', '--place', 'zaozhuang');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/huge\.txt 有 2\.3 MB,超过 2\.0 MB 上限.*--allow-large/);
    expect(written()).toEqual([]);
    expect(ingest('huge.txt', '--place', 'zaozhuang', '--allow-large').status).toBe(0);
  });

  it('refuses impossible dates', () => {
    write('a.txt', SAMPLE);
    for (const date of ['2021-02-31', '0000']) {
      const result = ingest('a.txt', '--place', 'zaozhuang', '--date', date);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('不存在');
    }
    expect(written()).toEqual([]);
  });

  it('gives practice ids unique across the corpus and never a page id', () => {
    write('a.txt', SAMPLE);
    write('b.txt', `${SAMPLE}\n`);
    expect(ingest('a.txt', '--place', 'zaozhuang').status).toBe(0);
    expect(ingest('b.txt', '--place', 'zaozhuang').status).toBe(0);
    const ids = (name: string) => extractPractices(readFileSync(join(project, 'content/documents', name), 'utf8'), name).map(({ id }) => id);
    const [first, second] = [ids('zaozhuang-a.mdx'), ids('zaozhuang-b.mdx')];
    expect(first.length).toBeGreaterThan(0);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    expect(second[0]).toBe(`${first[0]}-2`);
  });

  it('ingests a folder and a CSV manifest with one summary, going on past a bad file', () => {
    mkdirSync(join(project, 'batch'));
    write('batch/one.txt', SAMPLE);
    write('batch/two.txt', new Uint8Array());
    const folder = ingest('batch', '--place', 'zaozhuang');
    expect(folder.status).toBe(1);
    expect(folder.stdout).toContain('批量导入汇总 / batch summary: 2 个文件,起草 1 篇,失败 1 个');
    expect(folder.stdout).toContain('✔ zaozhuang-one');
    expect(folder.stdout).toMatch(/✘ .*two\.txt: .*文件为空/);

    write('batch/list.csv', 'file,place,slug,date,title\none.txt,ankang,ankang-one,2020-05-01,"标题,含逗号"\n');
    const manifest = ingest('--manifest', 'batch/list.csv');
    expect(manifest.status).toBe(0);
    expect(manifest.stdout).toContain('起草 1 篇');
    const mdx = readFileSync(join(project, 'content/documents/ankang-one.mdx'), 'utf8');
    expect(mdx).toContain('title: "标题,含逗号"');
    expect(mdx).toContain('place: ankang');
    expect(mdx).toContain('value: "2020-05-01"');
  });
});
