import { frontmatterLine, frontmatterOf, practicesOf, stringArray } from '../document.ts';
import type { Rule } from '../types.ts';

/** A document must be tagged with at least what its practices are tagged with. */
export const documentThemesCoverPractices: Rule = {
  name: 'document-themes-cover-practices',
  description: '文档 frontmatter 的 themes 包含其所有做法用到的主题',
  check(corpus) {
    // Unknown themes are practice-themes-known's to report: adding them here would not help.
    const known = new Set(corpus.themes.map((theme) => theme.id));
    return corpus.documents.flatMap((file) => {
      const frontmatter = frontmatterOf(file);
      const practices = practicesOf(file);
      if (!frontmatter || !practices) return [];
      const tagged = new Set(stringArray(frontmatter.themes));
      const missing = new Map<string, string[]>();
      for (const practice of practices) {
        for (const theme of practice.themes) {
          if (tagged.has(theme) || !known.has(theme)) continue;
          missing.set(theme, [...(missing.get(theme) ?? []), `${practice.id}(第 ${practice.line} 行)`]);
        }
      }
      return [...missing].map(([theme, users]) => ({
        file: file.path,
        line: frontmatterLine(file, ['themes']),
        message: `做法 ${users.join('、')} 用了主题 "${theme}",但文档的 themes 没有列出;请把 ${theme} 加入 frontmatter 的 themes`,
      }));
    });
  },
};
