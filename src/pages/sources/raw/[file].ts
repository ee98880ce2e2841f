import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCES_DIR } from '../../../lib/paths.ts';

/** Each document's raw source, byte for byte as ingested (provenance); its encoding is the entry's `sourceEncoding`. */
export const getStaticPaths = (async () => {
  const documents = await getCollection('documents');
  return documents.map((entry) => ({ params: { file: entry.data.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(SOURCES_DIR, String(params.file))), {
    headers: { 'Content-Type': 'application/octet-stream' },
  });
