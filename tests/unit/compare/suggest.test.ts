import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestTypes, type SuggestableType } from '../../../src/lib/compare/suggest.ts';
import { collectPractices, readDocumentFiles } from '../../../src/lib/corpus.ts';
import { DOCUMENTS_DIR, PRACTICE_TYPES_FILE } from '../../../src/lib/paths.ts';

const vocabulary: SuggestableType[] = [
  { id: 'flexible', theme: 'talent', keywords: ['柔性引才', '柔性引进'] },
  { id: 'services', theme: 'talent', keywords: ['人才公寓', '服务'] },
  { id: 'young', theme: 'cadres', keywords: ['年轻干部'] },
];

describe('suggestTypes', () => {
  it('proposes types of the practice’s themes whose keywords occur, best first, with the reason', () => {
    expect(suggestTypes('建设人才公寓,做好服务;柔性引才。', ['talent'], vocabulary)).toEqual([
      { type: 'services', matched: ['人才公寓', '服务'] },
      { type: 'flexible', matched: ['柔性引才'] },
    ]);
  });

  it('never proposes a type of another theme, and ignores line breaks inside a keyword', () => {
    expect(suggestTypes('培养年轻干部,柔性\n引才', ['cadres'], vocabulary)).toEqual([{ type: 'young', matched: ['年轻干部'] }]);
    expect(suggestTypes('无关的文字', ['talent', 'cadres'], vocabulary)).toEqual([]);
  });

  it('on the curated corpus, proposes at least one of the reviewed types for most practices', () => {
    const types = JSON.parse(readFileSync(PRACTICE_TYPES_FILE, 'utf8')) as SuggestableType[];
    const practices = collectPractices(readDocumentFiles(DOCUMENTS_DIR)).filter((practice) => practice.types.length > 0);
    const hits = practices.filter((practice) =>
      suggestTypes(`${practice.title}\n${practice.text}`, practice.themes, types).some((suggestion) => practice.types.includes(suggestion.type)),
    );
    expect(practices.length).toBeGreaterThan(0);
    expect(hits.length / practices.length).toBeGreaterThan(0.8);
  });
});
