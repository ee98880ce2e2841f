import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/lib/lint/index.ts';
import { contentLint } from '../../../src/integrations/content-lint.ts';
import { corpus, edit, withDocument } from './fixtures.ts';

type Hooks = AstroIntegration['hooks'];
type ConfigDone = NonNullable<Hooks['astro:config:done']>;
type BuildStart = NonNullable<Hooks['astro:build:start']>;

/** Calls the integration's hooks as `astro build` would, with only what they read. */
function build(integration: AstroIntegration) {
  const logged: string[] = [];
  const configDone = integration.hooks['astro:config:done'] as ConfigDone;
  const buildStart = integration.hooks['astro:build:start'] as BuildStart;
  const run = () => {
    void configDone({ config: { root: new URL('file:///project/') } } as unknown as Parameters<ConfigDone>[0]);
    void buildStart({
      logger: { info: (message: string) => logged.push(message) },
    } as unknown as Parameters<BuildStart>[0]);
  };
  return { run, logged };
}

describe('content-lint integration', () => {
  it('lints the project root at build start and logs the all-clear', () => {
    const roots: string[] = [];
    const { run, logged } = build(contentLint({ load: (root) => (roots.push(root), corpus()) }));
    run();
    expect(roots).toEqual(['/project/']);
    expect(logged).toEqual([`内容检查通过:1 篇文档,${rules.length} 条规则,没有问题`]);
  });

  it('fails the build with every problem listed', () => {
    const broken = withDocument(
      edit('place: zaozhuang', 'place: atlantis', edit('themes="cadres grassroots"', 'themes="cadres welfare"')),
    );
    const { run } = build(contentLint({ load: () => broken }));
    expect(run).toThrow(
      [
        '内容检查发现 2 个问题,涉及 1 个文件:',
        'content/documents/alpha.mdx:3: [references-valid] place "atlantis" 不在 content/places.json 中;',
      ].join('\n'),
    );
    expect(run).toThrow(
      '\ncontent/documents/alpha.mdx:23: [practice-themes-known] 做法 "alpha-archives" 的主题 "welfare" 不存在;',
    );
  });
});
