/** /compare/matrix.csv: places × practice types, reported practices only (UTF-8 with BOM, for Excel). */
import type { APIRoute } from 'astro';
import { loadComparison } from '../../components/compare/comparison.ts';
import { matrixCsv } from '../../lib/compare/csv.ts';

export const GET: APIRoute = async () =>
  new Response(matrixCsv(await loadComparison()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
