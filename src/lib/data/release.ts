/**
 * The dataset as a citable release: a version that changes exactly when the data changes
 * (package version + a short hash of the records) and a date taken from the content's last
 * commit (or, outside git, its newest document), never the day of the build.
 */
import { createHash } from 'node:crypto';
import type { DataRecord, TableSpec } from './tables.ts';

export interface DatasetRelease {
  name: string;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** "0.1.0+1a2b3c4d". */
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Public address of /data/ when SITE_URL is set; otherwise undefined (no made-up host). */
  url: string | undefined;
}

/** Short hash of every table's records (site-relative URLs), in table and row order. */
export function contentHash(tables: readonly { table: TableSpec; records: readonly DataRecord[] }[]): string {
  const hash = createHash('sha256');
  for (const { table, records } of tables) {
    hash.update(table.name);
    hash.update(JSON.stringify(table.columns.map((column) => column.name)));
    for (const record of records) hash.update(JSON.stringify(record));
  }
  return hash.digest('hex').slice(0, 8);
}

/**
 * The release date: the last commit that touched content/ when known, else the newest
 * document date (a year or month only date stands for its first day).
 */
export function releaseDate(commitDate: string | undefined, documentDates: readonly string[]): string {
  if (commitDate && /^\d{4}-\d{2}-\d{2}/.test(commitDate)) return commitDate.slice(0, 10);
  const newest = [...documentDates].sort().at(-1);
  if (!newest) throw new Error('数据集没有文献,也没有提交日期:无法确定发布日期');
  const [year, month = '01', day = '01'] = newest.split('-');
  return `${year}-${month}-${day}`;
}

export const DATASET_TITLE_ZH = '城市党建实践比较:做法数据集';
export const DATASET_TITLE_EN = 'Comparing Party-Building Practice in Chinese Cities: practices dataset';
export const DATASET_PUBLISHER_ZH = '城市党建实践比较';
export const DATASET_PUBLISHER_EN = 'Comparing Party-Building Practice in Chinese Cities';

/** GB/T 7714—2025 reference for the dataset: 题名[DB/OL]. 版本项. (更新日期)[引用日期]. 获取路径. */
export function gbtDatasetReference(release: DatasetRelease, accessed: string): string {
  const url = release.url ? ` ${release.url}.` : '';
  return `${DATASET_PUBLISHER_ZH}. ${DATASET_TITLE_ZH}[DB/OL]. 版本 ${release.version}. (${release.date})[${accessed}].${url}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA 7 reference for the dataset, with its version and the [Data set] descriptor. */
export function apaDatasetReference(release: DatasetRelease): string {
  const [year, month, day] = release.date.split('-').map(Number);
  const url = release.url ? ` ${release.url}` : '';
  return `${DATASET_PUBLISHER_EN} [${DATASET_PUBLISHER_ZH}]. (${year}, ${MONTHS[(month ?? 1) - 1]} ${day}). ${DATASET_TITLE_ZH} [${DATASET_TITLE_EN}] (Version ${release.version}) [Data set].${url}`;
}
