import { bodyText, excerpt, figuresOf, frontmatterLine, frontmatterOf, practicesOf, sourcePath } from '../document.ts';
import type { Problem, Rule } from '../types.ts';

/** A figure is only as good as its quote: it must be the source's own words, where the figure says. */
export const figuresVerbatim: Rule = {
  name: 'figures-verbatim',
  description: 'figures 的 quote 逐字出现在正文和原始来源中;给了 practice 时出现在该做法的正文中',
  check(corpus) {
    return corpus.documents.flatMap((file) => {
      const frontmatter = frontmatterOf(file);
      if (!frontmatter) return [];
      const text = bodyText(file);
      const raw = typeof frontmatter.source === 'string' ? corpus.sources.get(frontmatter.source) : undefined;
      const practices = practicesOf(file);
      const problems: Problem[] = [];

      for (const { index, quote, practice } of figuresOf(frontmatter)) {
        if (!quote) continue;
        const report = (message: string) =>
          problems.push({
            file: file.path,
            line: frontmatterLine(file, ['figures', index, 'quote']),
            message: `figures 第 ${index + 1} 项的 quote「${excerpt(quote)}」${message}`,
          });
        if (!text.includes(quote)) {
          report('未逐字出现在正文中;请从正文复制原句(标点、数字、全半角都须一致)');
        } else if (raw !== undefined && typeof frontmatter.source === 'string' && !raw.includes(quote)) {
          report(`未逐字出现在原始来源 ${sourcePath(frontmatter.source)} 中;请从原文复制原句,不要改动文字`);
        } else if (practice !== undefined) {
          const target = practices?.find((candidate) => candidate.id === practice);
          if (target && !target.text.includes(quote)) {
            report(
              `不在做法 "${practice}"(第 ${target.line} 行)的正文中;请改正 practice 为引文所在的做法 id,或删去 practice`,
            );
          }
        }
      }
      return problems;
    });
  },
};
