import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { contentLint } from '../../../src/integrations/content-lint.ts';
import { corpus, edit, withDocument } from './fixtures.ts';

type SetupHook = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Calls the integration's hook as Astro would, with only what the hook reads. */
function setup(integration: AstroIntegration, command: 'build' | 'dev' | 'sync') {
  const logged: { level: string; message: string }[] = [];
  const logger = {
    info: (message: string) => logged.push({ level: 'info', message }),
    warn: (message: string) => logged.push({ level: 'warn', message }),
  };
  const hook = integration.hooks['astro:config:setup'] as SetupHook;
  const params = { config: { root: new URL('file:///project/') }, command, logger };
  const run = () => hook(params as unknown as Parameters<SetupHook>[0]);
  return { run, logged };
}

const broken = withDocument(edit('themes="cadres grassroots"', 'themes="cadres welfare"'));

describe('content-lint integration', () => {
  it('loads the corpus from the project root', () => {
    const roots: string[] = [];
    const { run, logged } = setup(contentLint({ load: (root) => (roots.push(root), corpus()) }), 'build');
    run();
    expect(roots).toEqual(['/project/']);
    expect(logged).toEqual([{ level: 'info', message: '内容检查通过:1 篇文档,9 条规则,没有问题' }]);
  });

  it('fails the build with every problem listed', () => {
    const { run } = setup(contentLint({ load: () => broken }), 'build');
    expect(run).toThrow(
      [
        '内容检查发现 1 个问题,涉及 1 个文件',
        'content/documents/alpha.mdx:23: [practice-themes-known] 做法 "alpha-archives" 的主题 "welfare" 不存在;',
      ].join('\n'),
    );
  });

  it('only warns in dev, and does nothing for other commands', () => {
    const dev = setup(contentLint({ load: () => broken }), 'dev');
    dev.run();
    expect(dev.logged.map(({ level }) => level)).toEqual(['warn']);
    const sync = setup(
      contentLint({
        load: () => {
          throw new Error('not loaded');
        },
      }),
      'sync',
    );
    expect(sync.run).not.toThrow();
  });
});
