/** /data/<table>.csv and .json: every table of the open dataset in both formats. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataset } from '../../collections.ts';
import { DATA_FORMATS, dataPath } from '../../lib/data/datapackage.ts';
import { publishedRecords, toCsv, toJson } from '../../lib/data/serialize.ts';
import { TABLES } from '../../lib/data/tables.ts';

export const getStaticPaths = (() =>
  TABLES.flatMap((table) =>
    DATA_FORMATS.map((format) => ({ params: { file: dataPath(table.name, format.extension) }, props: { name: table.name, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { name, format } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const { tables } = await dataset();
  const built = tables.find(({ table }) => table.name === name);
  if (!built) throw new Error(`数据表 ${name} 未生成`);
  const records = publishedRecords(built.table, built.records, process.env.SITE_URL || undefined);
  const body = format.extension === 'csv' ? toCsv(built.table, records) : toJson(records);
  return new Response(body, { headers: { 'Content-Type': `${format.mediatype}; charset=utf-8` } });
};
