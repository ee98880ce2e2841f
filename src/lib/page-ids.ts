/**
 * Element ids the site's own pages use. A practice id is an anchor on its document page (and
 * on place and theme pages that list it), so it must never equal one of these: `#cite` or
 * `#main` would then point at two elements. Ingest avoids them and the `practice-ids-not-reserved`
 * content rule refuses them. Keep this list in step with the layout and components when adding an id.
 */
export const RESERVED_PAGE_IDS: readonly string[] = [
  'main',
  'cite',
  'cite-heading',
  'toc',
  'toc-heading',
  'search',
  'summary-heading',
  'full-text-heading',
  'document-meta-heading',
  'documents-heading',
  'places-heading',
  'themes-heading',
  'browse-heading',
  'header-search-input',
  'search-form',
  'search-input',
  'search-status',
  'search-results',
  'search-facets',
  'search-facet-groups',
  'search-themes',
  'search-empty',
  'search-empty-query',
  'place-documents',
  'place-practices',
  'figures',
  'shared',
  'distinctive',
  'by-place',
  'matrix',
  'pairs',
  'picker',
  'picker-link',
  'picker-pair',
  'profiles',
  'footnotes',
];

/** Prefixes of ids that pages build from place and theme ids (`theme-cadres`, `place-zigong`, `profile-…`). */
export const RESERVED_PAGE_ID_PREFIXES: readonly string[] = ['theme-', 'place-', 'profile-', 'user-content-'];

export function isReservedPageId(id: string): boolean {
  return RESERVED_PAGE_IDS.includes(id) || RESERVED_PAGE_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}
