/**
 * `npm run preview`: serves dist/ at http://127.0.0.1:4321/ the way the deploy table says a
 * host should (types and charsets, gzip, cache headers, CSP, redirects), unlike `astro preview`,
 * which shows raw sources and citation files as mojibake. Ctrl+C stops it.
 */
import { parseArgs } from 'node:util';
import { requireDist } from './gates/dist.ts';
import { serveStatic } from './support/static-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, dist: { type: 'string', default: 'dist' } } });
requireDist(values.dist);
const server = await serveStatic(values.dist, Number(values.port));
console.log(`${values.dist}/ 已在 ${server.url}/ 提供(Ctrl+C 停止)`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
