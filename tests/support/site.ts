/**
 * One built site and one browser for an e2e test file. The site is built by `npm test`
 * (or `npm run build`) before the tests run; `DIST_DIR` points elsewhere when a test
 * builds its own copy.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/support/browser.ts';
import { serveStatic, type RunningServer } from '../../scripts/support/static-server.ts';

export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

export interface SiteContext {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh page; closed after the file's tests. */
  page(path?: string): Promise<Page>;
}

/** `dir`: the built site to serve, when a test builds its own copy (read once its build is done). */
export function useBuiltSite(dir: () => string = () => DIST_DIR): SiteContext {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    if (!existsSync(`${dir()}/index.html`)) {
      throw new Error(`${dir()}/index.html 不存在:先运行 npm run build`);
    }
    server = await serveStatic(dir());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(pages.map((page) => page.close()));
    await browser?.close();
    await server?.close();
  });

  return {
    get url() {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    async page(path) {
      if (!browser || !server) throw new Error('site not started');
      const page = await browser.newPage();
      pages.push(page);
      if (path !== undefined) await page.goto(server.url + path);
      return page;
    },
  };
}
