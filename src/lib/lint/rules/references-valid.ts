import { PLACES_FILE, THEMES_FILE } from '../../paths.ts';
import { describeEntries, figuresOf, frontmatterLine, frontmatterOf, practicesOf, stringArray } from '../document.ts';
import type { Problem, Rule } from '../types.ts';

/** Catches what Astro's `reference()` only logs: a build with such an entry would still succeed. */
export const referencesValid: Rule = {
  name: 'references-valid',
  description: 'frontmatter 的 place、themes 与 figures 的 theme、practice 都指向存在的条目',
  check(corpus) {
    const places = new Set(corpus.places.map((place) => place.id));
    const themes = new Set(corpus.themes.map((theme) => theme.id));
    const knownThemes = `请改用 ${THEMES_FILE} 中已有的主题:${describeEntries(corpus.themes)}`;

    return corpus.documents.flatMap((file) => {
      const frontmatter = frontmatterOf(file);
      if (!frontmatter) return [];
      const problems: Problem[] = [];
      const report = (path: (string | number)[], message: string) =>
        problems.push({ file: file.path, line: frontmatterLine(file, path), message });

      const place = frontmatter.place;
      if (typeof place !== 'string' || !places.has(place)) {
        report(
          ['place'],
          `place "${String(place ?? '')}" 不在 ${PLACES_FILE} 中;请改用已有的地点:${describeEntries(corpus.places)},或先在 ${PLACES_FILE} 中添加该地点`,
        );
      }
      stringArray(frontmatter.themes).forEach((theme, index) => {
        if (!themes.has(theme)) report(['themes', index], `themes 中的主题 "${theme}" 不存在;${knownThemes}`);
      });

      // When the markup is broken practice-markup reports it; practice ids are then unknown.
      const practices = practicesOf(file);
      const practiceIds = new Set(practices?.map((practice) => practice.id));
      for (const figure of figuresOf(frontmatter)) {
        if (figure.theme !== undefined && !themes.has(figure.theme)) {
          report(
            ['figures', figure.index, 'theme'],
            `figures 第 ${figure.index + 1} 项的 theme "${figure.theme}" 不存在;${knownThemes}`,
          );
        }
        if (figure.practice !== undefined && practices && !practiceIds.has(figure.practice)) {
          report(
            ['figures', figure.index, 'practice'],
            `figures 第 ${figure.index + 1} 项的 practice "${figure.practice}" 不是本文档中的做法 id;请改用本文档的做法 id:${[...practiceIds].join('、') || '(本文档没有做法)'},或删去 practice`,
          );
        }
      }
      return problems;
    });
  },
};
