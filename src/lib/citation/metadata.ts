/**
 * Metadata that reference managers read from a page's <head>: Highwire Press tags (Zotero,
 * Google Scholar), Dublin Core and schema.org JSON-LD.
 *
 * Zotero's Embedded Metadata translator takes the item type from Highwire tags first
 * (citation_journal_title forces a journal article, citation_book_title a book section), else
 * from DC.type through its RDF import, which accepts Zotero item type names. So a newspaper
 * article never carries citation_journal_title; DC.type names the type. A date the source does not
 * state is left out of the date tags (it is in DC.source, marked), and a title the site wrote is
 * given in brackets. Without the site's public URL no URL is given at all.
 */
import { SITE_NAME } from '../site.ts';
import { gbtReference } from './gbt7714.ts';
import type { Citation, Creator } from './model.ts';

export interface MetaTag {
  name: string;
  content: string;
}

export interface SiteIdentity {
  name: string;
  /** The site's home URL, when the public URL is set. */
  url?: string | undefined;
}

/** Zotero item types, by what the source is (Embedded Metadata → RDF import reads DC.type). */
export const ZOTERO_TYPES: Record<Citation['kind'], string> = {
  newspaper: 'newspaperArticle',
  chapter: 'bookSection',
  speech: 'presentation',
  'unknown-venue': 'document',
};

function titleValue(citation: Citation): string {
  return citation.provenance.title.status === 'stated' ? citation.title : `[${citation.title}]`;
}

/** Highwire dates are YYYY/MM/DD, or only as much of it as is known; only a stated date. */
function statedDate(citation: Citation): string | undefined {
  if (citation.book) return citation.provenance.bookYear.status === 'stated' ? citation.book.year : undefined;
  return citation.provenance.date.status === 'stated' ? citation.date.iso : undefined;
}

function tag(name: string, content: string | undefined): MetaTag[] {
  return content ? [{ name, content }] : [];
}

export function highwireTags(citation: Citation): MetaTag[] {
  const { book } = citation;
  return [
    ...tag('citation_title', titleValue(citation)),
    ...citation.creators.map((creator) => ({ name: 'citation_author', content: creator.name })),
    ...tag('citation_publication_date', statedDate(citation)?.replace(/-/g, '/')),
    ...tag('citation_book_title', book?.title),
    ...tag('citation_publisher', book?.publisher),
    ...tag('citation_firstpage', book?.pages?.split(/[-–]/)[0]),
    ...tag('citation_language', 'zh'),
    ...tag('citation_public_url', citation.url),
  ];
}

export function dublinCoreTags(citation: Citation, place: string, themes: string[]): MetaTag[] {
  return [
    ...tag('DC.title', titleValue(citation)),
    ...citation.creators.map((creator) => ({ name: 'DC.creator', content: creator.name })),
    ...tag('DC.date', statedDate(citation)),
    ...tag('DC.type', ZOTERO_TYPES[citation.kind]),
    ...tag('DC.format', 'text/html'),
    ...tag('DC.language', 'zh-CN'),
    ...tag('DC.identifier', citation.url),
    ...tag('DC.source', gbtReference(citation)),
    ...tag('DC.relation.isPartOf', citation.kind === 'newspaper' ? citation.periodical : citation.book?.title),
    ...tag('DC.publisher', SITE_NAME),
    ...tag('DC.coverage', place),
    ...themes.map((theme) => ({ name: 'DC.subject', content: theme })),
  ];
}

/** Tags for a page of the site itself (theme, place): the site is its author and publisher. */
export function sitePageTags(title: string, url: string | undefined, site: SiteIdentity): MetaTag[] {
  return [
    { name: 'citation_title', content: title },
    { name: 'citation_author', content: site.name },
    { name: 'citation_publisher', content: site.name },
    { name: 'citation_language', content: 'zh' },
    ...tag('citation_public_url', url),
    { name: 'DC.title', content: title },
    { name: 'DC.creator', content: site.name },
    { name: 'DC.publisher', content: site.name },
    { name: 'DC.type', content: 'webpage' },
    { name: 'DC.language', content: 'zh-CN' },
    ...tag('DC.identifier', url),
  ];
}

type JsonLd = Record<string, unknown>;

function schemaPerson(creator: Creator): JsonLd {
  return {
    '@type': creator.corporate ? 'Organization' : 'Person',
    name: creator.name,
    ...(creator.pinyin ? { alternateName: creator.pinyin } : {}),
  };
}

/** schema.org has no speech type: a speech is a CreativeWork with its genre. */
const SCHEMA_TYPES: Record<Citation['kind'], string> = {
  newspaper: 'NewsArticle',
  chapter: 'Chapter',
  speech: 'CreativeWork',
  'unknown-venue': 'Article',
};

export interface Named {
  name: string;
  url: string;
}

function organization(site: SiteIdentity): JsonLd {
  return { '@type': 'Organization', name: site.name, ...(site.url ? { url: site.url } : {}) };
}

/** The site's page as a schema.org work, based on the original source. */
export function documentJsonLd(citation: Citation, site: SiteIdentity, place: Named, themes: Named[]): JsonLd {
  const { book } = citation;
  const type = SCHEMA_TYPES[citation.kind];
  const date = statedDate(citation);
  const name = titleValue(citation);
  const original: JsonLd = {
    '@type': type,
    name,
    author: citation.creators.map(schemaPerson),
    ...(date ? { datePublished: date } : {}),
    ...(citation.kind === 'speech' ? { genre: citation.genre } : {}),
    citation: gbtReference(citation),
    ...(citation.kind === 'newspaper' ? { publisher: { '@type': 'Organization', name: citation.periodical } } : {}),
    ...(book
      ? {
          isPartOf: {
            '@type': 'Book',
            name: book.title,
            author: book.creators.map(schemaPerson),
            ...(book.publisher ? { publisher: { '@type': 'Organization', name: book.publisher } } : {}),
          },
          ...(book.pages ? { pagination: book.pages } : {}),
        }
      : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': type,
    ...(citation.url ? { '@id': citation.url, url: citation.url } : {}),
    headline: name,
    name,
    ...(citation.titleEn ? { alternativeHeadline: citation.titleEn } : {}),
    inLanguage: 'zh-CN',
    author: citation.creators.map(schemaPerson),
    ...(date ? { datePublished: date } : {}),
    publisher: organization(site),
    contentLocation: { '@type': 'Place', name: place.name, url: place.url },
    about: themes.map((theme) => ({ '@type': 'Thing', name: theme.name, url: theme.url })),
    isBasedOn: original,
    ...(book ? { isPartOf: original.isPartOf } : {}),
  };
}

/** A theme or place page: a collection of the site's excerpts. */
export function sitePageJsonLd(title: string, url: string | undefined, site: SiteIdentity, about: Record<string, unknown>): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    ...(url ? { '@id': url, url } : {}),
    name: title,
    inLanguage: 'zh-CN',
    author: organization(site),
    publisher: organization(site),
    isPartOf: { ...organization(site), '@type': 'WebSite' },
    about,
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: `<`, `>` and `&` become \u escapes,
 * so no value (a title, a note) can close the element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
