/**
 * What the comparison pages should show, derived from the content files (never from the build):
 * shared by the e2e tests of the comparison and theme pages, so each expectation is written once.
 */
import { readFileSync } from 'node:fs';
import { collectPractices, parseFrontmatter, readDocumentFiles } from '../../src/lib/corpus.ts';
import { DOCUMENTS_DIR, PLACES_FILE, PRACTICE_TYPES_FILE, THEMES_FILE } from '../../src/lib/paths.ts';

export const files = readDocumentFiles(DOCUMENTS_DIR);
export const practices = collectPractices(files);
export const reported = practices.filter((practice) => practice.kind === 'practice');
const documentThemes = files.map((file) => {
  const data = parseFrontmatter(file);
  return { place: String(data.place), themes: data.themes as string[] };
});
/** Place ids in the order of content/places.json: the order of a theme grid's columns. */
export const places = (JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as { id: string }[]).map((place) => place.id);
export const themes = (JSON.parse(readFileSync(THEMES_FILE, 'utf8')) as { id: string }[]).map((theme) => theme.id);
export const types = JSON.parse(readFileSync(PRACTICE_TYPES_FILE, 'utf8')) as { id: string; theme: string; name: string }[];

/** Reported practices of a place with a type, in the comparison's order (document id, then text order). */
export const ofCell = (theme: string, type: string, place: string): string[] =>
  reported.filter((practice) => practice.place === place && practice.themes.includes(theme) && practice.types.includes(type)).map((practice) => practice.id);

const covers = (theme: string, place: string) =>
  practices.some((practice) => practice.place === place && practice.themes.includes(theme)) ||
  documentThemes.some((document) => document.place === place && document.themes.includes(theme));

export const expectedStatus = (theme: string, type: string, place: string): string => {
  if (ofCell(theme, type, place).length > 0) return 'reported';
  const others = practices.some((practice) => practice.kind !== 'practice' && practice.place === place && practice.themes.includes(theme) && practice.types.includes(type));
  return others ? 'not-reported' : covers(theme, place) ? 'type-absent' : 'theme-absent';
};
