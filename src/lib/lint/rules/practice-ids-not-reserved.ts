import { RESERVED_PAGE_ID_PREFIXES, RESERVED_PAGE_IDS, isReservedPageId } from '../../page-ids.ts';
import { practicesOf } from '../document.ts';
import type { Rule } from '../types.ts';

export const practiceIdsNotReserved: Rule = {
  name: 'practice-ids-not-reserved',
  description: '做法 id 不得与页面自身的元素 id 相同(如 cite、main、toc),也不以 theme-、place- 等页面前缀开头',
  check(corpus) {
    return corpus.documents.flatMap((file) =>
      (practicesOf(file) ?? [])
        .filter(({ id }) => isReservedPageId(id))
        .map(({ id, line }) => ({
          file: file.path,
          line,
          message: `做法 id "${id}" 与页面自身的元素 id 冲突(页面保留 ${RESERVED_PAGE_IDS.join('、')},以及前缀 ${RESERVED_PAGE_ID_PREFIXES.join('、')});请改用以地点开头的 id,如 zaozhuang-${id}`,
        })),
    );
  },
};
