import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../../scripts/support/build-phases.ts';

/** The lines of an `astro build` log the phases start at, with clock times. */
const log = (times: string[]) =>
  [
    `${times[0]} [content-lint] 内容检查通过`,
    `${times[0]} [build] Collecting build info...`,
    `${times[1]} [build] ✓ Completed in 35.65s.`,
    `${times[1]} [build] Building static entrypoints...`,
    `${times[2]} [vite] ✓ built in 58.75s`,
    `${times[3]} [build] Rearranging server assets...`,
    ' generating static routes ',
    `${times[4]}   ├─ /404.html (+536ms) `,
    `${times[5]} ✓ Completed in 9m 23s.`,
    `${times[5]} [build] ✓ Completed in 10m 27s.`,
    `${times[5]} [build] Waiting for integration "pagefind-index", hook "astro:build:done"...`,
    `${times[6]} [pagefind-index] Pagefind 已索引 78426 个段落`,
    `${times[6]} [build] Complete!`,
  ].join('\n');

describe('buildPhases', () => {
  it('splits the build at the lines each phase starts with', () => {
    expect(buildPhases(log(['12:13:00', '12:13:32', '12:14:31', '12:14:35', '12:15:12', '12:24:10', '12:27:35']))).toEqual({
      bundle: 63,
      render: 575,
      index: 205,
    });
  });

  it('keeps counting past midnight', () => {
    expect(buildPhases(log(['23:59:50', '23:59:58', '00:00:05', '00:00:10', '00:00:11', '00:01:10', '00:01:20']))).toEqual({
      bundle: 12,
      render: 60,
      index: 10,
    });
  });

  it('gives up when a phase line is missing, rather than report a wrong split', () => {
    expect(buildPhases(log(['12:13:00', '12:13:32', '12:14:31', '12:14:35', '12:15:12', '12:24:10', '12:27:35']).replace(/.*Rearranging.*\n/, ''))).toBeUndefined();
  });
});
