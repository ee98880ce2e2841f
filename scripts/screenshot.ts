/**
 * Screenshots of the built site, to look at what a reader sees.
 * Usage: node scripts/screenshot.ts <path> <out.png> [--width 360] [--full]
 */
import { parseArgs } from 'node:util';
import { launchBrowser } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string', default: '1280' }, full: { type: 'boolean', default: false }, dist: { type: 'string', default: 'dist' } },
});
const [path = '/', out = 'screenshot.png'] = positionals;
const server = await serveStatic(values.dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: 900 } });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: values.full });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`${out}: ${path} at ${values.width}px${overflow > 0 ? `, overflows sideways by ${overflow}px` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
