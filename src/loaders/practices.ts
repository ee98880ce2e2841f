import type { Loader } from 'astro/loaders';
import { collectPractices, readDocumentFiles } from '../lib/corpus.ts';
import { DOCUMENTS_DIR } from '../lib/paths.ts';

/** Practices are not files of their own: they are read out of the document MDX bodies. */
export function practicesLoader(): Loader {
  return {
    name: 'practices-from-documents',
    async load({ store, parseData, generateDigest, watcher }) {
      const refresh = async () => {
        store.clear();
        for (const { id, section, ...rest } of collectPractices(readDocumentFiles(DOCUMENTS_DIR))) {
          const data = await parseData({ id, data: { ...rest, ...(section ? { section } : {}) } });
          store.set({ id, data, digest: generateDigest(data) });
        }
      };
      await refresh();
      watcher?.on('change', (path) => {
        if (path.endsWith('.mdx')) void refresh();
      });
    },
  };
}
