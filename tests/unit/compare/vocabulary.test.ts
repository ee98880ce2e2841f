/** The practice-type vocabulary as data: well formed, every theme covered, and used by the content. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectPractices, readDocumentFiles } from '../../../src/lib/corpus.ts';
import { DOCUMENTS_DIR, PRACTICE_TYPES_FILE, THEMES_FILE } from '../../../src/lib/paths.ts';

interface VocabularyEntry {
  id: string;
  name: string;
  nameEn: string;
  definition: string;
  theme: string;
  basis: string;
  keywords: string[];
}

const vocabulary = JSON.parse(readFileSync(PRACTICE_TYPES_FILE, 'utf8')) as VocabularyEntry[];
const themes = (JSON.parse(readFileSync(THEMES_FILE, 'utf8')) as { id: string }[]).map((theme) => theme.id);
const practices = collectPractices(readDocumentFiles(DOCUMENTS_DIR));

describe('content/practice-types.json', () => {
  it('has unique kebab-case ids, Chinese and English names, a one-sentence definition, a basis and keywords', () => {
    expect(new Set(vocabulary.map((type) => type.id)).size).toBe(vocabulary.length);
    for (const type of vocabulary) {
      expect(type.id, type.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(type.name, type.id).toMatch(/\p{Script=Han}/u);
      expect(type.nameEn, type.id).toMatch(/^[A-Z]/);
      expect(type.definition.match(/。/g), type.id).toHaveLength(1);
      expect(type.definition.endsWith('。'), type.id).toBe(true);
      expect(type.basis.length, type.id).toBeGreaterThan(0);
      expect(type.keywords.length, type.id).toBeGreaterThan(0);
    }
  });

  it('belongs to known themes and gives every theme several types', () => {
    for (const type of vocabulary) expect(themes, type.id).toContain(type.theme);
    for (const theme of themes) expect(vocabulary.filter((type) => type.theme === theme).length, theme).toBeGreaterThanOrEqual(3);
  });

  it('has names unique within a theme, so a grid row is never ambiguous', () => {
    for (const theme of themes) {
      const names = vocabulary.filter((type) => type.theme === theme).map((type) => type.name);
      expect(new Set(names).size, theme).toBe(names.length);
    }
  });

  it('is used: every practice of the corpus is typed, only with known types', () => {
    const known = new Set(vocabulary.map((type) => type.id));
    expect(practices.length).toBeGreaterThan(0);
    for (const practice of practices) {
      expect(practice.types.length, practice.id).toBeGreaterThan(0);
      for (const type of practice.types) expect(known.has(type), `${practice.id}: ${type}`).toBe(true);
    }
  });
});
