import { splitFrontmatter } from '../../practices.ts';
import type { Problem, Rule } from '../types.ts';

/** The only components a document body may use; everything else in MDX could run code. */
export const ALLOWED_COMPONENTS = ['Practice', 'Footnotes'] as const;

const ESM = /^\s*(import|export)\b/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const INLINE_CODE = /(`+)[^`]*?\1/g;
const EXPRESSION = /(?<!\\)\{/;
// MDX reads any identifier after `<` as JSX, Chinese ones included.
const TAG = /(?<!\\)<\/?([\p{ID_Start}$_][\p{ID_Continue}$.:-]*)/gu;
/** Quoted attribute values of a component tag: inert strings, not prose. */
const COMPONENT_TAG = /(?<!\\)<[A-Z][\w.]*(?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*\/?>/g;
const QUOTED = /"[^"]*"|'[^']*'/g;

/** Content is data: its MDX must never be able to run as code or inject HTML. */
export const noExecutableMdx: Rule = {
  name: 'no-executable-mdx',
  description: `MDX 正文不含 import/export、{…} 表达式、HTML 标签,组件只用 ${ALLOWED_COMPONENTS.join('、')}`,
  check(corpus) {
    const allowed = new Set<string>(ALLOWED_COMPONENTS);
    return corpus.documents.flatMap((file) => {
      const { body, bodyLineOffset } = splitFrontmatter(file.source);
      const problems: Problem[] = [];
      let fenced = false;
      body.split('\n').forEach((text, index) => {
        const line = index + 1 + bodyLineOffset;
        if (FENCE.test(text)) fenced = !fenced;
        if (fenced) return;
        const report = (message: string) => problems.push({ file: file.path, line, message });
        if (ESM.test(text)) {
          report('正文不能有 import/export 语句(会作为代码执行);请删去此行,组件由网站提供,无需导入');
          return;
        }
        const prose = text.replace(INLINE_CODE, '').replace(COMPONENT_TAG, (tag) => tag.replace(QUOTED, '""'));
        if (EXPRESSION.test(prose)) {
          report('正文不能有 {…} 表达式(会作为代码执行);若是正文文字,请把 { 写成 \\{');
        }
        for (const [, name = ''] of prose.matchAll(TAG)) {
          if (/^[a-z]/.test(name)) {
            report(`正文不能有 HTML 标签 <${name}>;请改用 Markdown 写法,若是正文文字,请把 < 写成 \\<`);
          } else if (!allowed.has(name)) {
            report(
              `组件 <${name}> 不在允许之列(只可用 ${ALLOWED_COMPONENTS.join('、')});请删去该组件,若是正文文字,请把 < 写成 \\<`,
            );
          }
        }
      });
      return problems;
    });
  },
};
