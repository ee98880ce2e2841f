import { describe, expect, it } from 'vitest';
import { documentThemesCoverPractices } from '../../../src/lib/lint/rules/document-themes-cover-practices.ts';
import { corpus, edit, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

describe('document-themes-cover-practices', () => {
  it('passes when the document lists every theme its practices use', () => {
    expect(run(documentThemesCoverPractices, corpus())).toEqual([]);
  });

  it('reports a practice theme missing from the document themes, at the themes field', () => {
    const problems = run(
      documentThemesCoverPractices,
      withDocument(edit('themes: [cadres, grassroots]', 'themes: [cadres]')),
    );
    expect(locations(problems)).toEqual([{ rule: 'document-themes-cover-practices', file: GOOD_PATH, line: 7 }]);
    expect(problems[0]?.message).toContain('alpha-archives(第 23 行)');
    expect(problems[0]?.message).toContain('请把 grassroots 加入');
  });

  it('leaves unknown practice themes to practice-themes-known', () => {
    const unknown = edit('themes="cadres grassroots"', 'themes="cadres grassroots welfare"');
    expect(run(documentThemesCoverPractices, withDocument(unknown))).toEqual([]);
  });
});
