/** Every table's records and the release they make up, computed once per build. */
import { TABLES, type DatasetInput, type DataRecord, type Table } from './tables.ts';
import {
  contentHash,
  DATASET_TITLE_EN,
  DATASET_TITLE_ZH,
  releaseDate,
  type DatasetRelease,
} from './release.ts';
import { publicUrl } from './serialize.ts';

export interface Dataset {
  tables: { table: Table; records: DataRecord[] }[];
  release: DatasetRelease;
}

export interface ReleaseContext {
  packageVersion: string;
  /** ISO date of the last commit touching content/, when the build runs in a git checkout. */
  commitDate: string | undefined;
  siteUrl: string | undefined;
}

export const DATA_PAGE = '/data/';

export function buildDataset(input: DatasetInput, context: ReleaseContext, tables: readonly Table[] = TABLES): Dataset {
  const built = tables.map((table) => ({ table, records: table.records(input) }));
  return {
    tables: built,
    release: {
      name: 'party-building-practices',
      titleZh: DATASET_TITLE_ZH,
      titleEn: DATASET_TITLE_EN,
      descriptionZh: '各地党建工作文献中标注的具体做法、文献、关键数据和地点。',
      descriptionEn: 'Marked practices, documents, key figures and places from Chinese cities’ party-building documents.',
      version: `${context.packageVersion}+${contentHash(built)}`,
      date: releaseDate(context.commitDate, input.documents.map((entry) => entry.data.date.value)),
      url: context.siteUrl ? publicUrl(DATA_PAGE, context.siteUrl) : undefined,
    },
  };
}
