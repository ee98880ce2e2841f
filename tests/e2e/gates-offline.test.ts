/**
 * `npm run check:offline`: no page type requests anything from a host other than the site's own.
 * Every request is recorded (and foreign ones aborted, so the check never depends on the network);
 * the search page is opened with a query so the index and its wasm load too. The page's
 * Content-Security-Policy must not block anything the site itself ships.
 */
import { describe, expect, it } from 'vitest';
import { samplePages } from '../../scripts/gates/dist.ts';
import { DIST_DIR, useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();

describe('requests stay on the site', () => {
  for (const { type, page } of samplePages(DIST_DIR)) {
    it.skipIf(!page)(`${type.name}${page ? ` ${page.url}` : ':dist/ 中没有此类页面'}`, async () => {
      const context = await site.browser.newContext();
      const own = new URL(site.url).host;
      const requested: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        requested.push(url);
        return new URL(url).host === own ? route.continue() : route.abort('blockedbyclient');
      });
      await context.addInitScript(() => {
        const violations: string[] = [];
        Object.assign(window, { cspViolations: violations });
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      try {
        const tab = await context.newPage();
        await tab.goto(site.url + page!.url + (type.query ?? ''), { waitUntil: 'networkidle' });
        // Scroll to the end so lazily loaded resources are requested too.
        await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await tab.waitForLoadState('networkidle');
        expect(requested.length).toBeGreaterThan(0);
        expect(requested.filter((url) => new URL(url).host !== own)).toEqual([]);
        expect(await tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
