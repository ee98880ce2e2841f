import { parseFrontmatter } from '../../corpus.ts';
import { contentErrorOf } from '../document.ts';
import type { Rule } from '../types.ts';

/** The other rules skip a document whose frontmatter cannot be read; this one says why. */
export const frontmatterYaml: Rule = {
  name: 'frontmatter-yaml',
  description: '文档以 --- 包围的 YAML frontmatter 开头,且能解析为键值对',
  check(corpus) {
    return corpus.documents.flatMap((file) => {
      const error = contentErrorOf(() => parseFrontmatter(file));
      return error
        ? [{ file: error.file, line: error.line, message: `${error.detail};其余检查已跳过此文件的 frontmatter` }]
        : [];
    });
  },
};
