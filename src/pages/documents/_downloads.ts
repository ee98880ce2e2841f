/** The three citation downloads share one route shape; each `[slug].<ext>.ts` picks its format. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { DOWNLOADS, type DownloadFormat } from '../../lib/citation/exports.ts';
import { citationFromFrontmatter } from '../../lib/citation/model.ts';

export const getStaticPaths = (async () => {
  const documents = await getCollection('documents');
  return documents.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export function downloadRoute(format: DownloadFormat): APIRoute {
  return ({ props, site }) => {
    const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
    if (!site) throw new Error('astro.config.mjs 须设置 site,引用下载中的网址由它生成');
    const { contentType, render } = DOWNLOADS[format];
    return new Response(render(citationFromFrontmatter(entry.id, entry.data, site)), {
      headers: { 'Content-Type': contentType },
    });
  };
}
