/**
 * The content lint works on plain data: the document MDX files, the raw sources and the
 * lists of places and themes. Rules are pure functions of that data.
 */
import type { DocumentFile } from '../corpus.ts';

export interface NamedEntry {
  id: string;
  name?: string;
}

/** An entry of content/practice-types.json, as the rules need it. */
export interface PracticeTypeEntry {
  id: string;
  name?: string;
  theme: string;
}

export interface LintCorpus {
  documents: readonly DocumentFile[];
  /** Raw source texts by file name (as written in a document's `source` field). */
  sources: ReadonlyMap<string, string>;
  /** Sources that exist but cannot be decoded, with the decoder's message (see ingest/decode.ts). */
  undecodable?: ReadonlyMap<string, string>;
  /** The data files as text (content/places.json, content/themes.json), for the schema check. */
  dataFiles?: readonly { path: string; text: string }[];
  places: readonly NamedEntry[];
  themes: readonly NamedEntry[];
  /** The practice-type vocabulary; absent means none is defined yet. */
  practiceTypes?: readonly PracticeTypeEntry[];
}

/** One thing to fix: where it is and, in Chinese, what is wrong and how to fix it. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export interface Rule {
  name: string;
  description: string;
  check(corpus: LintCorpus): Problem[];
}

export interface LintProblem extends Problem {
  rule: string;
}
