/** Every document behind a pair page as one reference file: `/compare/<a>/<b>/references.<ext>`. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadComparison } from '../../../../components/compare/comparison.ts';
import { FORMAT_EXTENSIONS, isFormatExtension } from '../../../../lib/citation/batch.ts';
import { referencesResponse } from '../../../documents/_downloads.ts';

export async function getStaticPaths() {
  const { pairs } = await loadComparison();
  return pairs.flatMap(([a, b]) => FORMAT_EXTENSIONS.map((format) => ({ params: { a: a.id, b: b.id, format } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { a = '', b = '', format = '' } = params;
  if (!isFormatExtension(format)) throw new Error(`未知的引文格式:${format}`);
  // The same documents the pair page lists: those of either place, newest first.
  const documents = await getCollection('documents', (entry) => entry.data.place.id === a || entry.data.place.id === b);
  documents.sort((x, y) => y.data.date.value.localeCompare(x.data.date.value) || x.id.localeCompare(y.id));
  return referencesResponse(documents, format, site);
};
