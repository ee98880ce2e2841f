/**
 * One reference file for a list of documents (a search result list), built in the browser from
 * the per-document files (`/documents/<slug>.<ext>`), joined exactly as the static batch files
 * of theme and comparison pages are (src/lib/citation/batch.ts), then saved as a download.
 */
import { batchFileName, isFormatExtension, joinReferences } from '../lib/citation/batch.ts';

export async function exportReferences(slugs: string[], format: string): Promise<void> {
  if (!isFormatExtension(format)) throw new Error(`未知的引文格式:${format}`);
  if (slugs.length === 0) return;
  const files = await Promise.all(
    slugs.map(async (slug) => {
      const response = await fetch(`/documents/${encodeURIComponent(slug)}.${format}`);
      if (!response.ok) throw new Error(`无法取得 ${slug} 的引文(${response.status})`);
      return response.text();
    }),
  );
  const type = format === 'json' ? 'application/json' : 'text/plain';
  const url = URL.createObjectURL(new Blob([joinReferences(format, files)], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = batchFileName('references', format);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
