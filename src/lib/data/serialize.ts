/** The downloads' bytes: the same records as CSV (for Excel, R, Stata) and as JSON. */
import { stringify } from 'csv-stringify/sync';
import type { Cell, ColumnSpec, DataRecord, TableSpec } from './tables.ts';

/** A site path made absolute only when the public origin is known (SITE_URL); never a made-up host. */
export function publicUrl(path: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}

function outputCell(column: ColumnSpec, cell: Cell, siteUrl: string | undefined): Cell {
  if (column.url && typeof cell === 'string') return publicUrl(cell, siteUrl);
  return cell;
}

/** Records as they are published: URL columns resolved against SITE_URL when it is set. */
export function publishedRecords(table: TableSpec, records: readonly DataRecord[], siteUrl: string | undefined): DataRecord[] {
  return records.map((record) =>
    Object.fromEntries(table.columns.map((column) => [column.name, outputCell(column, record[column.name] ?? null, siteUrl)])),
  );
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (Array.isArray(cell)) return cell.join(' ');
  return String(cell);
}

/** UTF-8 with a byte-order mark, so Excel opens Chinese text correctly; CRLF line ends (RFC 4180). */
export function toCsv(table: TableSpec, records: readonly DataRecord[]): string {
  const names = table.columns.map((column) => column.name);
  return stringify(
    records.map((record) => names.map((name) => csvCell(record[name] ?? null))),
    // Cells holding a bare line break are quoted too: with CRLF records csv-stringify would leave them bare.
    { bom: true, header: true, columns: names, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

/** An array of objects, one per row, keys in column order. */
export function toJson(records: readonly DataRecord[]): string {
  return `${JSON.stringify(records, null, 1)}\n`;
}
