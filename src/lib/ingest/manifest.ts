/**
 * A batch of sources to ingest: every file of a folder, or the rows of a CSV manifest with a
 * header row naming the columns `file` (required, relative to the manifest), `place`, `slug`,
 * `title`, `date` (each optional; a missing place falls back to --place).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { IngestError } from './errors.ts';

export interface BatchItem {
  /** Path of the source file. */
  path: string;
  /** How the file is named in messages (as the user gave it). */
  label: string;
  place?: string;
  slug?: string;
  title?: string;
  date?: string;
}

export const MANIFEST_COLUMNS = ['file', 'place', 'slug', 'title', 'date'] as const;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

export function readManifest(path: string): BatchItem[] {
  const [header = [], ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const columns = header.map((name) => name.trim());
  const unknown = columns.filter((name) => !(MANIFEST_COLUMNS as readonly string[]).includes(name));
  if (!columns.includes('file') || unknown.length > 0) {
    throw new IngestError(
      `${path} 第 1 行须为表头,列名取自 ${MANIFEST_COLUMNS.join('、')}(file 必填)${unknown.length ? `;未知列:${unknown.join('、')}` : ''}。` +
        ` / the manifest's first row must name columns from ${MANIFEST_COLUMNS.join(', ')} (file required).`,
    );
  }
  const base = dirname(resolve(path));
  return rows.map((cells, index) => {
    const cell = (name: string) => cells[columns.indexOf(name)]?.trim() || undefined;
    const file = cell('file');
    if (!file) throw new IngestError(`${path} 第 ${index + 2} 行缺少 file。 / row ${index + 2} has no file.`);
    const item: BatchItem = { path: join(base, file), label: file };
    for (const name of ['place', 'slug', 'title', 'date'] as const) {
      const value = cell(name);
      if (value) item[name] = value;
    }
    return item;
  });
}

/** Every regular file of a folder (not hidden), in name order. */
export function readFolder(dir: string): BatchItem[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ path: join(dir, name), label: join(dir, name) }));
}
