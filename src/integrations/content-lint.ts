/**
 * Runs the content lint when the site is built: a build with a content problem fails,
 * listing every problem. It runs at `astro:build:start`, after Astro has synced the
 * content collections, so schema errors (a missing title, a malformed date) are still
 * reported by Astro first, in its own words; the lint adds what the schema cannot see.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem, lintCorpus, loadCorpus, summarize, type LintCorpus } from '../lib/lint/index.ts';

export interface ContentLintOptions {
  /** Where the corpus comes from; by default the project being built. */
  load?: (root: string) => LintCorpus;
}

export function contentLint({ load = loadCorpus }: ContentLintOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-lint',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        const corpus = load(root);
        const problems = lintCorpus(corpus);
        if (problems.length > 0) {
          const list = problems.map(formatProblem).join('\n');
          throw new Error(`${summarize(problems)}:\n${list}\n(可运行 npm run lint:content 单独检查内容)`);
        }
        logger.info(summarize(problems, corpus));
      },
    },
  };
}
