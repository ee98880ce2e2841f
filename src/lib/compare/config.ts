/** Tuning for the comparison pages, kept as data in content/compare.json so tuning needs no code change. */
export const COMPARE_CONFIG_FILE = 'content/compare.json';

export interface CompareConfig {
  /** Pair pages are pre-rendered only up to this many places; beyond it, only the picker compares. */
  pairPagesUpToPlaces: number;
  /** Practices listed in one cell of a theme grid; the rest are counted and linked to the place page. */
  cellLimit: number;
  /** Further titles a cell (or a place's requirements) folds after `cellLimit`; beyond them, a link to the place's full list. */
  cellFoldLimit: number;
  /** Place columns per theme page: the grid is paginated by place so a page stays within its weight budget. */
  themePlacesPerPage: number;
  /**
   * Characters of practice text one theme page may inline (folded 全文). A page whose shown practices
   * hold more lists them by title only, each linked to its passage: full texts are most of a page's weight.
   */
  themePageTextChars: number;
}

function fail(field: string, expected: string): never {
  throw new Error(`${COMPARE_CONFIG_FILE}: 字段 ${field} 须为${expected}`);
}

function positiveInteger(value: unknown, field: string): number {
  if (!Number.isInteger(value) || (value as number) < 1) fail(field, '正整数');
  return value as number;
}

/** Checks the parsed JSON; a wrong field fails the build with the file, the field and what it should be. */
export function parseCompareConfig(data: unknown): CompareConfig {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('(整个文件)', ' JSON 对象');
  const { pairPagesUpToPlaces, cellLimit, cellFoldLimit, themePlacesPerPage, themePageTextChars } = data as Record<string, unknown>;
  return {
    pairPagesUpToPlaces: positiveInteger(pairPagesUpToPlaces, 'pairPagesUpToPlaces'),
    cellLimit: positiveInteger(cellLimit, 'cellLimit'),
    cellFoldLimit: positiveInteger(cellFoldLimit, 'cellFoldLimit'),
    themePlacesPerPage: positiveInteger(themePlacesPerPage, 'themePlacesPerPage'),
    themePageTextChars: positiveInteger(themePageTextChars, 'themePageTextChars'),
  };
}
