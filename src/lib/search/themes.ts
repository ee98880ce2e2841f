/** English theme names and ids as search aliases: "talent" finds 人才工作. */

export interface ThemeAlias {
  id: string;
  name: string;
  nameEn: string;
}

/** Themes whose English name (any word of it, from its start) or id matches a Latin query. */
export function matchThemes(query: string, themes: ThemeAlias[]): ThemeAlias[] {
  const q = query.trim().toLowerCase();
  if (q.length < 3 || !/^[a-z][a-z\s-]*$/.test(q)) return [];
  return themes.filter((theme) => {
    const name = theme.nameEn.toLowerCase();
    return name.startsWith(q) || theme.id.startsWith(q) || name.split(/[\s-]+/).some((word) => word.startsWith(q));
  });
}
