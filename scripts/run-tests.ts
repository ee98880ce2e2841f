/**
 * `npm test`: every check the project has, in order, ending with one line `N passed, N failed`.
 * Each non-vitest step (type checks, the build, each script gate) counts as one test; vitest's
 * tests count one each.
 * Steps after a failed build that need dist/ are counted as failed, not skipped silently.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  command: string[];
  /** The step that writes dist/, which the browser tests and gates need. */
  builds?: boolean;
}

const VITEST_REPORT = '.test-results/vitest.json';

const steps: Step[] = [
  { name: 'astro check (errors and warnings fail)', command: ['astro', 'check', '--minimumFailingSeverity', 'warning'] },
  { name: 'tsc --noEmit', command: ['tsc', '--noEmit'] },
  { name: 'astro build (content lint, pages, search index)', command: ['astro', 'build'], builds: true },
];

let passed = 0;
let failed = 0;
let built = false;

function run(command: string[]): boolean {
  const [bin = '', ...args] = command;
  console.log(`\n▶ ${command.join(' ')}`);
  return spawnSync(bin, args, { stdio: 'inherit' }).status === 0;
}

for (const step of steps) {
  const ok = run(step.command);
  if (step.builds) built = ok;
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✔' : '✘'} ${step.name}`);
}

// Unit tests always run; browser tests need the built site.
mkdirSync('.test-results', { recursive: true });
rmSync(VITEST_REPORT, { force: true });
const projects = built ? ['--project', 'unit', '--project', 'e2e'] : ['--project', 'unit'];
run(['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`]);
try {
  const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load has no failed tests but must still fail the run.
  if (!report.success && report.numFailedTests === 0) failed++;
} catch {
  console.log('✘ vitest wrote no report');
  failed++;
}
if (!built) {
  console.log('✘ browser tests not run: the build failed');
  failed++;
}

// The quality gates that are scripts over dist/ (the browser gates, check:a11y and
// check:offline, are vitest files under tests/e2e/ and ran above).
for (const gate of ['check:links', 'check:html', 'check:weight', 'check:determinism']) {
  const ok = built && run(['npm', 'run', '--silent', gate]);
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✔' : '✘'} ${gate}${built ? '' : ' (not run: the build failed)'}`);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
