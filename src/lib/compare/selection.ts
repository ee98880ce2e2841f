/** The overview's choice of places and themes, as it lives in the URL: `?places=a,b&themes=x,y`. */
export interface Selection {
  places: string[];
  themes: string[];
}

/** Reads a selection; a missing or empty parameter means "all", unknown ids are ignored. */
export function parseSelection(search: string, allPlaces: readonly string[], allThemes: readonly string[]): Selection {
  const params = new URLSearchParams(search);
  const pick = (name: string, all: readonly string[]) => {
    const wanted = (params.get(name) ?? '').split(',').filter((id) => all.includes(id));
    return wanted.length > 0 ? all.filter((id) => wanted.includes(id)) : [...all];
  };
  return { places: pick('places', allPlaces), themes: pick('themes', allThemes) };
}

/** Writes a selection; "all" is left out so the plain URL stays the plain page. */
export function formatSelection(selection: Selection, allPlaces: readonly string[], allThemes: readonly string[]): string {
  const params: string[] = [];
  if (selection.places.length < allPlaces.length) params.push(`places=${selection.places.join(',')}`);
  if (selection.themes.length < allThemes.length) params.push(`themes=${selection.themes.join(',')}`);
  return params.length > 0 ? `?${params.join('&')}` : '';
}
