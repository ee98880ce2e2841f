/** Every document behind a theme page as one reference file: `/themes/<slug>/references.<ext>`. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadComparison } from '../../../components/compare/comparison.ts';
import { themeSources } from '../../../lib/compare/model.ts';
import { FORMAT_EXTENSIONS, isFormatExtension } from '../../../lib/citation/batch.ts';
import { referencesResponse } from '../../documents/_downloads.ts';

export async function getStaticPaths() {
  const comparison = await loadComparison();
  return comparison.themes.flatMap((theme) => FORMAT_EXTENSIONS.map((format) => ({ params: { slug: theme.id, format } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { slug = '', format = '' } = params;
  const grid = (await loadComparison()).grids.get(slug);
  if (!grid || !isFormatExtension(format)) throw new Error(`主题 ${slug} 或格式 ${format} 不存在`);
  // Positions by id: a theme holds most of the corpus, and list scans per entry made this quadratic.
  const order = new Map(themeSources(grid).map((source, i) => [source.id, i]));
  const documents = await getCollection('documents', (entry) => order.has(entry.id));
  documents.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return referencesResponse(documents, format, site);
};
