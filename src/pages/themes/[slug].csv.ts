/**
 * /themes/<slug>.csv: the theme grid in long form (UTF-8 with BOM, for Excel), every place.
 * One file per theme, not one per page: a page is a cut of places sized for reading, and a
 * researcher analysing the table wants all places in one file (filtering places is one click in
 * Excel or R, joining nine page files is not). The pages label the link 全部 N 地 accordingly.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadComparison } from '../../components/compare/comparison.ts';
import { themeGridCsv } from '../../lib/compare/csv.ts';

export const getStaticPaths = (async () => {
  const comparison = await loadComparison();
  return comparison.themes.map((theme) => ({ params: { slug: theme.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const comparison = await loadComparison();
  const grid = comparison.grids.get(params.slug ?? '');
  if (!grid) throw new Error(`主题 ${params.slug} 不在 content/themes.json 中`);
  // Site-relative: an absolute URL is only known once the public origin is configured (SITE_URL).
  const permalink = (document: string, practice: string) => `/documents/${document}/#${practice}`;
  return new Response(themeGridCsv(comparison, grid, permalink), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
