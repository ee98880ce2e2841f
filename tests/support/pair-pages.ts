/**
 * The pair pages' checks against a built site, for any `compare.json` setting: the real site
 * (tests/e2e/compare-pages.test.ts, whose pairs stay whole while their text fits) and a copy
 * with tiny cell limits and a lower text allowance (tests/e2e/theme-pagination.test.ts), where
 * the larger pairs are bounded. Every expectation is derived from the content and the setting.
 */
import { describe, expect, it } from 'vitest';
import type { CompareConfig } from '../../src/lib/compare/config.ts';
import { ofCell, places, practices, themes, types } from './compare-corpus.ts';
import type { SiteContext } from './site.ts';
import { collectReach, emptyReach, unreached } from './theme-pages.ts';

type Limits = Pick<CompareConfig, 'cellLimit' | 'cellFoldLimit' | 'themePageTextChars'>;

/** Every pair in canonical order (a < b by id), as the pair pages are built. */
export const pairs = [...places].sort().flatMap((a, index, sorted) => sorted.slice(index + 1).map((b) => [a, b] as const));

const typesOf = (theme: string) => types.filter((type) => type.theme === theme).map((type) => type.id);
/** Requirements, plans and outcomes of a place for a theme: listed apart on a pair page. */
const othersOf = (theme: string, place: string) => practices.filter((practice) => practice.kind !== 'practice' && practice.place === place && practice.themes.includes(theme)).map((practice) => practice.id);

/** Whether a pair stays whole: the texts of everything it lists (each practice once) fit in themePageTextChars. */
export function pairIsWhole(a: string, b: string, themePageTextChars: number): boolean {
  const ids = new Set(themes.flatMap((theme) => [a, b].flatMap((place) => [...typesOf(theme).flatMap((type) => ofCell(theme, type, place)), ...othersOf(theme, place)])));
  const chars = practices.filter((practice) => ids.has(practice.id)).reduce((sum, practice) => sum + practice.text.length, 0);
  return chars <= themePageTextChars;
}

/** What one place's list of a pair page should show, fold and leave to the place's full list. */
function expectedList(all: string[], whole: boolean, { cellLimit, cellFoldLimit }: Limits) {
  if (whole) return { shown: all, rest: [], unlisted: 0 };
  return { shown: all.slice(0, cellLimit), rest: all.slice(cellLimit, cellLimit + cellFoldLimit), unlisted: Math.max(0, all.length - cellLimit - cellFoldLimit) };
}

export function pairPageSuite(site: SiteContext, dist: () => string, limits: Limits): void {
  describe(`pair pages, ${limits.cellLimit} shown and ${limits.cellFoldLimit} folded per list past ${limits.themePageTextChars} characters`, () => {
    it.each(pairs)('/compare/%s/%s/: types both report side by side, then each place’s own, each list bounded unless the pair is small', async (a, b) => {
      const whole = pairIsWhole(a, b, limits.themePageTextChars);
      const page = await site.page(`/compare/${a}/${b}/`);
      expect(await page.locator('.bound-note').count(), 'bound note').toBe(whole ? 0 : 1);
      for (const theme of themes) {
        const section = page.locator(`.pair-theme[data-theme="${theme}"]`);
        const lists = await section.locator(':is(.side, .alone .pair-row)').evaluateAll((nodes) =>
          nodes.map((node) => ({
            type: node.closest('.pair-row')?.getAttribute('data-type') ?? '',
            place: node.closest('[data-place]')?.getAttribute('data-place') ?? '',
            side: node.classList.contains('side'),
            shown: [...node.querySelectorAll('[data-practice]')].map((item) => item.getAttribute('data-practice') ?? ''),
            rest: [...node.querySelectorAll('[data-rest]')].map((item) => item.getAttribute('data-rest') ?? ''),
            unlisted: Number(node.querySelector('[data-full-list]')?.getAttribute('data-unlisted') ?? 0),
          })),
        );
        const reporting = (place: string) => typesOf(theme).filter((type) => ofCell(theme, type, place).length > 0);
        const both = reporting(a).filter((type) => reporting(b).includes(type));
        const expected = [
          ...both.flatMap((type) => [a, b].map((place) => ({ type, place, side: true }))),
          ...[a, b].flatMap((place) => reporting(place).filter((type) => !both.includes(type)).map((type) => ({ type, place, side: false }))),
        ].map((list) => ({ ...list, ...expectedList(ofCell(theme, list.type, list.place), whole, limits) }));
        expect(lists, `${a}/${b} ${theme}`).toEqual(expected);
        // Requirements and outcomes, apart: each place's bounded like a practice list.
        const apart = await section.locator('.others [data-practice]').evaluateAll((items) => items.map((item) => item.getAttribute('data-practice')));
        expect(apart, `${a}/${b} ${theme} 要求与成效`).toEqual([a, b].flatMap((place) => expectedList(othersOf(theme, place), whole, limits).shown));
      }
    });

    it.each(pairs)('/compare/%s/%s/: every practice of both places is shown, folded, or on the place’s full list the page links', async (a, b) => {
      const page = await site.page(`/compare/${a}/${b}/`);
      const reach = await collectReach(page, emptyReach());
      await page.close();
      const candidates = practices.filter((practice) => (practice.place === a || practice.place === b) && practice.themes.some((theme) => themes.includes(theme)));
      expect(candidates.length).toBeGreaterThan(0);
      expect(unreached(dist(), candidates, reach)).toEqual([]);
    });
  });
}
