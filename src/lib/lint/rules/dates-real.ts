import { calendarDateProblem } from '../../calendar-date.ts';
import { frontmatterLine, frontmatterOf } from '../document.ts';
import type { Problem, Rule } from '../types.ts';

/** Frontmatter fields holding a `YYYY[-MM[-DD]]` date. */
const DATE_FIELDS: readonly (readonly string[])[] = [
  ['date', 'value'],
  ['period', 'start'],
  ['period', 'end'],
];

function valueAt(record: Record<string, unknown>, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), record);
}

export const datesReal: Rule = {
  name: 'dates-real',
  description: 'date.value、period.start、period.end 是日历上存在的日期(无 2021-02-31、0000 年)',
  check(corpus) {
    return corpus.documents.flatMap((file): Problem[] => {
      const frontmatter = frontmatterOf(file);
      if (!frontmatter) return [];
      return DATE_FIELDS.flatMap((path) => {
        const value = valueAt(frontmatter, path);
        if (value === undefined) return [];
        const problem = calendarDateProblem(String(value));
        return problem
          ? [
              {
                file: file.path,
                line: frontmatterLine(file, path),
                message: `${path.join('.')} ${problem};请改为原文所载的真实日期,只知年份或月份时写 YYYY 或 YYYY-MM 并相应设置 precision`,
              },
            ]
          : [];
      });
    });
  },
};
