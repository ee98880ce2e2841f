/**
 * How the comparison scales with the number of places: the corpus's practices copied to N
 * synthetic places (text varied per place), then the shared comparison and every pair timed.
 * Usage: node scripts/bench-compare.ts [places...]   (default: 5 20 50)
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { COMPARE_CONFIG_FILE, parseCompareConfig } from '../src/lib/compare/config.ts';
import { buildComparison, comparePair, type CompareInput } from '../src/lib/compare/model.ts';
import { collectPractices, readDocumentFiles } from '../src/lib/corpus.ts';
import { DOCUMENTS_DIR, PRACTICE_TYPES_FILE, THEMES_FILE } from '../src/lib/paths.ts';
import { documentYear } from '../src/lib/document-year.ts';
import { PRACTICE_KINDS, type PracticeKind } from '../src/lib/practices.ts';

const config = parseCompareConfig(JSON.parse(readFileSync(COMPARE_CONFIG_FILE, 'utf8')));
const themes = (JSON.parse(readFileSync(THEMES_FILE, 'utf8')) as CompareInput['themes']).map(({ id, name }) => ({ id, name }));
const types = JSON.parse(readFileSync(PRACTICE_TYPES_FILE, 'utf8')) as CompareInput['types'];
const kindOf = (kind: string): PracticeKind => PRACTICE_KINDS.find((known) => known === kind) ?? 'practice';
const practices = collectPractices(readDocumentFiles(DOCUMENTS_DIR));
const sizes = process.argv.slice(2).map(Number);

for (const size of sizes.length > 0 ? sizes : [5, 20, 50]) {
  const places = Array.from({ length: size }, (_, index) => ({ id: `p${String(index).padStart(3, '0')}`, name: `地方${index}` }));
  const input: CompareInput = {
    config: { ...config, pairPagesUpToPlaces: Number.MAX_SAFE_INTEGER },
    places,
    themes,
    types,
    documents: places.map((place) => ({
      id: `d-${place.id}`,
      title: '',
      place: place.id,
      year: documentYear({ value: '2020' }),
      genre: '',
      author: '',
      themes: themes.map((theme) => theme.id),
      figures: [],
    })),
    // Each place gets one source document's practices, with its name mixed in so texts differ.
    practices: places.flatMap((place, index) =>
      practices
        .filter((practice) => practice.document === practices[(index * 17) % practices.length]?.document)
        .map((practice) => ({ ...practice, kind: kindOf(practice.kind), id: `${place.id}-${practice.id}`, document: `d-${place.id}`, place: place.id, text: `${place.name}${practice.text}` })),
    ),
  };
  const start = performance.now();
  const comparison = buildComparison(input);
  const built = performance.now();
  for (const [a, b] of comparison.pairs) comparePair(comparison, a.id, b.id);
  const paired = performance.now();
  console.log(
    `${size} places, ${input.practices.length} practices: comparison ${(built - start).toFixed(0)} ms; ` +
      `${comparison.pairs.length} pairs ${(paired - built).toFixed(0)} ms (${((paired - built) / Math.max(comparison.pairs.length, 1)).toFixed(2)} ms each)`,
  );
}
