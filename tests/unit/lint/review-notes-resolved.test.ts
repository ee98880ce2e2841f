import { describe, expect, it } from 'vitest';
import { reviewNotesResolved } from '../../../src/lib/lint/rules/review-notes-resolved.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

const NOTE = 'notes:\n  - field: date\n    text: 由 ingest 取自原文,待核对\nfigures:';

describe('review-notes-resolved', () => {
  it('passes a reviewed entry with checked notes', () => {
    expect(run(reviewNotesResolved, corpus())).toEqual([]);
  });

  it('reports 待核对 in a reviewed entry at the note', () => {
    const problems = run(reviewNotesResolved, withDocument(edit('figures:', NOTE)));
    expect(locations(problems)).toEqual([{ rule: 'review-notes-resolved', file: GOOD_PATH, line: 11 }]);
    expect(problems[0]?.message).toContain('待核对');
  });

  it('accepts 待核对 while the entry is a draft, and reports it once marked reviewed', () => {
    expect(run(reviewNotesResolved, withDocument(edit('figures:', `review: { state: draft }\n${NOTE}`)))).toEqual([]);
    expect(run(reviewNotesResolved, withDocument(edit('figures:', `review: { state: reviewed }\n${NOTE}`)))).toHaveLength(1);
  });
});
