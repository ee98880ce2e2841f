import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { readSource } from '../../lib/ingest/source-file.ts';
import { SOURCES_DIR } from '../../lib/paths.ts';

/**
 * Each document's source as UTF-8 text, whatever encoding it came in (GB18030, Big5, UTF-16),
 * so that a browser shows it; the bytes as received are at /sources/raw/<file>.
 */
export const getStaticPaths = (async () => {
  const documents = await getCollection('documents');
  return documents.map((entry) => ({ params: { file: entry.data.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = String(params.file);
  const read = readSource(join(SOURCES_DIR, name), name);
  // The content lint has already failed the build for an undecodable source; this is a backstop.
  if ('error' in read) throw new Error(read.error);
  return new Response(read.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
