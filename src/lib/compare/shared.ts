/**
 * Shared approaches between places, found in the practices' own text.
 *
 * The method in one sentence: two practices of different places share an approach when
 * both contain a key term — a run of 3–6 Chinese characters that occurs in practices of at
 * least two places, is not generic (no stop phrase, no function character at either end, not
 * in more than a set share of all practices), weighted by the number of places sharing it ×
 * its length × its inverse place frequency in the whole corpus (× a boost when it holds one of the
 * theme's curated keywords); terms that contain one another, or differ only in their last
 * character, are merged into one approach.
 */
import type { CompareConfig } from './config.ts';

/** A practice as text: its title and body, for one place. */
export interface TextUnit {
  id: string;
  place: string;
  text: string;
}

export interface ApproachPractice {
  id: string;
  /** The approach's term as it occurs in this practice (for highlighting and tests). */
  term: string;
}

export interface SharedApproach {
  /** The approach's terms, most telling first; none contains another. */
  terms: string[];
  weight: number;
  /** Every place with a matching practice (two or more), in the order the places were given. */
  places: { place: string; practices: ApproachPractice[] }[];
}

export interface ThemeDetection {
  shared: SharedApproach[];
  /** Practices that belong to no shared approach shown: their place's own way. */
  distinctive: string[];
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** Every distinct run of `min`–`max` Chinese characters in a text (never across punctuation). */
export function characterNgrams(text: string, min: number, max: number): Set<string> {
  const grams = new Set<string>();
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    for (let start = 0; start < chars.length; start++) {
      // Grown one character at a time: no slice-and-join per n-gram (the hot loop at 1,000 documents).
      let gram = chars.slice(start, start + min - 1).join('');
      for (let end = start + min; end <= Math.min(start + max, chars.length); end++) {
        gram += chars[end - 1];
        grams.add(gram);
      }
    }
  }
  return grams;
}

/** How often each term occurs across the whole corpus, to tell telling terms from generic ones. */
export interface CorpusStats {
  placeCount: number;
  practiceCount: number;
  /** Term → places whose practices contain it. */
  places: Map<string, number>;
  /** Term → practices that contain it. */
  practices: Map<string, number>;
  /** Practice id → its n-grams, computed once and reused by every theme's detection. */
  grams: Map<string, Set<string>>;
}

export function corpusStats(units: readonly TextUnit[], config: CompareConfig): CorpusStats {
  const places = new Map<string, number>();
  const practices = new Map<string, number>();
  const grams = new Map<string, Set<string>>();
  // Units taken place by place, so a gram's distinct places are counted with the last place seen
  // instead of a set per gram (millions of grams at 1,000 documents).
  const lastPlace = new Map<string, string>();
  const byPlace = [...units].sort((a, b) => (a.place < b.place ? -1 : a.place > b.place ? 1 : 0));
  // Practices with the same text (boilerplate, reprinted passages) share one n-gram set.
  const gramsOfText = new Map<string, Set<string>>();
  for (const unit of byPlace) {
    const unitGrams = gramsOfText.get(unit.text) ?? characterNgrams(unit.text, config.termLength.min, config.termLength.max);
    gramsOfText.set(unit.text, unitGrams);
    grams.set(unit.id, unitGrams);
    for (const gram of unitGrams) {
      practices.set(gram, (practices.get(gram) ?? 0) + 1);
      if (lastPlace.get(gram) !== unit.place) {
        lastPlace.set(gram, unit.place);
        places.set(gram, (places.get(gram) ?? 0) + 1);
      }
    }
  }
  return { placeCount: new Set(units.map((unit) => unit.place)).size, practiceCount: units.length, places, practices, grams };
}

/**
 * A term is generic when it is, or is part of, a stop phrase, contains a stop part ("进行"),
 * or starts or ends with a function character.
 */
export function isStopTerm(term: string, config: CompareConfig): boolean {
  const first = term[0] ?? '';
  const last = term.at(-1) ?? '';
  return (
    config.edgeCharacters.includes(first) ||
    config.edgeCharacters.includes(last) ||
    config.stopTerms.some((stop) => stop.includes(term)) ||
    config.stopParts.some((part) => term.includes(part))
  );
}

/**
 * Grows an n-gram to the longest phrase that all the given texts share around it
 * ("部个人有关事" → "干部个人有关事项报告"), so a term is a phrase and not a cut through words.
 * It stops at punctuation, at a function character and at `maxExtendedLength` characters.
 */
export function extendTerm(gram: string, texts: readonly string[], config: CompareConfig): string {
  const [first = '', ...rest] = texts;
  const allContain = (phrase: string) => rest.every((text) => text.includes(phrase));
  const grows = (char: string | undefined): char is string =>
    char !== undefined && /\p{Script=Han}/u.test(char) && !config.edgeCharacters.includes(char);
  let term = gram;
  for (let changed = true; changed && [...term].length < config.maxExtendedLength; ) {
    changed = false;
    for (let at = first.indexOf(term); at >= 0; at = first.indexOf(term, at + 1)) {
      const before = first[at - 1];
      const after = first[at + term.length];
      if (grows(before) && allContain(before + term)) {
        term = before + term;
        changed = true;
        break;
      }
      if (grows(after) && allContain(term + after)) {
        term += after;
        changed = true;
        break;
      }
    }
  }
  return term;
}

/** A theme's curated keyword (content/themes.json). */
export interface ThemeKeyword {
  term: string;
  weight: number;
}

/** Terms holding one of the theme's curated keywords of 3+ characters ("容错纠错") rank higher. */
export function keywordBoost(term: string, keywords: readonly ThemeKeyword[]): number {
  const weights = keywords.filter((keyword) => [...keyword.term].length >= 3 && term.includes(keyword.term));
  return 1 + Math.max(0, ...weights.map((keyword) => keyword.weight));
}

/** Every substring of `term` of at least `min` characters (the term itself included). */
function* substrings(term: string, min: number): Generator<string> {
  const chars = [...term];
  for (let start = 0; start < chars.length; start++) {
    for (let end = start + min; end <= chars.length; end++) yield chars.slice(start, end).join('');
  }
}

interface Candidate {
  term: string;
  weight: number;
  /** Practice ids containing the term. */
  practices: Set<string>;
}

/** Finds the shared approaches and distinctive practices among the practices of one theme. */
export function detectShared(
  units: readonly TextUnit[],
  stats: CorpusStats,
  config: CompareConfig,
  keywords: readonly ThemeKeyword[] = [],
): ThemeDetection {
  const { min, max } = config.termLength;
  const gramsOf = (unit: TextUnit) => stats.grams.get(unit.id) ?? characterNgrams(unit.text, min, max);
  const placeOf = new Map(units.map((unit) => [unit.id, unit.place] as const));

  // Terms occurring in practices of two or more places of this theme. A gram found in one place
  // of the whole corpus, or in too many practices, can never qualify: skip it before counting.
  const maxPractices = config.maxPracticeShare * Math.max(stats.practiceCount, 1);
  const occurrences = new Map<string, Set<string>>();
  for (const unit of units) {
    for (const gram of gramsOf(unit)) {
      if ((stats.places.get(gram) ?? 0) < 2 || (stats.practices.get(gram) ?? 0) > maxPractices) continue;
      const set = occurrences.get(gram);
      if (set) set.add(unit.id);
      else occurrences.set(gram, new Set([unit.id]));
    }
  }
  const textOf = new Map(units.map((unit) => [unit.id, unit.text] as const));
  const byTerm = new Map<string, Candidate>();
  for (const [gram, practices] of occurrences) {
    const places = new Set([...practices].map((id) => placeOf.get(id)));
    if (places.size < 2) continue;
    const term = extendTerm(gram, [...new Set([...practices].map((id) => textOf.get(id) ?? ''))], config);
    if (byTerm.has(term) || isStopTerm(term, config)) continue;
    const inversePlaceFrequency = Math.log(1 + stats.placeCount / (stats.places.get(gram) ?? 1));
    const length = Math.min([...term].length, max);
    byTerm.set(term, { term, practices, weight: places.size * length * inversePlaceFrequency * keywordBoost(term, keywords) });
  }
  const candidates = [...byTerm.values()];

  // A term is a fragment of a longer one found in exactly the same practices ("柔性引" of "柔性引进"): drop it.
  // Substrings are enumerated per term (terms are short), so this stays linear in the number of terms.
  const fragments = new Set<string>();
  for (const candidate of candidates) {
    for (const part of substrings(candidate.term, min)) {
      if (part !== candidate.term && byTerm.get(part)?.practices.size === candidate.practices.size) fragments.add(part);
    }
  }
  const kept = candidates.filter((candidate) => !fragments.has(candidate.term));

  // Variants form one approach: terms that contain one another ("年轻干部", "优秀年轻干部") or differ only
  // in their last character ("柔性引才", "柔性引进"), joined transitively (union–find).
  const index = new Map(kept.map((candidate, position) => [candidate.term, position]));
  const parent = kept.map((_, position) => position);
  const root = (position: number): number => {
    let at = position;
    while (parent[at] !== at) at = parent[at] = parent[parent[at] ?? at] ?? at;
    return at;
  };
  const union = (a: number, b: number) => {
    parent[root(a)] = root(b);
  };
  const byStem = new Map<string, number>();
  kept.forEach((candidate, position) => {
    for (const part of substrings(candidate.term, min)) {
      const other = index.get(part);
      if (other !== undefined) union(position, other);
    }
    // Same stem, different last character: "柔性引才", "柔性引进".
    const stem = `${[...candidate.term].length}:${[...candidate.term].slice(0, -1).join('')}`;
    const other = byStem.get(stem);
    if (other === undefined) byStem.set(stem, position);
    else union(position, other);
  });
  const byWeight = (a: Candidate, b: Candidate) =>
    b.weight - a.weight || b.practices.size - a.practices.size || a.term.localeCompare(b.term, 'zh-CN');
  const components = new Map<number, Candidate[]>();
  kept.forEach((candidate, position) => {
    const group = components.get(root(position));
    if (group) group.push(candidate);
    else components.set(root(position), [candidate]);
  });
  const groups = [...components.values()].map((members) => members.sort(byWeight));
  groups.sort((a, b) => byWeight(a[0] as Candidate, b[0] as Candidate));

  const unitsByPlace = new Map<string, TextUnit[]>();
  for (const unit of units) {
    const list = unitsByPlace.get(unit.place);
    if (list) list.push(unit);
    else unitsByPlace.set(unit.place, [unit]);
  }
  // Only the approaches shown are built out.
  const shared = groups.slice(0, config.maxApproachesPerTheme).map((members): SharedApproach => {
    const terms = members
      .filter((member) => !members.some((other) => other !== member && other.term.includes(member.term)))
      .map((member) => member.term);
    // Each practice is listed with the most telling term it contains.
    const termOf = new Map<string, string>();
    for (const member of members) {
      for (const id of member.practices) if (!termOf.has(id)) termOf.set(id, member.term);
    }
    const places = [...unitsByPlace]
      .map(([place, placeUnits]) => ({
        place,
        practices: placeUnits
          .filter((unit) => termOf.has(unit.id))
          .map((unit) => ({ id: unit.id, term: termOf.get(unit.id) ?? '' })),
      }))
      .filter((entry) => entry.practices.length > 0);
    return { terms, weight: Math.max(...members.map((member) => member.weight)), places };
  });

  const matched = new Set(shared.flatMap((approach) => approach.places.flatMap((entry) => entry.practices.map((p) => p.id))));
  return { shared, distinctive: units.filter((unit) => !matched.has(unit.id)).map((unit) => unit.id) };
}
