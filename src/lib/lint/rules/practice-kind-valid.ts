import { practicesOf } from '../document.ts';
import { PRACTICE_KINDS } from '../../practices.ts';
import type { Rule } from '../types.ts';

export const practiceKindValid: Rule = {
  name: 'practice-kind-valid',
  description: '<Practice kind="…"> 为 practice、requirement 或 outcome',
  check(corpus) {
    const kinds: readonly string[] = PRACTICE_KINDS;
    return corpus.documents.flatMap((file) =>
      (practicesOf(file) ?? [])
        .filter((practice) => !kinds.includes(practice.kind))
        .map((practice) => ({
          file: file.path,
          line: practice.line,
          message: `做法 "${practice.id}" 的 kind="${practice.kind}" 无效;请改为 practice(已报道的做法)、requirement(要求、部署或计划)或 outcome(成效)`,
        })),
    );
  },
};
