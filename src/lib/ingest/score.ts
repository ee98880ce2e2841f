/**
 * How close a draft's proposed practices come to a curated entry's: boundaries (a practice is
 * identified by where its text starts), titles and themes of the practices both propose.
 */
import type { PracticeMarkup } from '../practices.ts';

export interface DraftScore {
  curated: number;
  drafted: number;
  /** Practices starting at the same paragraph in both. */
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Of matched practices, the share with the same title (white space and quote styles aside). */
  titleMatch: number;
  /** Of matched practices, the share with exactly the same themes. */
  themeAgreement: number;
}

const squash = (text: string) => text.replace(/\s+/g, '').replace(/[“”"]/g, '');
/** A practice's start: the first characters of its text. */
const START = 24;
const startOf = (practice: Pick<PracticeMarkup, 'text'>) => squash(practice.text).slice(0, START);
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function scoreDraft(curated: readonly PracticeMarkup[], drafted: readonly PracticeMarkup[]): DraftScore {
  const byStart = new Map(curated.map((practice) => [startOf(practice), practice]));
  const pairs = drafted.flatMap((practice) => {
    const match = byStart.get(startOf(practice));
    return match ? [{ curated: match, drafted: practice }] : [];
  });
  const precision = ratio(pairs.length, drafted.length);
  const recall = ratio(pairs.length, curated.length);
  const sameThemes = (a: string[], b: string[]) => a.length === b.length && a.every((theme) => b.includes(theme));
  return {
    curated: curated.length,
    drafted: drafted.length,
    matched: pairs.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    titleMatch: ratio(pairs.filter((pair) => squash(pair.curated.title) === squash(pair.drafted.title)).length, pairs.length),
    themeAgreement: ratio(pairs.filter((pair) => sameThemes(pair.curated.themes, pair.drafted.themes)).length, pairs.length),
  };
}

/** Scores summed over documents (micro-averaged: every practice counts once). */
export function totalScore(scores: readonly DraftScore[]): DraftScore {
  const sum = (key: 'curated' | 'drafted' | 'matched') => scores.reduce((total, score) => total + score[key], 0);
  const weighted = (key: 'titleMatch' | 'themeAgreement') =>
    ratio(
      scores.reduce((total, score) => total + score[key] * score.matched, 0),
      sum('matched'),
    );
  const [curated, drafted, matched] = [sum('curated'), sum('drafted'), sum('matched')];
  const precision = ratio(matched, drafted);
  const recall = ratio(matched, curated);
  return {
    curated,
    drafted,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    titleMatch: weighted('titleMatch'),
    themeAgreement: weighted('themeAgreement'),
  };
}
