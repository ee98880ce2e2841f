/**
 * npm run bench:ingest: drafts every curated document again from its raw source (as
 * `npm run ingest` would) and scores the draft's proposed practices against the curated ones:
 * boundary precision, recall and F1, title match and theme agreement (src/lib/ingest/score.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, readDocumentFiles, documentSlug } from '../src/lib/corpus.ts';
import { decodeSource } from '../src/lib/ingest/decode.ts';
import { buildDraft } from '../src/lib/ingest/draft.ts';
import { scoreDraft, totalScore, type DraftScore } from '../src/lib/ingest/score.ts';
import { DOCUMENTS_DIR, SOURCES_DIR, THEMES_FILE } from '../src/lib/paths.ts';
import { extractPractices } from '../src/lib/practices.ts';
import type { ThemeKeywords } from '../src/lib/tagging.ts';

const themes = JSON.parse(readFileSync(THEMES_FILE, 'utf8')) as ThemeKeywords[];
const rows: { slug: string; score: DraftScore }[] = [];
for (const file of readDocumentFiles(DOCUMENTS_DIR)) {
  const data = parseFrontmatter(file);
  const source = String(data.source);
  const { text } = decodeSource(readFileSync(join(SOURCES_DIR, source)), source);
  const draft = buildDraft({ text, place: String(data.place), sourceName: source, themes });
  rows.push({ slug: documentSlug(file.path), score: scoreDraft(extractPractices(file.source, file.path), extractPractices(draft.mdx, 'draft.mdx')) });
}

const fixed = (value: number) => value.toFixed(2);
const line = (name: string, s: DraftScore) =>
  `| ${name} | ${s.curated} | ${s.drafted} | ${s.matched} | ${fixed(s.precision)} | ${fixed(s.recall)} | ${fixed(s.f1)} | ${fixed(s.titleMatch)} | ${fixed(s.themeAgreement)} |`;
console.log('| document | curated | drafted | matched | precision | recall | boundary F1 | title match | theme agreement |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const { slug, score } of rows) console.log(line(slug, score));
console.log(line(`**all ${rows.length}**`, totalScore(rows.map(({ score }) => score))));
