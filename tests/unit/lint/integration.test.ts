import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/lib/lint/index.ts';
import { contentLint } from '../../../src/integrations/content-lint.ts';
import { corpus, edit, withDocument } from './fixtures.ts';

type Hooks = AstroIntegration['hooks'];
type ConfigSetup = NonNullable<Hooks['astro:config:setup']>;

/** Calls the integration's hook as `astro build` (or `astro dev`) would, with only what it reads. */
function build(integration: AstroIntegration, command = 'build') {
  const logged: string[] = [];
  const errors: string[] = [];
  const setup = integration.hooks['astro:config:setup'] as ConfigSetup;
  const run = () =>
    void setup({
      config: { root: new URL('file:///project/') },
      command,
      logger: { info: (message: string) => logged.push(message), error: (message: string) => errors.push(message) },
    } as unknown as Parameters<ConfigSetup>[0]);
  return { run, logged, errors };
}

describe('content-lint integration', () => {
  it('lints the project root before content sync and logs the all-clear', () => {
    const roots: string[] = [];
    const { run, logged } = build(contentLint({ load: (root) => (roots.push(root), corpus()) }));
    run();
    expect(roots).toEqual(['/project/']);
    expect(logged).toEqual([`内容检查通过:1 篇文档,${rules.length} 条规则,没有问题`]);
  });

  it('does nothing in astro dev', () => {
    const roots: string[] = [];
    build(contentLint({ load: (root) => (roots.push(root), corpus()) }), 'dev').run();
    expect(roots).toEqual([]);
  });

  it('fails the build with every problem logged, and a message Astro adds no unrelated hint to', () => {
    const broken = withDocument(
      edit('place: zaozhuang', 'place: atlantis', edit('themes="cadres grassroots"', 'themes="cadres welfare"')),
    );
    const { run, errors } = build(contentLint({ load: () => broken }));
    expect(run).toThrow('内容检查发现 2 个问题,涉及 1 个文件,构建中止;问题列表见上方。');
    expect(errors[0]).toContain('content/documents/alpha.mdx:3: [references-valid] place "atlantis" 不在 content/places.json 中;');
    expect(errors[0]).toContain('\ncontent/documents/alpha.mdx:23: [practice-themes-known] 做法 "alpha-archives" 的主题 "welfare" 不存在;');
    // Astro's generateHint() adds "Browser APIs are not available on the server" when the error text says document or window.
    let message = '';
    try {
      run();
    } catch (error) {
      message = String(error);
    }
    expect(message).not.toMatch(/document|window/);
  });
});
