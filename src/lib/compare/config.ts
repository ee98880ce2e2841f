/** Tuning for the comparison pages, kept as data in content/compare.json so tuning needs no code change. */
export const COMPARE_CONFIG_FILE = 'content/compare.json';

export interface CompareConfig {
  /** Generic phrases: a candidate term equal to or inside one of them is never a shared approach. */
  stopTerms: string[];
  /** Parts that mark a cut through a sentence rather than a term ("进行"): a term containing one is dropped. */
  stopParts: string[];
  /** Function characters (的、和、等…): a term starting or ending with one is a fragment, not a term. */
  edgeCharacters: string;
  termLength: { min: number; max: number };
  /** A term grows to the longest phrase its practices share, up to this many characters. */
  maxExtendedLength: number;
  /** A term found in more than this share of all practices is too common to tell practices apart. */
  maxPracticeShare: number;
  maxApproachesPerTheme: number;
  /** Pair pages are pre-rendered only up to this many places; beyond it, only the picker compares. */
  pairPagesUpToPlaces: number;
}

function fail(field: string, expected: string): never {
  throw new Error(`${COMPARE_CONFIG_FILE}: 字段 ${field} 须为${expected}`);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function positiveInteger(value: unknown, field: string): number {
  if (!Number.isInteger(value) || (value as number) < 1) fail(field, '正整数');
  return value as number;
}

/** Checks the parsed JSON; a wrong field fails the build with the file, the field and what it should be. */
export function parseCompareConfig(data: unknown): CompareConfig {
  if (!isObject(data)) fail('(整个文件)', ' JSON 对象');
  const { stopTerms, stopParts, edgeCharacters, termLength, maxExtendedLength, maxPracticeShare, maxApproachesPerTheme, pairPagesUpToPlaces } = data;
  if (!Array.isArray(stopTerms) || !stopTerms.every((term) => typeof term === 'string' && term.length > 0)) {
    fail('stopTerms', '非空字符串数组,如 ["全面从严治党"]');
  }
  if (!Array.isArray(stopParts) || !stopParts.every((part) => typeof part === 'string' && part.length > 0)) {
    fail('stopParts', '非空字符串数组,如 ["进行"]');
  }
  if (typeof edgeCharacters !== 'string') fail('edgeCharacters', '字符串,如 "的了和"');
  if (!isObject(termLength)) fail('termLength', ' { "min": 3, "max": 6 }');
  const min = positiveInteger(termLength.min, 'termLength.min');
  const max = positiveInteger(termLength.max, 'termLength.max');
  if (max < min) fail('termLength.max', '不小于 termLength.min 的整数');
  if (typeof maxPracticeShare !== 'number' || maxPracticeShare <= 0 || maxPracticeShare > 1) {
    fail('maxPracticeShare', ' 0 到 1 之间的小数,如 0.15');
  }
  return {
    stopTerms,
    stopParts,
    edgeCharacters,
    termLength: { min, max },
    maxExtendedLength: positiveInteger(maxExtendedLength, 'maxExtendedLength'),
    maxPracticeShare,
    maxApproachesPerTheme: positiveInteger(maxApproachesPerTheme, 'maxApproachesPerTheme'),
    pairPagesUpToPlaces: positiveInteger(pairPagesUpToPlaces, 'pairPagesUpToPlaces'),
  };
}
