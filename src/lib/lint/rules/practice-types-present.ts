import { practicesOf } from '../document.ts';
import type { Rule } from '../types.ts';

export const practiceTypesPresent: Rule = {
  name: 'practice-types-present',
  description: '每个 <Practice> 都有 types="…",至少一个做法类型',
  check(corpus) {
    return corpus.documents.flatMap((file) =>
      (practicesOf(file) ?? [])
        .filter((practice) => practice.types.length === 0)
        .map((practice) => ({
          file: file.path,
          line: practice.line,
          message: `做法 "${practice.id}" 没有做法类型;请在开始标签中加 types="…"(content/practice-types.json 中的 id,以空格分隔),可运行 npm run suggest:types 查看建议`,
        })),
    );
  },
};
