/**
 * Theme and pair pages paginated and folded on real content: builds a copy of the project whose
 * content/compare.json puts 2 places on a theme page, shows 1 practice per cell and folds 1 more,
 * and allows 6,000 characters of text per page, so the real corpus needs several pages per theme,
 * its fuller cells leave practices to the places' full lists, and its larger pairs are bounded.
 * The checks are the real site's (tests/support/theme-pages.ts, tests/support/pair-pages.ts).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_CONFIG_FILE } from '../../src/lib/compare/config.ts';
import { astroBuild, copyProject, type BuildResult } from '../../scripts/support/project.ts';
import { ofCell, places, types } from '../support/compare-corpus.ts';
import { useBuiltSite } from '../support/site.ts';
import { pairIsWhole, pairPageSuite, pairs } from '../support/pair-pages.ts';
import { placesByPage, themePageSuite } from '../support/theme-pages.ts';

const LIMITS = { themePlacesPerPage: 2, cellLimit: 1, cellFoldLimit: 1, themePageTextChars: 6000 };
let project = '';
let build: BuildResult | undefined;
const dist = () => join(project, 'dist');

beforeAll(() => {
  project = copyProject('theme-pagination-');
  const file = join(project, COMPARE_CONFIG_FILE);
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...LIMITS }, null, 2));
  build = astroBuild(project, [], 180_000);
  if (build.status !== 0) throw new Error(`构建失败:\n${build.output.slice(-4000)}`);
}, 200_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const site = useBuiltSite(dist);

describe('the copy exercises what it is for', () => {
  it('has more places than a page holds, and cells longer than shown + folded', () => {
    expect(placesByPage(LIMITS.themePlacesPerPage).length).toBeGreaterThan(1);
    const longest = Math.max(...types.flatMap((type) => places.map((place) => ofCell(type.theme, type.id, place).length)));
    expect(longest).toBeGreaterThan(LIMITS.cellLimit + LIMITS.cellFoldLimit);
  });

  it('has pairs past the text allowance, so pair pages are bounded', () => {
    expect(pairs.some(([a, b]) => !pairIsWhole(a, b, LIMITS.themePageTextChars))).toBe(true);
  });
});

themePageSuite(site, dist, LIMITS);
pairPageSuite(site, dist, LIMITS);
