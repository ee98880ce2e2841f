/**
 * From verified passages to the result list: which passages are hits (all terms in the passage
 * first, then all terms within one document), the order, grouping, and the status line.
 */
import { describeClauses, type ParsedQuery, type PassageMatch } from './query-language.ts';
import type { Sort } from './url-state.ts';

/** all: the passage holds every required term; document: its document does, across passages; partial: some terms only. */
export type Tier = 'all' | 'document' | 'partial';
export const TIER_ORDER: Record<Tier, number> = { all: 0, document: 1, partial: 2 };

/**
 * Candidates the search page checks before its first render: about a phone screen of hits,
 * fetched in one round of requests (a browser opens six connections to a host); the rest of the
 * page follows.
 */
export const FIRST_BATCH = 4;

export interface Candidate {
  slug: string;
  match: PassageMatch;
}

/** Each candidate's tier, or undefined when it is no hit at all (excluded, or holding no term). */
export function tiers<T extends Candidate>(candidates: T[]): (Tier | undefined)[] {
  const documentHolds = new Map<string, boolean[]>();
  for (const { slug, match } of candidates) {
    if (match.excluded) continue;
    const holds = documentHolds.get(slug) ?? match.holds.map(() => false);
    documentHolds.set(slug, holds.map((held, index) => held || (match.holds[index] ?? false)));
  }
  return candidates.map(({ slug, match }) => {
    if (match.excluded || !match.holds.some(Boolean)) return undefined;
    if (match.holds.every(Boolean)) return 'all';
    return documentHolds.get(slug)?.every(Boolean) ? 'document' : 'partial';
  });
}

export interface Sortable {
  tier: Tier;
  /** Occurrences of the query's terms in the passage. */
  count: number;
  /** Pagefind's score. */
  score: number;
  slug: string;
  place: string;
  /** The document's date value (YYYY[-MM[-DD]]). */
  date: string;
  /** Position of the passage in its document. */
  order: number;
}

const byReading = (a: Sortable, b: Sortable) => a.slug.localeCompare(b.slug) || a.order - b.order;

/** Relevance: tier, then occurrences, then Pagefind's score; date: newest first; place: by name. Ties keep reading order. */
export function compareHits(key: Sort): (a: Sortable, b: Sortable) => number {
  if (key === 'date') return (a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || b.date.localeCompare(a.date) || byReading(a, b);
  if (key === 'place') {
    return (a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || a.place.localeCompare(b.place, 'zh-CN') || b.date.localeCompare(a.date) || byReading(a, b);
  }
  return (a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || b.count - a.count || b.score - a.score || byReading(a, b);
}

/** Hits grouped by document, documents in the order of their first hit, hits in list order within. */
export function groupByDocument<T extends { slug: string }>(hits: T[]): { slug: string; hits: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const hit of hits) groups.set(hit.slug, [...(groups.get(hit.slug) ?? []), hit]);
  return [...groups].map(([slug, grouped]) => ({ slug, hits: grouped }));
}

/** The documents of a result list, in list order, each once: what a batch export of the results takes. */
export function documentSlugs(hits: { slug: string }[]): string[] {
  return [...new Set(hits.map((hit) => hit.slug))];
}

export interface TierCounts {
  passages: number;
  documents: number;
}

export function countTier(hits: { slug: string; tier: Tier }[], tier: Tier): TierCounts {
  const inTier = hits.filter((hit) => hit.tier === tier);
  return { passages: inTier.length, documents: documentSlugs(inTier).length };
}

/**
 * The status line, saying exactly what was matched:
 * 12 段同时含「枣庄」「人才公寓」，分属 1 篇文献。 / 没有找到含「芯片」的段落。
 */
export function statusLine(parsed: ParsedQuery, all: TierCounts, document: TierCounts): string {
  const terms = describeClauses(parsed.required);
  const without = parsed.excluded.length > 0 ? `、不含${describeClauses(parsed.excluded)}` : '';
  const together = parsed.required.length > 1 ? '同时' : '';
  const spread =
    document.passages > 0 ? `${document.documents} 篇文献在不同段落中分别含这些词（${document.passages} 段）` : '';
  if (all.passages > 0) {
    return `${all.passages} 段${together}含${terms}${without}，分属 ${all.documents} 篇文献${spread ? `；另有 ${spread}` : ''}。`;
  }
  if (spread) return `没有一段同时含${terms}${without}；${spread}。`;
  return `没有找到含${terms}${without}的段落。`;
}
