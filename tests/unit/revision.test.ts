import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedOn } from '../../src/lib/citation/model.ts';
import { readRevision, resolveRevision } from '../../src/lib/revision.ts';

describe('resolveRevision', () => {
  it('takes SOURCE_DATE_EPOCH first, as a UTC date', () => {
    // 2021-09-01T23:30:00Z: the UTC day, whatever the local zone.
    expect(resolveRevision({ sourceDateEpoch: '1630539000', gitLog: '1700000000 0123456789abcdef0123' })).toEqual({
      date: '2021-09-01',
      source: 'SOURCE_DATE_EPOCH',
    });
  });

  it('else the last commit, with a fixed-length hash', () => {
    expect(resolveRevision({ gitLog: '1630539000 0123456789abcdef0123456789abcdef01234567\n' })).toEqual({
      date: '2021-09-01',
      commit: '0123456789ab',
      source: 'git',
    });
  });

  it('else nothing: no invented date', () => {
    expect(resolveRevision({})).toBeUndefined();
    expect(resolveRevision({ sourceDateEpoch: '', gitLog: '' })).toBeUndefined();
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds, saying what to set', () => {
    expect(() => resolveRevision({ sourceDateEpoch: '2021-09-01' })).toThrow(/SOURCE_DATE_EPOCH=“2021-09-01”不是整数秒数.*git log -1 --format=%ct/);
  });
});

describe('readRevision', () => {
  it('reads the commit of a git checkout, and nothing outside one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revision-'));
    try {
      expect(readRevision(dir, {})).toBeUndefined();
      const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_COMMITTER_DATE: '@1630539000 +0800', GIT_AUTHOR_DATE: '@1630539000 +0800' } });
      git('init', '-q');
      writeFileSync(join(dir, 'a.txt'), 'a');
      git('add', 'a.txt');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'a');
      const head = git('rev-parse', 'HEAD').stdout.trim();
      expect(readRevision(dir, {})).toEqual({ date: '2021-09-01', commit: head.slice(0, 12), source: 'git' });
      expect(readRevision(dir, { SOURCE_DATE_EPOCH: '0' })).toEqual({ date: '1970-01-01', source: 'SOURCE_DATE_EPOCH' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('generatedOn (the access date in generated reference files)', () => {
  it('is the revision date, whatever day the build runs', () => {
    expect(generatedOn({ date: '2026-11-30' }, new Date('2027-03-01T12:00:00Z'))).toBe('2026-11-30');
  });
  it('falls back to the build day only without a revision', () => {
    expect(generatedOn(undefined, new Date('2027-03-01T23:30:00Z'))).toBe('2027-03-01');
  });
});
