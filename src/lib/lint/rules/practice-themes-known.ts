import { describeEntries, practicesOf } from '../document.ts';
import type { Rule } from '../types.ts';

export const practiceThemesKnown: Rule = {
  name: 'practice-themes-known',
  description: '<Practice themes="…"> 中的每个主题都在 content/themes.json 中',
  check(corpus) {
    const known = new Set(corpus.themes.map((theme) => theme.id));
    return corpus.documents.flatMap((file) =>
      (practicesOf(file) ?? []).flatMap((practice) =>
        practice.themes
          .filter((theme) => !known.has(theme))
          .map((theme) => ({
            file: file.path,
            line: practice.line,
            message: `做法 "${practice.id}" 的主题 "${theme}" 不存在;请改用已有的主题:${describeEntries(corpus.themes)}`,
          })),
      ),
    );
  },
};
