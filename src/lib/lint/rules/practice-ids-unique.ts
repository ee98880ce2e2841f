import { practicesOf } from '../document.ts';
import type { Rule } from '../types.ts';

export const practiceIdsUnique: Rule = {
  name: 'practice-ids-unique',
  description: '做法 id 在所有文档中唯一(id 即网址锚点)',
  check(corpus) {
    const byId = new Map<string, { file: string; line: number }[]>();
    for (const file of corpus.documents) {
      for (const { id, line } of practicesOf(file) ?? []) {
        byId.set(id, [...(byId.get(id) ?? []), { file: file.path, line }]);
      }
    }
    return [...byId].flatMap(([id, places]) =>
      places.length < 2
        ? []
        : places.map((here) => ({
            ...here,
            message: `做法 id "${id}" 重复,另见 ${places
              .filter((other) => other !== here)
              .map((other) => `${other.file}:${other.line}`)
              .join('、')};请给其中一个改用新的 id(建议以地点开头,如 zaozhuang-…)`,
          })),
    );
  },
};
