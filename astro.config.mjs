// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentLint } from './src/integrations/content-lint.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://dangjian-compare.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Smart punctuation would turn the sources' straight quotes into curly ones: the text must stay verbatim.
    processor: satteri({
      features: { smartPunctuation: false, gfm: { footnotes: { label: '注释' } } },
    }),
  },
  integrations: [contentLint(), mdx(), pagefindIndex()],
  // Scripts ship as files, never inlined: pages then need no inline script (a strict CSP can forbid them).
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
