/** /data/datapackage.json: the Frictionless description of every download, from the same column lists. */
import type { APIRoute } from 'astro';
import { dataset } from '../../collections.ts';
import { dataPackage } from '../../lib/data/datapackage.ts';
import { DATA_PAGE } from '../../lib/data/dataset.ts';

export const GET: APIRoute = async () => {
  const { tables, release } = await dataset();
  const body = dataPackage(
    tables.map(({ table }) => table),
    release,
    release.url ?? DATA_PAGE,
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
