// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentLint } from './src/integrations/content-lint.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  // The public origin, from SITE_URL only: without it the build emits no absolute URL (never a made-up host).
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  // Per checkout, not node_modules/.astro: worktrees sharing node_modules would share (and corrupt) the data store.
  cacheDir: './.astro-cache',
  // Styles inline in each page (about 3 KB gzip): a separate stylesheet is render-blocking and costs
  // a round trip before the first paint on a slow connection (npm run bench:paint). Each page's
  // <meta> CSP lists their hashes; the server header allows 'unsafe-inline' styles, which the
  // <meta> policy, applied on top, narrows back to those hashes (deploy/static-host.json).
  // Scripts stay files under /_astro/.
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX entry triggers the same harmless notice about Astro's own "use astro:head-inject"
        // directive: 1,000 documents printed 1,000 of them (1 MB of log) and buried real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // The sources are prose with no code; Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
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
