import { frontmatterOf, practicesOf } from '../document.ts';
import type { Rule } from '../types.ts';

export const practiceTypesPresent: Rule = {
  name: 'practice-types-present',
  description: '已审条目的每个 <Practice> 都有 types="…",至少一个做法类型(草稿可缺,待审时补上)',
  check(corpus) {
    // A draft (review.state: draft) may still lack types: ingest proposes what the vocabulary
    // matches, the curator adds the rest before marking the entry reviewed.
    const reviewed = corpus.documents.filter((file) => (frontmatterOf(file)?.review as { state?: unknown } | undefined)?.state !== 'draft');
    return reviewed.flatMap((file) =>
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
