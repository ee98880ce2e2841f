import { describe, expect, it } from 'vitest';
import { matrixCsv, themeGridCsv } from '../../../src/lib/compare/csv.ts';
import { buildComparison, typeMatrix } from '../../../src/lib/compare/model.ts';
import { input } from './fixtures.ts';

const comparison = buildComparison(input);
/** RFC 4180 read back by hand (no CSV parser is installed): quoted fields, doubled quotes, CRLF rows. */
function rows(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') record.push(field), (field = '');
    else if (char === '\r' && body[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      (record = []), (field = ''), index++;
    } else field += char;
  }
  if (field || record.length > 0) records.push([...record, field]);
  return records;
}

describe('CSV downloads', () => {
  it('start with a BOM and end lines with CRLF, for Excel', () => {
    const text = matrixCsv(comparison);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(2);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('the matrix has a column per place and the matrix’s counts, empty where the source does not cover the theme', () => {
    const [header, ...body] = rows(matrixCsv(comparison));
    expect(header).toEqual(['主题', '类型id', '做法类型', ...input.places.map((place) => `${place.name}(${place.id})`)]);
    expect(body).toEqual(
      typeMatrix(comparison).map((row) => [row.theme.name, row.type.id, row.type.name, ...row.cells.map((cell) => (cell.status === 'theme-absent' ? '' : String(cell.count)))]),
    );
  });

  it('a theme grid has a row per listed practice and per empty cell, quoting text with commas', () => {
    const grid = comparison.grids.get('cadres');
    if (!grid) throw new Error('cadres');
    const [header, ...body] = rows(themeGridCsv(comparison, grid, (document, practice) => `/documents/${document}/#${practice}`));
    expect(header).toHaveLength(11);
    const expected = grid.rows.flatMap((row) => row.cells.map((cell) => Math.max(1, cell.practices.length + cell.others.length))).reduce((a, b) => a + b, 0);
    expect(body).toHaveLength(expected);
    expect(body).toContainEqual(['干部队伍建设', 'training', '教育培训', '乙市', '仅有要求、部署或成效,无已报道做法', '要求/部署', 'alpha-training-plan', 'alpha-training-plan 标题', '乙文', '[2021]', '/documents/doc-alpha/#alpha-training-plan']);
    expect(body).toContainEqual(['干部队伍建设', 'young', '年轻干部', '丙市', '来源涉及此主题但无此类做法', '', '', '', '', '', '']);
  });
});
