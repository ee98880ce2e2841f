/**
 * `npm run check:a11y`: axe-core on one page of every page type found in dist/ (light and dark
 * colour schemes), zero violations; page types dist/ lacks are reported as skipped. Then the
 * keyboard: the header, the search box, and every control on a document page (the cite panel among them).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { samplePages } from '../../scripts/gates/dist.ts';
import { NAV_ITEMS } from '../../src/lib/site.ts';
import { DIST_DIR, useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();
const samples = samplePages(DIST_DIR);

describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (scheme) => {
  for (const { type, page } of samples) {
    it.skipIf(!page)(`${type.name}${page ? ` ${page.url}` : ':dist/ 中没有此类页面'}`, async () => {
      // axe-core/playwright needs a page from a context of its own.
      const context = await site.browser.newContext({ colorScheme: scheme });
      const tab = await context.newPage();
      try {
        await tab.goto(site.url + page!.url + (type.query ?? ''), { waitUntil: 'networkidle' });
        const { violations } = await new AxeBuilder({ page: tab }).analyze();
        const found = violations.map(
          ({ id, impact, nodes }) => `${id} (${impact}): ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(found).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

interface Focused {
  tag: string;
  href: string | null;
  id: string;
  text: string;
  visible: boolean;
}

/** Presses Tab and describes the focused element, with whether its focus indicator shows. */
async function tab(page: Page): Promise<Focused> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute('href'),
      id: element.id,
      text: (element.textContent ?? '').trim().slice(0, 40),
      visible: outline || style.boxShadow !== 'none',
    };
  });
}

/** Tabs through the page until focus wraps to the top; every stop in order. */
async function tabThrough(page: Page, limit = 400): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < limit; i += 1) {
    const focused = await tab(page);
    if (focused.tag === 'body' || (stops.length > 0 && focused.text === stops[0]!.text && focused.href === stops[0]!.href)) break;
    stops.push(focused);
  }
  return stops;
}

describe('keyboard only', () => {
  it('Tab reaches the skip link, every nav link and the header search box, each with visible focus', async () => {
    const page = await site.page('/');
    const stops: Focused[] = [];
    for (let i = 0; i < NAV_ITEMS.length + 4; i += 1) stops.push(await tab(page));
    expect(stops[0]).toMatchObject({ tag: 'a', href: '#main', visible: true });
    for (const item of NAV_ITEMS) {
      expect(stops.find((stop) => stop.href === item.href)).toMatchObject({ text: item.label, visible: true });
    }
    expect(stops.find((stop) => stop.id === 'header-search-input')).toMatchObject({ tag: 'input', visible: true });
  });

  it('the skip link moves focus past the header to the main content', async () => {
    const page = await site.page('/');
    expect(await tab(page)).toMatchObject({ tag: 'a', href: '#main' });
    await page.keyboard.press('Enter');
    // The fragment navigation and the focus move finish asynchronously; on a loaded machine they
    // can land after Enter returns, so wait for them (no fixed delay) instead of reading at once.
    // <main tabindex="-1"> takes focus itself, so the next Tab starts inside it.
    await page.waitForFunction(() => location.hash === '#main' && document.activeElement === document.querySelector('main'));
    await tab(page);
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
  });

  it('typing in the header search box and pressing Enter opens the search page with the query', async () => {
    const page = await site.page('/');
    let focused: Focused | undefined;
    for (let i = 0; i < 20 && focused?.id !== 'header-search-input'; i += 1) focused = await tab(page);
    await page.keyboard.type('党建');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect({ path: url.pathname, q: url.searchParams.get('q') }).toEqual({ path: '/search/', q: '党建' });
  });

  const documentSample = samples.find(({ type }) => type.name === 'document')?.page;
  it.skipIf(!documentSample)('every control on a document page is reached by Tab with visible focus; details open by keyboard', async () => {
    const page = await site.page(documentSample!.url);
    const stops = await tabThrough(page);
    expect(stops.filter((stop) => !stop.visible)).toEqual([]);
    // Every visible control is a Tab stop: nothing only a mouse can reach.
    const controls = await page.$$eval('a[href], button, input, select, textarea, summary', (elements) =>
      elements.filter((element) => (element as HTMLElement).offsetParent !== null).length,
    );
    expect(stops.length).toBeGreaterThanOrEqual(controls);
    for (const summary of await page.$$('details > summary')) {
      await summary.focus();
      const before = await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open);
      await page.keyboard.press('Enter');
      expect(await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open)).toBe(!before);
    }
  });

  it.skipIf(!documentSample)('the cite panel, when a document page has one, is operable by keyboard', async ({ skip }) => {
    const page = await site.page(documentSample!.url);
    const panel = await page.$('[data-cite-panel], .cite-panel, #cite, #citation');
    if (!panel) skip('文献页上还没有引用面板');
    const controls = await panel!.$$('a[href], button, summary, input, select, textarea');
    expect(controls.length).toBeGreaterThan(0);
    const stops = await tabThrough(page);
    const reached = await panel!.evaluate((element, count) => element.querySelectorAll('a[href], button, summary, input, select, textarea').length === count, controls.length);
    expect(reached).toBe(true);
    // Focus can enter the panel from the keyboard and shows where it is.
    const inPanel = [];
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < stops.length; i += 1) {
      const stop = await tab(page);
      const inside = await panel!.evaluate((element) => element.contains(document.activeElement));
      if (inside) inPanel.push(stop);
    }
    expect(inPanel.length).toBeGreaterThan(0);
    expect(inPanel.filter((stop) => !stop.visible)).toEqual([]);
  });
});
