/**
 * Which version of the site a page is: the date (and, from git, the commit) of the content it
 * was built from, never the day the build ran, so building the same commit on another day or
 * in another time zone gives the same bytes. Sources, in order: SOURCE_DATE_EPOCH (the
 * reproducible-builds convention, for builds from a tarball), else the checkout's last commit,
 * else none (the page then states no date rather than an invented one).
 */
import { spawnSync } from 'node:child_process';

export interface Revision {
  /** UTC calendar date, YYYY-MM-DD. */
  date: string;
  /** Abbreviated commit hash, when the date comes from git. */
  commit?: string;
  source: 'SOURCE_DATE_EPOCH' | 'git';
}

export interface RevisionInputs {
  /** The SOURCE_DATE_EPOCH environment variable, as given. */
  sourceDateEpoch?: string | undefined;
  /** `git log -1 --format='%ct %H'` output, or undefined when there is no git checkout. */
  gitLog?: string | undefined;
}

/** Seconds since the epoch as a UTC date; a time zone never moves the day. */
function utcDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

export function resolveRevision({ sourceDateEpoch, gitLog }: RevisionInputs): Revision | undefined {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    if (!/^\d+$/.test(sourceDateEpoch.trim())) {
      throw new Error(`SOURCE_DATE_EPOCH=“${sourceDateEpoch}”不是整数秒数:请设为 Unix 时间戳(如 git log -1 --format=%ct 的输出),或不设`);
    }
    return { date: utcDate(Number(sourceDateEpoch.trim())), source: 'SOURCE_DATE_EPOCH' };
  }
  const match = /^(\d+) ([0-9a-f]{4,40})$/.exec(gitLog?.trim() ?? '');
  if (!match) return undefined;
  // A fixed length, not git's %h, whose length depends on the repository's size and config.
  return { date: utcDate(Number(match[1])), commit: match[2]!.slice(0, 12), source: 'git' };
}

/** The revision of the checkout at `cwd`, from the environment and git (absent git counts as no checkout). */
export function readRevision(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Revision | undefined {
  const git = spawnSync('git', ['log', '-1', '--format=%ct %H'], { cwd, encoding: 'utf8' });
  return resolveRevision({ sourceDateEpoch: env.SOURCE_DATE_EPOCH, gitLog: git.status === 0 ? git.stdout : undefined });
}

let current: { revision: Revision | undefined } | undefined;

/** The build's revision, read once per build (every page's footer shows it). */
export function buildRevision(): Revision | undefined {
  return (current ??= { revision: readRevision() }).revision;
}
