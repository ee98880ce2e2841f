import { SOURCES_DIR } from '../../paths.ts';
import { bodyTextLines, excerpt, frontmatterLine, frontmatterOf, sourcePath } from '../document.ts';
import type { Problem, Rule } from '../types.ts';

const WHITE_SPACE = /\s+/g;

/**
 * Every non-empty line of the raw source must appear, in order, in the page's plain text:
 * the frontmatter title, then the body (white space ignored; the body may add text such as
 * headings). Reports only the first line that does not: everything after it would follow.
 */
export const sourceFidelity: Rule = {
  name: 'source-fidelity',
  description: '原始来源文件的每个非空行都按顺序出现在标题和 MDX 正文的纯文本中(忽略空白)',
  check(corpus) {
    return corpus.documents.flatMap((file): Problem[] => {
      const frontmatter = frontmatterOf(file);
      if (!frontmatter) return [];
      const name = frontmatter.source;
      if (typeof name !== 'string' || name === '') {
        return [
          {
            file: file.path,
            line: 1,
            message: `frontmatter 缺少 source 字段:请写上 ${SOURCES_DIR}/ 下原始来源的文件名`,
          },
        ];
      }
      const raw = corpus.sources.get(name);
      const undecodable = corpus.undecodable?.get(name);
      if (undecodable !== undefined) {
        return [{ file: file.path, line: frontmatterLine(file, ['source']), message: `source 指向的原文无法解码:${undecodable}` }];
      }
      if (raw === undefined) {
        return [
          {
            file: file.path,
            line: frontmatterLine(file, ['source']),
            message: `source 指向的 ${sourcePath(name)} 不存在:请改为 ${SOURCES_DIR}/ 下已有的文件名,或先把原文放进该目录`,
          },
        ];
      }

      // The body's text without white space, and for each character the MDX line it is on.
      let text = '';
      const lineAt: number[] = [];
      // The page shows the title as its heading, before the body: sources often start with it.
      const title =
        typeof frontmatter.title === 'string'
          ? [{ line: frontmatterLine(file, ['title']), text: frontmatter.title }]
          : [];
      for (const { line, text: lineText } of [...title, ...bodyTextLines(file)]) {
        const compact = lineText.replace(WHITE_SPACE, '');
        text += compact;
        for (let i = 0; i < compact.length; i++) lineAt.push(line);
      }

      let from = 0;
      let previous: { sourceLine: number; mdxLine: number } | undefined;
      const sourceLines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
      for (const [index, sourceLine] of sourceLines.entries()) {
        const wanted = sourceLine.replace(WHITE_SPACE, '');
        if (wanted === '') continue;
        const found = text.indexOf(wanted, from);
        if (found < 0) {
          const where = previous
            ? `上一行(原文第 ${previous.sourceLine} 行)在 MDX 第 ${previous.mdxLine} 行,请在其后照录此行`
            : '这是原文第一行,请在正文开头照录此行';
          return [
            {
              file: file.path,
              line: previous?.mdxLine ?? lineAt[0] ?? 1,
              message: `原文 ${sourcePath(name)} 第 ${index + 1} 行未在正文中按顺序找到:「${excerpt(sourceLine)}」;${where}(可加标记和小标题,但不可改动、删去或调换原文文字)`,
            },
          ];
        }
        from = found + wanted.length;
        previous = { sourceLine: index + 1, mdxLine: lineAt[from - 1] ?? 1 };
      }
      return [];
    });
  },
};
