/** Small, pure collection helpers shared by pages and tools. */

/** Groups items by a key, keeping first-seen key order and item order. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Groups items that carry several keys (e.g. a practice with several themes) under each key. */
export function groupByMany<T, K>(items: Iterable<T>, keys: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}

/** Newest first, then by title for a stable order among documents of the same date. */
export function byDateDescending<T extends { date: { value: string }; title: string }>(a: T, b: T): number {
  return b.date.value.localeCompare(a.date.value) || a.title.localeCompare(b.title, 'zh-CN');
}

/** The first `length` characters of a text, cut at a sentence end when one is near. */
export function excerpt(text: string, length = 80): string {
  const flat = text.replace(/\s+/g, '');
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const sentenceEnd = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf(';'), cut.lastIndexOf('；'));
  return sentenceEnd >= length / 2 ? cut.slice(0, sentenceEnd + 1) : `${cut}……`;
}
