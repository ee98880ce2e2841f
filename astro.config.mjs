// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentLint } from './src/integrations/content-lint.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://dangjian-compare.example.org',
  trailingSlash: 'always',
  // Styles and scripts as files under /_astro/, never inlined: cached across pages, and allowed
  // by the server's CSP header ('self'), which cannot list the per-page hashes of inline blocks.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Smart punctuation would turn the sources' straight quotes into curly ones: the text must stay verbatim.
    processor: satteri({
      features: { smartPunctuation: false, gfm: { footnotes: { label: '注释' } } },
    }),
  },
  integrations: [contentLint(), mdx(), pagefindIndex()],
  // Astro hashes every script and style it emits into a <meta http-equiv="content-security-policy">:
  // no 'unsafe-inline'. Pagefind compiles its wasm ('wasm-unsafe-eval'); nothing loads from another host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
