/**
 * Runs the content lint when the site is built: a build with a content problem fails,
 * listing every problem. In dev the problems are only logged, so the page still renders.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem, lintCorpus, loadCorpus, summarize, type LintCorpus } from '../lib/lint/index.ts';

export interface ContentLintOptions {
  /** Where the corpus comes from; by default the project being built. */
  load?: (root: string) => LintCorpus;
}

export function contentLint({ load = loadCorpus }: ContentLintOptions = {}): AstroIntegration {
  return {
    name: 'content-lint',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const corpus = load(fileURLToPath(config.root));
        const problems = lintCorpus(corpus);
        if (problems.length === 0) {
          logger.info(summarize(problems, corpus));
          return;
        }
        const report = [summarize(problems), ...problems.map(formatProblem)].join('\n');
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        throw new Error(`${report}\n(运行 npm run lint:content 可单独检查内容)`);
      },
    },
  };
}
