/**
 * Reference files as static endpoints: one document (`/documents/<slug>.<ext>`) or every
 * document behind a theme or comparison page (`…/references.<ext>`), in any format of
 * src/lib/citation/formats.ts. The files are rendered by the same functions as the cite panel.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { FORMAT_EXTENSIONS, joinReferences, type FormatExtension } from '../../lib/citation/batch.ts';
import { FORMATS } from '../../lib/citation/formats.ts';
import { citationFromFrontmatter, generatedOn } from '../../lib/citation/model.ts';
import { buildRevision } from '../../lib/revision.ts';

export function citationOf(entry: CollectionEntry<'documents'>, site: URL | undefined) {
  return citationFromFrontmatter(entry.id, entry.data, site);
}

/** One file per document and format: the params for `[slug].[format].ts`. */
export async function documentDownloadPaths() {
  const documents = await getCollection('documents');
  return documents.flatMap((entry) => FORMAT_EXTENSIONS.map((format) => ({ params: { slug: entry.id, format }, props: { entry } })));
}

/** One document's reference file. */
export function referenceResponse(entry: CollectionEntry<'documents'>, format: FormatExtension, site: URL | undefined): Response {
  const { render, contentType } = FORMATS[format];
  return new Response(render(citationOf(entry, site), { accessed: generatedOn(buildRevision()) }), { headers: { 'Content-Type': contentType } });
}

/** One file of several documents' references (a numbered list for GB/T), in the order given. */
export function referencesResponse(entries: CollectionEntry<'documents'>[], format: FormatExtension, site: URL | undefined): Response {
  const { render, contentType } = FORMATS[format];
  const options = { accessed: generatedOn(buildRevision()) };
  const files = entries.map((entry) => render(citationOf(entry, site), options));
  return new Response(joinReferences(format, files), { headers: { 'Content-Type': contentType } });
}
