/**
 * Curation state of a document entry. Ingest writes `review: { state: draft }`; a curator
 * changes it to `reviewed` (or deletes the field: an entry without one is curated and
 * reviewed). Until then the page shows a 待审 banner and nothing in it reads as a finding.
 */
export const REVIEW_STATES = ['draft', 'reviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export function isDraft(review: { state: ReviewState } | undefined): boolean {
  return review?.state === 'draft';
}
