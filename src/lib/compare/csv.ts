/**
 * CSV downloads of the comparison tables. UTF-8 with a byte-order mark, so Excel opens the
 * Chinese text correctly; CRLF line ends, as RFC 4180 and Excel expect.
 */
import { stringify } from 'csv-stringify/sync';
import { CELL_STATUS_TEXT, KIND_TEXT, typeMatrix, type Comparison, type ThemeGrid } from './model.ts';

const BOM = '\uFEFF';

function csv(rows: (string | number)[][]): string {
  return BOM + stringify(rows, { record_delimiter: 'windows' });
}

/**
 * The overview's places × types table: one row per type, one column per place, counting reported
 * practices only. A place whose sources do not cover the theme gets an empty cell, not a 0.
 */
export function matrixCsv(comparison: Comparison): string {
  const header = ['主题', '类型id', '做法类型', ...comparison.places.map((place) => `${place.name}(${place.id})`)];
  return csv([
    header,
    ...typeMatrix(comparison).map((row) => [
      row.theme.name,
      row.type.id,
      row.type.name,
      ...row.cells.map((cell) => (cell.status === 'theme-absent' ? '' : cell.count)),
    ]),
  ]);
}

/**
 * A theme grid in long form: one row per practice shown in a cell, and one row per empty cell
 * saying why it is empty. `pageUrl` builds the permalink of a practice.
 */
export function themeGridCsv(
  comparison: Comparison,
  grid: ThemeGrid,
  permalink: (document: string, practice: string) => string,
): string {
  const header = ['主题', '类型id', '做法类型', '地点', '单元状态', '性质', '做法id', '做法标题', '文献', '文献年份', '链接'];
  const rows = grid.rows.flatMap(({ type, cells }) =>
    cells.flatMap((cell) => {
      const base = [grid.theme.name, type.id, type.name, cell.place.name, CELL_STATUS_TEXT[cell.status]];
      const listed = [...cell.practices, ...cell.others];
      if (listed.length === 0) return [[...base, '', '', '', '', '', '']];
      return listed.map((practice) => {
        const document = comparison.documents.get(practice.document);
        return [
          ...base,
          KIND_TEXT[practice.kind],
          practice.id,
          practice.title,
          document?.title ?? practice.document,
          document?.year.short ?? '',
          permalink(practice.document, practice.id),
        ];
      });
    }),
  );
  return csv([header, ...rows]);
}
