import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { pagefindPreloads, withPreloads, type PagefindEntry } from '../lib/search/preload.ts';
import { INDEX_CHUNK_SIZE, INDEX_LANGUAGE, missingAnchors, RECORDS_FILE, type SearchRecord } from '../lib/search/records.ts';

const SEARCH_PAGE = 'search/index.html';

/**
 * Builds the Pagefind index into dist/pagefind/ as the last step of `astro build`, from custom
 * records: one per passage of a document (practice, heading, paragraph outside practices), each
 * holding only its source text. No HTML page is read, so no page chrome (cite panel, badges,
 * navigation, labels) can ever be found or shown in an excerpt.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const recordsPath = `${site}${RECORDS_FILE}`;
        const records = JSON.parse(readFileSync(recordsPath, 'utf8')) as SearchRecord[];
        rmSync(recordsPath);
        // Every record must point at an element of its page: a hit that opens the page top is a broken citation.
        const missing = missingAnchors(records, (path) => readFileSync(`${site}${path.replace(/^\//, '')}index.html`, 'utf8'));
        if (missing.length > 0) throw new Error(`检索记录的锚点不在页面中(段落锚点算法与页面不一致):${missing.slice(0, 5).join('、')}`);
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
        if (!index) throw new Error(`Pagefind 无法创建索引:${errors.join('; ')}`);
        const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
        const failed = added.flatMap((result, at) => result.errors.map((error) => `${records[at]?.url}: ${error}`));
        if (failed.length > 0) throw new Error(`Pagefind 索引失败:${failed.slice(0, 5).join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind 写入失败:${written.errors.join('; ')}`);
        const entry = JSON.parse(readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8')) as PagefindEntry;
        writeFileSync(`${site}${SEARCH_PAGE}`, withPreloads(readFileSync(`${site}${SEARCH_PAGE}`, 'utf8'), pagefindPreloads(entry, INDEX_LANGUAGE)));
        logger.info(`Pagefind 已索引 ${records.length} 个段落`);
        await close();
      },
    },
  };
}
