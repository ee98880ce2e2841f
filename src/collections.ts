/** Lookups by id over the content collections, shared by every page and component of a build. */
import { getCollection } from 'astro:content';
import { byId, once } from './lib/memo.ts';
import { execFileSync } from 'node:child_process';
import packageJson from '../package.json' with { type: 'json' };
import { byDateDescending, groupBy, groupByMany } from './lib/grouping.ts';
import { buildDataset } from './lib/data/dataset.ts';

// The dev server keeps running while content changes: there, rebuild the index on every call.
export const shared = <T>(load: () => Promise<T>) => (import.meta.env.DEV ? load : once(load));

export const themesById = shared(async () => byId(await getCollection('themes')));
export const documentsById = shared(async () => byId(await getCollection('documents')));

// Groupings many pages need (listings, place pages, data downloads): one pass per build, not one per page.
export const documentsNewestFirst = shared(async () =>
  [...(await getCollection('documents'))].sort((a, b) => byDateDescending(a.data, b.data)),
);
export const practicesByDocument = shared(async () =>
  groupBy(await getCollection('practices'), (practice) => practice.data.document.id),
);
export const practicesByPlace = shared(async () => groupBy(await getCollection('practices'), (practice) => practice.data.place.id));
/** Each place's documents, newest first. */
export const documentsByPlace = shared(async () => groupBy(await documentsNewestFirst(), (entry) => entry.data.place.id));

/** Last commit touching content/, or undefined outside a git checkout (e.g. a benchmark's temporary copy). */
function contentCommitDate(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The open dataset (/data/): all tables' records and the release, built once for every download. */
export const dataset = shared(async () => {
  const [documents, practices, places] = await Promise.all([
    getCollection('documents'),
    getCollection('practices'),
    getCollection('places'),
  ]);
  return buildDataset(
    { documents, practices, places },
    { packageVersion: packageJson.version, commitDate: contentCommitDate(), siteUrl: process.env.SITE_URL || undefined },
  );
});

/** Each place's practices by theme, newest document first and in text order within a document. */
export const placePracticesByTheme = shared(async () => {
  const rank = new Map((await documentsNewestFirst()).map((entry, i) => [entry.id, i]));
  const practices = [...(await getCollection('practices'))].sort(
    (a, b) =>
      (rank.get(a.data.document.id) ?? 0) - (rank.get(b.data.document.id) ?? 0) || a.data.order - b.data.order,
  );
  const byPlace = groupBy(practices, (practice) => practice.data.place.id);
  return new Map(
    [...byPlace].map(([place, list]) => [place, groupByMany(list, (practice) => practice.data.themes.map((theme) => theme.id))]),
  );
});
