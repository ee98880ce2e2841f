import { frontmatterLine, frontmatterOf } from '../document.ts';
import type { Problem, Rule } from '../types.ts';

/** Wording ingest uses for what a curator still has to check; a reviewed entry must not keep it. */
const UNRESOLVED = /待核对|待人工|待改写/;

/**
 * A reviewed entry (no `review` field, or `review.state: reviewed`) shows its notes as the
 * site's findings, so none may still say 待核对: that would publish an unchecked guess as one.
 */
export const reviewNotesResolved: Rule = {
  name: 'review-notes-resolved',
  description: '已审条目(无 review 字段或 review.state 为 reviewed)的 notes 不得仍写着“待核对”“待人工改写”',
  check(corpus) {
    return corpus.documents.flatMap((file): Problem[] => {
      const frontmatter = frontmatterOf(file);
      const review = frontmatter?.review as { state?: unknown } | undefined;
      if (!frontmatter || review?.state === 'draft' || !Array.isArray(frontmatter.notes)) return [];
      return frontmatter.notes.flatMap((note: unknown, index): Problem[] => {
        const text = note && typeof note === 'object' ? (note as { text?: unknown }).text : undefined;
        if (typeof text !== 'string' || !UNRESOLVED.test(text)) return [];
        return [
          {
            file: file.path,
            line: frontmatterLine(file, ['notes', index, 'text']),
            message: `条目已审(review 不是 draft),但这条说明仍写着“${UNRESOLVED.exec(text)?.[0]}”:请核对后改写为查实的依据,或删去;尚未核对完就把 review.state 改回 draft`,
          },
        ];
      });
    });
  },
};
