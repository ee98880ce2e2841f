/**
 * The query language a researcher expects: words separated by spaces must all occur (AND),
 * "quoted phrases" are one term, `-term` excludes, `a|b` is either. Every term is matched
 * verbatim (Ctrl+F semantics after NFKC folding, see verbatim.ts), never by parts.
 */
import { MAX_QUERY_LENGTH } from './query.ts';
import { findOccurrences, mapText, type MappedText, type Occurrence } from './verbatim.ts';

/** One AND clause: it holds when any of its alternatives occurs (or, negated, when none does). */
export interface Clause {
  alternatives: string[];
  negated: boolean;
}

export interface ParsedQuery {
  /** Clauses that must hold, in the order typed. */
  required: Clause[];
  /** Clauses whose terms must not occur. */
  excluded: Clause[];
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」' };

/**
 * Parses a query (already NFKC-folded by normalizeQuery, so full-width －｜＂ are - | ").
 * An unclosed quote runs to the end; a lone `-` or `|` is ignored; an exclusion with no other
 * term is kept, and `isRunnable` tells the caller there is nothing to look for.
 */
export function parseQuery(query: string): ParsedQuery {
  const tokens: { text: string; negated: boolean; or: boolean }[] = [];
  let at = 0;
  let pendingOr = false;
  const text = query.slice(0, MAX_QUERY_LENGTH * 2);
  while (at < text.length) {
    const char = text[at] ?? '';
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    if (char === '|') {
      pendingOr = tokens.length > 0;
      at += 1;
      continue;
    }
    let negated = false;
    if (char === '-' && at + 1 < text.length && !/[\s|]/.test(text[at + 1] ?? '')) {
      negated = true;
      at += 1;
    }
    const open = text[at] ?? '';
    let term: string;
    const close = QUOTES[open];
    if (close) {
      const end = text.indexOf(close, at + 1);
      term = text.slice(at + 1, end < 0 ? text.length : end);
      at = end < 0 ? text.length : end + 1;
    } else {
      const match = /^[^\s|]+/.exec(text.slice(at));
      term = match?.[0] ?? '';
      at += term.length;
    }
    term = term.trim();
    if (!term || term === '-') continue;
    tokens.push({ text: term, negated, or: pendingOr && !negated });
    pendingOr = false;
  }
  const clauses: Clause[] = [];
  for (const token of tokens) {
    const last = clauses.at(-1);
    if (token.or && last && !last.negated) {
      if (!last.alternatives.includes(token.text)) last.alternatives.push(token.text);
    } else clauses.push({ alternatives: [token.text], negated: token.negated });
  }
  return { required: clauses.filter((clause) => !clause.negated), excluded: clauses.filter((clause) => clause.negated) };
}

export function isRunnable(parsed: ParsedQuery): boolean {
  return parsed.required.length > 0;
}

/** Every distinct term to look for, required first: what the index is asked for. */
export function requiredTerms(parsed: ParsedQuery): string[] {
  return [...new Set(parsed.required.flatMap((clause) => clause.alternatives))];
}

export interface PassageMatch {
  /** For each required clause, whether the passage holds it. */
  holds: boolean[];
  /** Whether an excluded term occurs. */
  excluded: boolean;
  /** Occurrences of every required term, sorted, non-overlapping: what the excerpt marks. */
  occurrences: Occurrence[];
}

/** How a passage's text stands to the query; pass `mapped` to reuse mapText's work. */
export function matchPassage(text: string, parsed: ParsedQuery, mapped: MappedText = mapText(text)): PassageMatch {
  const occurrences: Occurrence[] = [];
  const holds = parsed.required.map((clause) => {
    let held = false;
    for (const term of clause.alternatives) {
      const found = findOccurrences(text, term, mapped, 1000);
      if (found.length > 0) held = true;
      occurrences.push(...found);
    }
    return held;
  });
  const excluded = parsed.excluded.some((clause) => clause.alternatives.some((term) => findOccurrences(text, term, mapped, 1).length > 0));
  return { holds, excluded, occurrences: disjoint(occurrences) };
}

/** Longest first where two overlap, then in text order. */
function disjoint(spans: Occurrence[]): Occurrence[] {
  const kept: Occurrence[] = [];
  for (const span of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** 「a」「b」 for AND, 「a」或「b」 inside a clause: how the status line names what was matched. */
export function describeClauses(clauses: Clause[]): string {
  return clauses.map((clause) => clause.alternatives.map((term) => `「${term}」`).join('或')).join('');
}
