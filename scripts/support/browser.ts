/** Debian's Chromium driven by playwright-core; never a downloaded browser. */
import { chromium, type Browser, type Response } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser features that are not the page: headless Chromium 156 opens its omnibox popups (one of
 * them an "AI mode" composebox of about a hundred modules) in a renderer of their own for every
 * new window. On two cores that competed with the page under test and added about 300 ms to a
 * fresh search page's first result. A phone's WebView has no such popup.
 */
const BROWSER_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'AimEnabled'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-features=${BROWSER_UI_FEATURES.join(',')}`,
    ],
  });
}

/** A response body's bytes as the server sent them: compressed when it was (gzip on the fly, or stored gzipped). */
export async function bytesSent(response: Response): Promise<number> {
  return (await response.request().sizes()).responseBodySize;
}
