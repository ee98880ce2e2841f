/**
 * Checks the content against the lint rules: `npm run lint:content`.
 * Prints `path:line: [rule] message` for each problem and exits 1 if there is any.
 */
import { formatProblem, lintCorpus, loadCorpus, summarize } from '../src/lib/lint/index.ts';

const corpus = loadCorpus(process.cwd());
const problems = lintCorpus(corpus);
for (const problem of problems) console.log(formatProblem(problem));
console.log(summarize(problems, corpus));
process.exitCode = problems.length > 0 ? 1 : 0;
