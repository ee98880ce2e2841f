/**
 * Runs the content lint when the site is built: a build with a content problem fails,
 * listing every problem. It runs at `astro:config:setup`, before Astro syncs the content
 * collections, and includes the collections' own schema (the `schema-valid` rule shares
 * src/lib/schema.ts with content.config.ts), so a bad field is reported once, by file, line
 * and field, in the lint's words.
 *
 * The problems are logged and the build is stopped with a short message: Astro appends
 * "Browser APIs are not available on the server" to any error whose text contains
 * "document" (as every content/documents/ path does), which would mislead.
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
        if (command !== 'build') return;
        const corpus = load(fileURLToPath(config.root));
        const problems = lintCorpus(corpus);
        if (problems.length > 0) {
          logger.error(`${summarize(problems)}:\n${problems.map(formatProblem).join('\n')}\n(可运行 npm run lint:content 单独检查内容)`);
          throw new Error(`${summarize(problems)},构建中止;问题列表见上方。`);
        }
        logger.info(summarize(problems, corpus));
      },
    },
  };
}
