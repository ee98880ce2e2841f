/**
 * The searchable passages of the documents in content/ as the benchmark and the browser tests
 * expect them: read from the MDX with the same cutting as the index (src/lib/search/passages.ts).
 */
import { readFileSync } from 'node:fs';
import { documentSlug, parseFrontmatter, readDocumentFiles } from '../../src/lib/corpus.ts';
import { DOCUMENTS_DIR, PLACES_FILE } from '../../src/lib/paths.ts';
import { splitFrontmatter } from '../../src/lib/practices.ts';
import { documentPassages, type Passage } from '../../src/lib/search/passages.ts';
import { matchForm } from '../../src/lib/search/query.ts';

export interface CorpusPassage extends Passage {
  slug: string;
  place: string;
  /** The passage URL; for headings, whose slug only the renderer knows, the document URL. */
  url: string;
  /** The text in verbatim-match form (see matchForm). */
  form: string;
}

export function searchCorpus(dir = DOCUMENTS_DIR, placesFile = PLACES_FILE): CorpusPassage[] {
  const places = new Map((JSON.parse(readFileSync(placesFile, 'utf8')) as { id: string; name: string }[]).map((p) => [p.id, p.name]));
  return readDocumentFiles(dir).flatMap((file) => {
    const slug = documentSlug(file.path);
    const place = places.get(String(parseFrontmatter(file).place)) ?? '';
    return documentPassages(splitFrontmatter(file.source).body, []).map((passage) => ({
      ...passage,
      slug,
      place,
      url: `/documents/${slug}/${passage.kind === 'heading' ? '' : `#${passage.anchor}`}`,
      form: matchForm(passage.text),
    }));
  });
}
