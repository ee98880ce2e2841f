import { describe, expect, it } from 'vitest';
import { documentYear } from '../../../src/lib/document-year.ts';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { dataPackage, DATA_FORMATS } from '../../../src/lib/data/datapackage.ts';
import { apaDatasetReference, gbtDatasetReference, releaseDate } from '../../../src/lib/data/release.ts';
import { publicUrl, publishedRecords, toCsv, toJson } from '../../../src/lib/data/serialize.ts';
import {
  documentsTable,
  figuresTable,
  placesTable,
  practicesTable,
  TABLES,
  type DatasetInput,
  type DocumentInput,
} from '../../../src/lib/data/tables.ts';
import { csvRecords } from '../../support/csv.ts';

const ref = (id: string) => ({ id });

function document(id: string, place: string, date: DocumentInput['data']['date'], figures: DocumentInput['data']['figures'] = []): DocumentInput {
  return {
    id,
    data: {
      title: `标题,含逗号和"引号" ${id}`,
      titleStatus: 'stated',
      place: ref(place),
      date,
      genre: '讲话',
      authors: [{ name: '甲' }, { name: '乙' }],
      summary: '摘要\n第二行',
      themes: [ref('cadres'), ref('talent')],
      source: `${id}.txt`,
      figures,
    },
  };
}

const fixture: DatasetInput = {
  places: [
    { id: 'alpha', data: { name: '甲市', nameEn: 'Alpha', code: '110000', level: '地级市', province: '甲省', coordinates: { lat: 30.5, lng: 110.25 } } },
    {
      id: 'beta',
      data: { name: '乙区', nameEn: 'Beta', level: '市辖区', province: '乙省', parent: { name: '丙市', inferred: true }, coordinates: { lat: 20, lng: 100 } },
    },
  ],
  documents: [
    document('alpha-2021', 'alpha', { value: '2021-09-01', precision: 'day' }, [
      { quote: '引进人才288人', value: '288', unit: '人', counts: '引进的人才', period: '2021年', theme: ref('talent'), practice: 'alpha-talent', status: 'achieved', structural: false },
      { quote: '共3项', value: '3', unit: '项', counts: '措施', period: '2021年', theme: ref('cadres'), status: 'plan', structural: true },
    ]),
    document('beta-2018', 'beta', { value: '2018', precision: 'year', inferred: true, basis: '文中称“刚刚过去的2017年”' }),
    document('beta-bound', 'beta', { value: '2018', precision: 'year', bound: 'notBefore' }),
  ],
  practices: [
    { id: 'alpha-talent', data: { document: ref('alpha-2021'), place: ref('alpha'), title: '人才', themes: [ref('talent')], types: [ref('talent-recruitment')], kind: 'practice', text: '引进人才288人。', order: 0, section: '一、人才' } },
    { id: 'alpha-cadres', data: { document: ref('alpha-2021'), place: ref('alpha'), title: '干部', themes: [ref('cadres'), ref('talent')], types: [ref('cadre-selection')], kind: 'requirement', text: '干部,"选拔"。\n下一行', order: 1 } },
    { id: 'beta-grass', data: { document: ref('beta-2018'), place: ref('beta'), title: '基层', themes: [ref('grassroots')], types: [], kind: 'outcome', text: '基层。', order: 0 } },
  ],
};

const context = { packageVersion: '1.2.3', commitDate: '2026-11-30T10:00:00+08:00', siteUrl: undefined };

describe('data tables', () => {
  it('gives one practices row per practice, with its document’s year through documentYear and its place’s code', () => {
    const records = practicesTable.records(fixture);
    expect(records.map((record) => record.id)).toEqual(fixture.practices.map((practice) => practice.id));
    for (const practice of fixture.practices) {
      const record = records.find((r) => r.id === practice.id)!;
      const doc = fixture.documents.find((d) => d.id === practice.data.document.id)!;
      const place = fixture.places.find((p) => p.id === practice.data.place.id)!;
      expect(record.url).toBe(`/documents/${doc.id}/#${practice.id}`);
      expect(record.year).toBe(documentYear(doc.data.date).short);
      expect(record.year_status).toBe(documentYear(doc.data.date).status);
      expect(record.place_code).toBe(place.data.code ?? null);
      expect(record.themes).toEqual(practice.data.themes.map((theme) => theme.id));
      expect(record.types).toEqual(practice.data.types.map((type) => type.id));
      expect(record.kind).toBe(practice.data.kind);
      expect(record.text).toBe(practice.data.text);
      expect(record.section).toBe(practice.data.section ?? null);
    }
    // An inferred year is never a bare number.
    expect(records.find((r) => r.id === 'beta-grass')!.year).not.toBe('2018');
  });

  it('counts practices per document and per place, and documents per place', () => {
    const documents = documentsTable.records(fixture);
    for (const doc of fixture.documents) {
      const expected = fixture.practices.filter((p) => p.data.document.id === doc.id).length;
      expect(documents.find((r) => r.id === doc.id)!.practices).toBe(expected);
    }
    const places = placesTable.records(fixture);
    for (const place of fixture.places) {
      const record = places.find((r) => r.id === place.id)!;
      expect(record.documents).toBe(fixture.documents.filter((d) => d.data.place.id === place.id).length);
      expect(record.practices).toBe(fixture.practices.filter((p) => p.data.place.id === place.id).length);
      expect(record.parent_inferred).toBe(place.data.parent?.inferred ?? null);
    }
  });

  it('gives one figures row per figure, linking to its practice when it has one', () => {
    const records = figuresTable.records(fixture);
    const figures = fixture.documents.flatMap((doc) => doc.data.figures.map((figure) => ({ doc, figure })));
    expect(records).toHaveLength(figures.length);
    figures.forEach(({ doc, figure }, i) => {
      expect(records[i]!.quote).toBe(figure.quote);
      expect(records[i]!.document).toBe(doc.id);
      expect(records[i]!.status).toBe(figure.status);
      expect(records[i]!.structural).toBe(figure.structural);
      expect(records[i]!.url).toBe(`/documents/${doc.id}/${figure.practice ? `#${figure.practice}` : ''}`);
    });
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('writes CSV that reads back to the same cells (BOM, quotes, commas, line breaks) and JSON that parses back', () => {
    for (const table of TABLES) {
      const records = table.records(fixture);
      const csv = toCsv(table, records);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const { header, records: read } = csvRecords(csv);
      expect(header).toEqual(table.columns.map((column) => column.name));
      expect(read).toHaveLength(records.length);
      read.forEach((row, i) => {
        for (const column of table.columns) {
          const cell = records[i]![column.name];
          const expected = cell === null || cell === undefined ? '' : Array.isArray(cell) ? cell.join(' ') : String(cell);
          expect(row[column.name]).toBe(expected);
        }
      });
      expect(JSON.parse(toJson(records))).toEqual(records);
    }
  });

  it('keeps URLs site-relative without SITE_URL and makes URL columns absolute with it', () => {
    const records = practicesTable.records(fixture);
    expect(publishedRecords(practicesTable, records, undefined)).toEqual(records);
    const absolute = publishedRecords(practicesTable, records, 'https://research.example.edu/');
    expect(absolute[0]!.url).toBe(`https://research.example.edu${records[0]!.url}`);
    expect(absolute[0]!.text).toBe(records[0]!.text);
    expect(publicUrl('/data/', undefined)).toBe('/data/');
  });
});

describe('dataset release and datapackage', () => {
  it('versions by package version and content, dated by the commit, never the build day', () => {
    const a = buildDataset(fixture, context);
    expect(a.release.version).toMatch(/^1\.2\.3\+[0-9a-f]{8}$/);
    expect(a.release.date).toBe('2026-11-30');
    expect(buildDataset(fixture, context).release.version).toBe(a.release.version);
    const changed = { ...fixture, practices: fixture.practices.slice(1) };
    expect(buildDataset(changed, context).release.version).not.toBe(a.release.version);
    // SITE_URL changes addresses, not the data's version.
    expect(buildDataset(fixture, { ...context, siteUrl: 'https://x.example/' }).release.version).toBe(a.release.version);
    expect(a.release.url).toBeUndefined();
  });

  it('falls back to the newest document date outside git', () => {
    expect(releaseDate(undefined, ['2018', '2021-09-01', '2019-05'])).toBe('2021-09-01');
    expect(releaseDate(undefined, ['2018', '2017-03'])).toBe('2018-01-01');
    expect(() => releaseDate(undefined, [])).toThrow();
  });

  it('describes every file and every field of every table', () => {
    const { tables, release } = buildDataset(fixture, context);
    const pkg = dataPackage(tables.map((t) => t.table), release, '/data/');
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.version).toBe(release.version);
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(
      TABLES.flatMap((table) => DATA_FORMATS.map((format) => `${table.name}.${format.extension}`)).sort(),
    );
    for (const resource of pkg.resources) {
      const table = TABLES.find((t) => resource.path.startsWith(`${t.name}.`))!;
      expect(resource.profile).toBe('tabular-data-resource');
      expect(resource.schema.fields.map((f) => f.name)).toEqual(table.columns.map((c) => c.name));
      expect(resource.schema.fields.every((f) => f.description.length > 0)).toBe(true);
      expect(table.columns.map((c) => c.name)).toContain(resource.schema.primaryKey);
      const themes = resource.schema.fields.find((f) => f.name === 'themes');
      if (themes) expect(themes.type).toBe(resource.format === 'json' ? 'array' : 'string');
    }
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
  });

  it('cites the dataset with its version and date, with a URL only when one is known', () => {
    const { release } = buildDataset(fixture, context);
    const gbt = gbtDatasetReference(release, '2026-12-01');
    expect(gbt).toContain('[DB/OL]');
    expect(gbt).toContain(release.version);
    expect(gbt).toContain(`(${release.date})[2026-12-01]`);
    expect(gbt).not.toMatch(/https?:/);
    const apa = apaDatasetReference(release);
    expect(apa).toContain(`(Version ${release.version}) [Data set]`);
    expect(apa).toContain('(2026, November 30)');
    const withUrl = buildDataset(fixture, { ...context, siteUrl: 'https://research.example.edu' }).release;
    expect(gbtDatasetReference(withUrl, 'x')).toMatch(/ https:\/\/research\.example\.edu\/data\/\.$/);
    expect(apaDatasetReference(withUrl)).toMatch(/ https:\/\/research\.example\.edu\/data\/$/);
  });
});
