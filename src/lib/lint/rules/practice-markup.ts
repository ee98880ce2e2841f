import { extractPractices } from '../../practices.ts';
import { contentErrorOf } from '../document.ts';
import type { Rule } from '../types.ts';

export const practiceMarkup: Rule = {
  name: 'practice-markup',
  description: '<Practice> 标记格式正确:开闭标签各占一行、不嵌套、属性齐全且只用字符串',
  check(corpus) {
    return corpus.documents.flatMap((file) => {
      const error = contentErrorOf(() => extractPractices(file.source, file.path));
      return error ? [{ file: error.file, line: error.line, message: error.detail }] : [];
    });
  },
};
