import { practicesOf } from '../document.ts';
import type { Rule } from '../types.ts';

/**
 * A practice's types and themes must agree both ways: a type of a theme the practice lacks is a
 * tagging mistake, and a theme with none of its types would leave the practice out of that
 * theme's grid (rows are types).
 */
export const practiceTypesMatchThemes: Rule = {
  name: 'practice-types-match-themes',
  description: '做法类型属于做法的主题,做法的每个主题至少有一个该主题的类型',
  check(corpus) {
    const themeOf = new Map((corpus.practiceTypes ?? []).map((type) => [type.id, type.theme]));
    const knownThemes = new Set(corpus.themes.map((theme) => theme.id));
    return corpus.documents.flatMap((file) =>
      (practicesOf(file) ?? []).flatMap((practice) => {
        // Unknown types are practice-types-known's to report; untyped practices, practice-types-present's.
        const known = practice.types.filter((type) => themeOf.has(type));
        // An unknown theme is practice-themes-known's to report; judging the types against it would only repeat it.
        if (known.length === 0 || practice.themes.some((theme) => !knownThemes.has(theme))) return [];
        const outside = known
          .filter((type) => !practice.themes.includes(themeOf.get(type) ?? ''))
          .map((type) => ({
            file: file.path,
            line: practice.line,
            message: `做法 "${practice.id}" 的类型 "${type}" 属于主题 "${themeOf.get(type)}",但做法的 themes 中没有它;请在 themes 中加上 ${themeOf.get(type)},或去掉这个类型`,
          }));
        const uncovered = practice.themes
          .filter((theme) => !known.some((type) => themeOf.get(type) === theme))
          .map((theme) => ({
            file: file.path,
            line: practice.line,
            message: `做法 "${practice.id}" 标了主题 "${theme}",却没有该主题的做法类型,主题页的表格里将看不到它;请加上一个 ${theme} 主题的类型,或从 themes 中去掉 ${theme}`,
          }));
        return [...outside, ...uncovered];
      }),
    );
  },
};
