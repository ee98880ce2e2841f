import { describe, expect, it } from 'vitest';
import { formatProblem, lintProject, loadCorpus } from '../../../src/lib/lint/index.ts';

describe('the repository content', () => {
  it('loads every document and source', () => {
    const corpus = loadCorpus(process.cwd());
    expect(corpus.documents.length).toBeGreaterThan(0);
    expect(corpus.documents.every((file) => file.path.startsWith('content/documents/'))).toBe(true);
    expect(corpus.sources.size).toBe(5);
  });

  it('has no content problems', () => {
    // Formatted, so a failure reads like the lint:content output.
    expect(lintProject(process.cwd()).map(formatProblem)).toEqual([]);
  });
});
