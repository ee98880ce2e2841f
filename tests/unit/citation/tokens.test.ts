import { describe, expect, it } from 'vitest';
import { apaReference, mlaReference } from '../../../src/lib/citation/english.ts';
import { gbtReference } from '../../../src/lib/citation/gbt7714.ts';
import { ACCESSED_TOKEN, citationPieces, fillTokens, ORIGIN_TOKEN } from '../../../src/lib/citation/tokens.ts';
import { fixture } from './fixtures.ts';

const online = { url: `${ORIGIN_TOKEN}/documents/newspaper-doc/`, accessed: ACCESSED_TOKEN };

describe('origin and access-date tokens', () => {
  it('are filled with the reader’s origin and today, in each style’s date form', () => {
    const citation = fixture('newspaper', null);
    expect(fillTokens(gbtReference(citation, '2025', online), 'http://localhost:4321', '2026-03-05')).toBe(
      '刘振江. 党建引领风帆劲[N/OL]. 枣庄日报全媒体，2021-09-01[2026-03-05]. http://localhost:4321/documents/newspaper-doc/.',
    );
    expect(fillTokens(apaReference(citation, online), 'http://h', '2026-03-05')).toMatch(/Retrieved March 5, 2026, from http:\/\/h\/documents\/newspaper-doc\/$/);
    expect(fillTokens(mlaReference(citation, online), 'http://h', '2026-03-05')).toMatch(/Accessed 5 Mar\. 2026\.$/);
  });
  it('split into pieces the panel renders as spans, with a placeholder before scripts run', () => {
    const pieces = citationPieces(apaReference(fixture('newspaper', null), online), '', '引用日期');
    expect(pieces.filter((piece) => piece.kind !== 'text')).toEqual([
      { kind: 'accessed', style: 'long', text: '引用日期' },
      { kind: 'origin', text: '' },
    ]);
  });
});
