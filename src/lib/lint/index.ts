/**
 * The content lint: small rules over the document corpus, in the style of MDN
 * browser-compat-data's `lint/`. `lintCorpus` is pure; `loadCorpus` reads a project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readDocumentFiles } from '../corpus.ts';
import { DOCUMENTS_DIR, PLACES_FILE, PRACTICE_TYPES_FILE, SOURCES_DIR, THEMES_FILE } from '../paths.ts';
import { ContentError } from '../practices.ts';
import { readSource } from '../ingest/source-file.ts';
import { documentThemesCoverPractices } from './rules/document-themes-cover-practices.ts';
import { datesReal } from './rules/dates-real.ts';
import { figuresVerbatim } from './rules/figures-verbatim.ts';
import { frontmatterYaml } from './rules/frontmatter-yaml.ts';
import { noExecutableMdx } from './rules/no-executable-mdx.ts';
import { practiceIdsNotReserved } from './rules/practice-ids-not-reserved.ts';
import { practiceIdsUnique } from './rules/practice-ids-unique.ts';
import { practiceMarkup } from './rules/practice-markup.ts';
import { practiceThemesKnown } from './rules/practice-themes-known.ts';
import { referencesValid } from './rules/references-valid.ts';
import { reviewNotesResolved } from './rules/review-notes-resolved.ts';
import { schemaValid } from './rules/schema-valid.ts';
import { sourceFidelity } from './rules/source-fidelity.ts';
import { practiceTypesPresent } from './rules/practice-types-present.ts';
import { practiceTypesKnown } from './rules/practice-types-known.ts';
import { practiceTypesMatchThemes } from './rules/practice-types-match-themes.ts';
import { practiceKindValid } from './rules/practice-kind-valid.ts';
import type { LintCorpus, LintProblem, NamedEntry, PracticeTypeEntry, Rule } from './types.ts';

export type { LintCorpus, LintProblem, NamedEntry, Problem, Rule } from './types.ts';
export type { PracticeTypeEntry } from './types.ts';

export const rules: readonly Rule[] = [
  frontmatterYaml,
  sourceFidelity,
  practiceMarkup,
  practiceIdsUnique,
  practiceThemesKnown,
  referencesValid,
  figuresVerbatim,
  noExecutableMdx,
  documentThemesCoverPractices,
  practiceIdsNotReserved,
  datesReal,
  reviewNotesResolved,
  schemaValid,
  practiceTypesPresent,
  practiceTypesKnown,
  practiceTypesMatchThemes,
  practiceKindValid,
];

/** Runs the rules over the corpus; problems come sorted by file, then line. */
export function lintCorpus(corpus: LintCorpus, selected: readonly Rule[] = rules): LintProblem[] {
  return selected
    .flatMap((rule) => rule.check(corpus).map((problem) => ({ ...problem, rule: rule.name })))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function readEntries(path: string): NamedEntry[] {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new ContentError(path, 1, '须为条目数组');
  return data.map((entry: { id?: unknown; name?: unknown }) => ({
    id: String(entry.id),
    ...(typeof entry.name === 'string' ? { name: entry.name } : {}),
  }));
}

function readPracticeTypes(path: string): PracticeTypeEntry[] {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new ContentError(path, 1, '须为做法类型条目数组');
  return data.map((entry: { id?: unknown; name?: unknown; theme?: unknown }) => ({
    id: String(entry.id),
    theme: String(entry.theme),
    ...(typeof entry.name === 'string' ? { name: entry.name } : {}),
  }));
}

/** Reads the corpus of the project at `root`; paths in problems are relative to it. */
export function loadCorpus(root: string): LintCorpus {
  const documents = readDocumentFiles(join(root, DOCUMENTS_DIR)).map((file) => ({
    ...file,
    path: `${DOCUMENTS_DIR}/${basename(file.path)}`,
  }));
  const sourceDir = join(root, SOURCES_DIR);
  // Decoded exactly as ingest and the /sources/ pages decode them, whatever their encoding.
  const sources = new Map<string, string>();
  const undecodable = new Map<string, string>();
  for (const name of readdirSync(sourceDir).filter((file) => file.endsWith('.txt'))) {
    const read = readSource(join(sourceDir, name), name);
    if ('text' in read) sources.set(name, read.text);
    else undecodable.set(name, read.error);
  }
  return {
    documents,
    sources,
    undecodable,
    dataFiles: [PLACES_FILE, THEMES_FILE, PRACTICE_TYPES_FILE].map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })),
    places: readEntries(join(root, PLACES_FILE)),
    themes: readEntries(join(root, THEMES_FILE)),
    practiceTypes: readPracticeTypes(join(root, PRACTICE_TYPES_FILE)),
  };
}

export function lintProject(root: string): LintProblem[] {
  return lintCorpus(loadCorpus(root));
}

export function formatProblem({ file, line, rule, message }: LintProblem): string {
  return `${file}:${line}: [${rule}] ${message}`;
}

/** "3 个问题,涉及 2 个文件" or the all-clear, for the end of a report. */
export function summarize(problems: readonly LintProblem[], corpus?: LintCorpus): string {
  if (problems.length === 0) {
    return `内容检查通过:${corpus ? `${corpus.documents.length} 篇文档,` : ''}${rules.length} 条规则,没有问题`;
  }
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `内容检查发现 ${problems.length} 个问题,涉及 ${files} 个文件`;
}
