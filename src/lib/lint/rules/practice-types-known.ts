import { describeEntries, practicesOf } from '../document.ts';
import type { Rule } from '../types.ts';

export const practiceTypesKnown: Rule = {
  name: 'practice-types-known',
  description: '<Practice types="…"> 中的每个做法类型都在 content/practice-types.json 中',
  check(corpus) {
    const vocabulary = corpus.practiceTypes ?? [];
    const known = new Set(vocabulary.map((type) => type.id));
    return corpus.documents.flatMap((file) =>
      (practicesOf(file) ?? []).flatMap((practice) =>
        practice.types
          .filter((type) => !known.has(type))
          .map((type) => ({
            file: file.path,
            line: practice.line,
            message: `做法 "${practice.id}" 的做法类型 "${type}" 不存在;请改用 content/practice-types.json 中的类型(${describeEntries(vocabulary) || '尚无任何类型'}),或先在该文件中加入新类型`,
          })),
      ),
    );
  },
};
