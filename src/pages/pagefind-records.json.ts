/**
 * The search records, one per passage, for the Pagefind integration to index at the end of the
 * build (RECORDS_FILE; it deletes the file once the index is written: readers never download it).
 */
import type { APIRoute } from 'astro';
import { getCollection, getEntry, render } from 'astro:content';
import { themesById } from '../collections.ts';
import { documentPassages } from '../lib/search/passages.ts';
import { searchRecords } from '../lib/search/records.ts';
import { titleText } from '../lib/provenance.ts';

export const GET: APIRoute = async () => {
  const [documents, practices, themes] = await Promise.all([getCollection('documents'), getCollection('practices'), themesById()]);
  const practiceThemes = Object.fromEntries(practices.map((practice) => [practice.id, practice.data.themes.map((theme) => theme.id)]));
  const records = [];
  for (const entry of documents) {
    const place = await getEntry(entry.data.place);
    const { headings } = await render(entry);
    const document = {
      slug: entry.id,
      title: titleText(entry.data),
      place: place.data.name,
      date: entry.data.date,
      genre: entry.data.genre,
      passages: documentPassages(entry.body ?? '', headings.map((heading) => heading.slug)),
      practiceThemes,
    };
    records.push(...searchRecords(document, (id) => themes.get(id)?.data.name ?? id));
  }
  return new Response(JSON.stringify(records));
};
