/**
 * The theme pages' checks against a built site, for any `compare.json` setting: the real site
 * (tests/e2e/compare-pages.test.ts) and a copy built with a few places per page and tiny cell
 * limits (tests/e2e/theme-pagination.test.ts), so pagination and folding run on real content.
 * Every expectation is derived from the content and the setting.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareConfig } from '../../src/lib/compare/config.ts';
import { pagePath } from '../../src/lib/pagination.ts';
import { expectedStatus, ofCell, places, practices, reported, themes, types } from './compare-corpus.ts';
import type { Page } from 'playwright-core';
import type { SiteContext } from './site.ts';

type Limits = Pick<CompareConfig, 'cellLimit' | 'cellFoldLimit' | 'themePlacesPerPage'>;

/** The places of each page of a theme, in column order. */
export function placesByPage(perPage: number): string[][] {
  return Array.from({ length: Math.max(1, Math.ceil(places.length / perPage)) }, (_, i) => places.slice(i * perPage, (i + 1) * perPage));
}

/** Every theme page's path, as the content and the setting say there should be. */
export function themePagePaths(perPage: number): string[] {
  return themes.flatMap((theme) => placesByPage(perPage).map((_, i) => pagePath(`/themes/${theme}/`, i + 1)));
}

/** The built HTML of a page path, or undefined when the file does not exist. */
export function builtHtml(dist: string, path: string): string | undefined {
  const file = join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** A list and its later pages, following rel="next" in the built HTML. */
function pagesOfList(dist: string, first: string): string[] {
  const pages: string[] = [];
  for (let path: string | undefined = first.split('#')[0]; path && pages.length < 1000; ) {
    const html = builtHtml(dist, path);
    if (html === undefined) throw new Error(`${path}: 无此页面`);
    pages.push(html);
    path = /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
  }
  return pages;
}

/** What a comparison page reaches: the practices it lists (shown or folded) and each place's full lists it links. */
export interface Reach {
  listed: Set<string>;
  fullLists: Map<string, Set<string>>;
}

export const emptyReach = (): Reach => ({ listed: new Set(), fullLists: new Map() });

/** Adds what an open page lists and links to `reach`. */
export async function collectReach(page: Page, reach: Reach): Promise<Reach> {
  const ids = await page.$$eval('[data-practice], [data-rest]', (items) => items.map((item) => item.getAttribute('data-practice') ?? item.getAttribute('data-rest') ?? ''));
  for (const id of ids) reach.listed.add(id);
  const links = await page.$$eval('[data-full-list]', (anchors) => anchors.map((anchor) => ({ place: anchor.getAttribute('data-full-list') ?? '', href: anchor.getAttribute('href') ?? '' })));
  for (const { place, href } of links) reach.fullLists.set(place, (reach.fullLists.get(place) ?? new Set<string>()).add(href));
  return reach;
}

/** Of `candidates`, those neither listed nor on a full list of their place that the pages link (every page of it). */
export function unreached(dist: string, candidates: readonly { id: string; document: string; place: string }[], { listed, fullLists }: Reach): string[] {
  return candidates
    .filter((practice) => !listed.has(practice.id))
    .filter((practice) => {
      const lists = [...(fullLists.get(practice.place) ?? [])].flatMap((href) => pagesOfList(dist, href));
      return !lists.some((html) => html.includes(`href="/documents/${practice.document}/#${practice.id}"`));
    })
    .map((practice) => practice.id);
}

export function themePageSuite(site: SiteContext, dist: () => string, limits: Limits): void {
  const { cellLimit, cellFoldLimit, themePlacesPerPage } = limits;
  const pageSets = placesByPage(themePlacesPerPage);

  describe(`theme pages, ${themePlacesPerPage} places a page, ${cellLimit} shown and ${cellFoldLimit} folded per cell`, () => {
    it.each(themes)('/themes/%s/…: exactly the pages the places need, and no more', (theme) => {
      pageSets.forEach((_, i) => expect(builtHtml(dist(), pagePath(`/themes/${theme}/`, i + 1)), `page ${i + 1}`).toBeDefined());
      expect(builtHtml(dist(), pagePath(`/themes/${theme}/`, pageSets.length + 1))).toBeUndefined();
    });

    it.each(themes)('/themes/%s/…: every page has every type row with the theme-wide count, and the cells of its places', async (theme) => {
      for (const [i, pagePlaces] of pageSets.entries()) {
        const page = await site.page(pagePath(`/themes/${theme}/`, i + 1));
        const rows = await page.$$eval('.type-row', (sections) =>
          sections.map((section) => ({
            type: section.getAttribute('data-type') ?? '',
            count: section.querySelector('.type-count')?.textContent ?? '',
            cells: [...section.querySelectorAll('.cell')].map((cell) => ({
              place: cell.getAttribute('data-place') ?? '',
              status: cell.getAttribute('data-status') ?? '',
              shown: [...cell.querySelectorAll('[data-practice]')].map((item) => item.getAttribute('data-practice') ?? ''),
              more: Number(/另 (\d+) 条/.exec(cell.querySelector('.more summary')?.textContent ?? '')?.[1] ?? 0),
              rest: [...cell.querySelectorAll('[data-rest]')].map((item) => item.getAttribute('data-rest') ?? ''),
              unlisted: Number(cell.querySelector('[data-full-list]')?.getAttribute('data-unlisted') ?? 0),
              empty: cell.querySelector('.empty')?.textContent?.trim() ?? '',
            })),
          })),
        );
        await page.close();
        const typesOf = types.filter((type) => type.theme === theme);
        expect(rows.map((row) => row.type)).toEqual(typesOf.map((type) => type.id));
        for (const row of rows) {
          expect(row.count, `${theme}/${row.type}`).toBe(`${places.filter((place) => ofCell(theme, row.type, place).length > 0).length} 地有已报道做法`);
          expect(row.cells.map((cell) => cell.place)).toEqual(pagePlaces);
          for (const cell of row.cells) {
            const expected = ofCell(theme, row.type, cell.place);
            const where = `${theme}/${row.type}/${cell.place}`;
            expect(cell.shown, where).toEqual(expected.slice(0, cellLimit));
            expect(cell.more, where).toBe(Math.max(0, expected.length - cellLimit));
            // Beyond the cap, the next titles are folded and the rest counted, for the place's full list.
            expect(cell.rest, where).toEqual(expected.slice(cellLimit, cellLimit + cellFoldLimit));
            expect(cell.unlisted, where).toBe(Math.max(0, expected.length - cellLimit - cellFoldLimit));
            expect(cell.status, where).toBe(expectedStatus(theme, row.type, cell.place));
            if (cell.status === 'theme-absent') expect(cell.empty, where).toBe('该来源未涉及此主题');
            if (cell.status === 'type-absent') expect(cell.empty, where).toBe('来源涉及此主题但无此类做法');
          }
        }
      }
    });

    it.each(themes)('/themes/%s/…: every place on exactly one page, and every page indexes every place at its page', async (theme) => {
      const onPages: string[] = [];
      for (const [i, pagePlaces] of pageSets.entries()) {
        const path = pagePath(`/themes/${theme}/`, i + 1);
        const page = await site.page(path);
        const coverage = await page.$$eval('.coverage > li', (items) => items.map((item) => item.getAttribute('data-place') ?? ''));
        expect(coverage, path).toEqual(pagePlaces);
        onPages.push(...coverage);
        const index = await page.$$eval('.place-index a', (links) => links.map((link) => [link.getAttribute('data-index-place'), link.getAttribute('href')]));
        await page.close();
        expect(index, path).toEqual(
          pageSets.flatMap((set, k) => set.map((place) => [place, `${k === i ? '' : pagePath(`/themes/${theme}/`, k + 1)}#place-${place}`])),
        );
      }
      expect(onPages).toEqual(places);
    });

    it.each(themes)('/themes/%s/…: every practice of the theme is shown, folded, or on the place’s full list the page links', async (theme) => {
      const reach = emptyReach();
      const pagers: string[] = [];
      for (const [i, pagePlaces] of pageSets.entries()) {
        const page = await site.page(pagePath(`/themes/${theme}/`, i + 1));
        // The requirements and outcomes section lists only those of the page's places.
        const apart = await page.$$eval('#others ~ .others :is([data-practice], [data-rest])', (items) => items.map((item) => item.getAttribute('data-practice') ?? item.getAttribute('data-rest') ?? ''));
        const expectedApart = practices.filter((practice) => practice.kind !== 'practice' && practice.themes.includes(theme) && pagePlaces.includes(practice.place));
        expect(apart.every((id) => expectedApart.some((practice) => practice.id === id))).toBe(true);
        expect(new Set(apart).size).toBe(Math.min(expectedApart.length, apart.length));
        // Requirements and outcomes never sit in the grid as practices; only reported ones are folded there.
        const inGrid = await page.$$eval('.type-row [data-practice]', (items) => items.map((item) => item.getAttribute('data-kind')));
        expect(inGrid.every((kind) => kind === 'practice')).toBe(true);
        const foldedInGrid = await page.$$eval('.type-row [data-rest]', (items) => items.map((item) => item.getAttribute('data-rest') ?? ''));
        expect(foldedInGrid.every((id) => reported.some((practice) => practice.id === id))).toBe(true);
        await collectReach(page, reach);
        pagers.push(...(await page.$$eval('.pager a', (links) => links.map((link) => link.getAttribute('href') ?? ''))));
        await page.close();
      }
      // The pager links only the theme's own pages, and (with more than one) all of them.
      const paths = pageSets.map((_, i) => pagePath(`/themes/${theme}/`, i + 1));
      expect(pagers.every((href) => paths.includes(href))).toBe(true);
      if (paths.length > 1) expect(new Set(pagers)).toEqual(new Set(paths));
      expect(unreached(dist(), practices.filter((candidate) => candidate.themes.includes(theme)), reach)).toEqual([]);
    });
  });
}
