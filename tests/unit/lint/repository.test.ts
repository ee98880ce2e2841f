import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCES_DIR } from '../../../src/lib/paths.ts';
import { formatProblem, lintProject, loadCorpus } from '../../../src/lib/lint/index.ts';

describe('the repository content', () => {
  it('loads every document and source', () => {
    const corpus = loadCorpus(process.cwd());
    expect(corpus.documents.length).toBeGreaterThan(0);
    expect(corpus.documents.every((file) => file.path.startsWith('content/documents/'))).toBe(true);
    const files = readdirSync(SOURCES_DIR).filter((name) => name.endsWith('.txt'));
    expect(corpus.sources.size + (corpus.undecodable?.size ?? 0)).toBe(files.length);
  });

  it('has no content problems', () => {
    // Formatted, so a failure reads like the lint:content output.
    expect(lintProject(process.cwd()).map(formatProblem)).toEqual([]);
  });
});
