import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind index into dist/pagefind/ as the last step of `astro build`.
 * Only pages with data-pagefind-body are indexed: the document pages. Theme, place and
 * comparison pages repeat excerpts of those documents and would crowd the sources out.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Small index chunks: a Chinese query asks for each of its characters, which sit in
        // different chunks, so the first query's download grows with the chunk size (see README).
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1000';
        const { index, errors } = await createIndex({
          forceLanguage: 'zh-cn',
          // Only the source text is searched (Ctrl+F on the sources): not the site's summary, nor panels of metadata or citations.
          excludeSelectors: ['.summary', '.document-meta', '.toc', '.practice-meta', '.cite-panel'],
        });
        if (!index) throw new Error(`Pagefind 无法创建索引:${errors.join('; ')}`);
        // Only document pages are searchable (they alone carry data-pagefind-body): skip reading the rest.
        const added = await index.addDirectory({ path: site, glob: 'documents/*/index.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind 索引失败:${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind 写入失败:${written.errors.join('; ')}`);
        logger.info(`Pagefind 已索引 ${added.page_count} 个页面`);
        await close();
      },
    },
  };
}
