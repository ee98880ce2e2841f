/**
 * Where an `astro build` spends its time, read from its log: Astro stamps each line with the
 * clock time (HH:MM:SS), and the phases start at fixed lines. Used by `npm run bench:build`.
 */

/** What comes before (start-up, content lint and sync) is logged before the first stamp: the total minus these. */
export interface BuildPhases {
  /** Vite's server and client bundles. */
  bundle: number;
  /** Rendering every page and endpoint. */
  render: number;
  /** After the pages are written: the build-done hooks, Pagefind's index above all. */
  index: number;
}

/** Lines that open each phase (the last match: "Completed" also closes the build-info step) and the one that ends the build. */
const MARKERS: [keyof BuildPhases | 'end', RegExp][] = [
  ['bundle', /\[build\] Building static entrypoints/],
  ['render', /\[build\] Rearranging server assets/],
  ['index', /\[build\] ✓ Completed in/],
  ['end', /\[pagefind-index\]/],
];

const STAMP = /^(\d\d):(\d\d):(\d\d) /;

/** Seconds per phase, or undefined when a phase's line is missing (an Astro version that logs otherwise). */
export function buildPhases(log: string): BuildPhases | undefined {
  let day = 0;
  let last = -1;
  const stamped = log.split('\n').flatMap((line) => {
    const match = STAMP.exec(line);
    if (!match) return [];
    let seconds = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) + day;
    // A build that runs past midnight starts the clock again.
    if (seconds < last) {
      day += 86_400;
      seconds += 86_400;
    }
    last = seconds;
    return [{ seconds, line }];
  });
  const at = new Map(MARKERS.map(([phase, marker]) => [phase, stamped.findLast(({ line }) => marker.test(line))?.seconds]));
  const [bundle, render, index, end] = [at.get('bundle'), at.get('render'), at.get('index'), at.get('end')];
  if (bundle === undefined || render === undefined || index === undefined || end === undefined) return undefined;
  return { bundle: render - bundle, render: index - render, index: end - index };
}
