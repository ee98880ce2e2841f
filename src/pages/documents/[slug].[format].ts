import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { isFormatExtension } from '../../lib/citation/batch.ts';
import { documentDownloadPaths, referenceResponse } from './_downloads.ts';

export const getStaticPaths = documentDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const { entry } = props as { entry: CollectionEntry<'documents'> };
  const format = params.format ?? '';
  if (!isFormatExtension(format)) throw new Error(`未知的引文格式:${format}`);
  return referenceResponse(entry, format, site);
};
