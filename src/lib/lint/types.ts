/**
 * The content lint works on plain data: the document MDX files, the raw sources and the
 * lists of places and themes. Rules are pure functions of that data.
 */
import type { DocumentFile } from '../corpus.ts';

export interface NamedEntry {
  id: string;
  name?: string;
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
