/**
 * Indexes over whole collections, built once per build instead of on every render of a
 * component that appears once per item (a badge per theme, a card per practice): at 1,000
 * documents a per-render rebuild is a scan of the whole collection per card.
 */

/** Calls `load` on first use and hands every later caller the same promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export function byId<T extends { id: string }>(entries: readonly T[]): ReadonlyMap<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}
