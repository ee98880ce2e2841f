/**
 * A Frictionless Data Package (tabular-data-package profile) describing every download,
 * generated from the same column lists as the files themselves.
 */
import type { ColumnSpec, TableSpec } from './tables.ts';
import type { DatasetRelease } from './release.ts';

export const DATA_FORMATS = [
  { extension: 'csv', mediatype: 'text/csv', format: 'csv' },
  { extension: 'json', mediatype: 'application/json', format: 'json' },
] as const;
export type DataFormat = (typeof DATA_FORMATS)[number]['extension'];

/** The licence of the site's annotations: its legal code, and the Chinese deed readers are sent to. */
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';
export const LICENSE_URL_ZH = `${LICENSE_URL}deed.zh-hans`;

export const LICENSE_ZH = '来源文献的著作权归其权利人所有;本站的标注(做法划分、主题、推断、摘要、英文释义、数据整理)以 CC BY 4.0 许可发布。';
export const LICENSE_EN =
  'Copyright in the source documents stays with their owners; the site’s annotations (practice boundaries, themes, inferences, summaries, English glosses, data compilation) are licensed CC BY 4.0.';

function field(column: ColumnSpec, format: DataFormat) {
  const list = column.list === true;
  return {
    name: column.name,
    type: list && format === 'json' ? 'array' : column.type,
    description: `${column.zh}。${column.en}.`,
    ...(column.values ? { constraints: { enum: [...column.values] } } : {}),
  };
}

export function dataPath(table: string, format: DataFormat): string {
  return `${table}.${format}`;
}

export function dataPackage(tables: readonly TableSpec[], release: DatasetRelease, homepage: string) {
  return {
    profile: 'tabular-data-package',
    name: release.name,
    title: `${release.titleZh} ${release.titleEn}`,
    description: `${release.descriptionZh} ${release.descriptionEn}`,
    version: release.version,
    created: release.date,
    homepage,
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0',
        path: LICENSE_URL,
        scope: `${LICENSE_ZH} ${LICENSE_EN}`,
      },
    ],
    resources: tables.flatMap((table) =>
      DATA_FORMATS.map(({ extension, mediatype, format }) => ({
        profile: 'tabular-data-resource',
        name: `${table.name}-${extension}`,
        path: dataPath(table.name, extension),
        title: `${table.titleZh} ${table.titleEn}`,
        description: `${table.descriptionZh} ${table.descriptionEn}`,
        format,
        mediatype,
        encoding: extension === 'csv' ? 'utf-8-sig' : 'utf-8',
        ...(extension === 'csv' ? { dialect: { delimiter: ',', lineTerminator: '\r\n', header: true } } : {}),
        schema: {
          fields: table.columns.map((column) => field(column, extension)),
          primaryKey: table.primaryKey,
          missingValues: [''],
        },
      })),
    ),
  };
}
