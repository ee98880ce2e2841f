/**
 * Metadata that reference managers read from a page's <head>: Highwire Press tags (Zotero,
 * Google Scholar), Dublin Core and schema.org JSON-LD.
 */
import type { Citation, Creator } from './model.ts';
import { gbtSource } from './gbt7714.ts';

export interface MetaTag {
  name: string;
  content: string;
}

export interface SiteIdentity {
  name: string;
  url: string;
}

/** Highwire dates are YYYY/MM/DD, or only as much of it as is known. */
function highwireDate(parts: number[]): string {
  return parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('/');
}

export function highwireTags(citation: Citation): MetaTag[] {
  const { book } = citation;
  const tags: MetaTag[] = [
    { name: 'citation_title', content: citation.title },
    ...citation.creators.map((creator) => ({ name: 'citation_author', content: creator.name })),
    { name: 'citation_publication_date', content: book ? book.year : highwireDate(citation.date.parts) },
  ];
  if (citation.kind === 'newspaper' && citation.periodical) tags.push({ name: 'citation_journal_title', content: citation.periodical });
  if (book) {
    tags.push({ name: 'citation_book_title', content: book.title });
    if (book.publisher) tags.push({ name: 'citation_publisher', content: book.publisher });
    if (book.pages) tags.push({ name: 'citation_firstpage', content: book.pages.split(/[-–]/)[0] ?? book.pages });
  }
  tags.push({ name: 'citation_language', content: 'zh' }, { name: 'citation_public_url', content: citation.url });
  return tags;
}

export function dublinCoreTags(citation: Citation, site: SiteIdentity, place: string, themes: string[]): MetaTag[] {
  return [
    { name: 'DC.title', content: citation.title },
    ...citation.creators.map((creator) => ({ name: 'DC.creator', content: creator.name })),
    { name: 'DC.date', content: citation.book ? citation.book.year : citation.date.iso },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.format', content: 'text/html' },
    { name: 'DC.language', content: 'zh-CN' },
    { name: 'DC.identifier', content: citation.url },
    { name: 'DC.source', content: gbtSource(citation) },
    { name: 'DC.publisher', content: site.name },
    { name: 'DC.coverage', content: place },
    ...themes.map((theme) => ({ name: 'DC.subject', content: theme })),
  ];
}

/** Tags for a page of the site itself (theme, place): the site is its author and publisher. */
export function sitePageTags(title: string, url: string, site: SiteIdentity): MetaTag[] {
  return [
    { name: 'citation_title', content: title },
    { name: 'citation_author', content: site.name },
    { name: 'citation_publisher', content: site.name },
    { name: 'citation_language', content: 'zh' },
    { name: 'citation_public_url', content: url },
    { name: 'DC.title', content: title },
    { name: 'DC.creator', content: site.name },
    { name: 'DC.publisher', content: site.name },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.language', content: 'zh-CN' },
    { name: 'DC.identifier', content: url },
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

const SCHEMA_TYPES: Record<Citation['kind'], string> = { newspaper: 'NewsArticle', chapter: 'Chapter', 'unknown-venue': 'Article' };

export interface Named {
  name: string;
  url: string;
}

/** The site's page as a schema.org work, based on the original source. */
export function documentJsonLd(citation: Citation, site: SiteIdentity, place: Named, themes: Named[]): JsonLd {
  const { book } = citation;
  const type = SCHEMA_TYPES[citation.kind];
  const datePublished = book ? book.year : citation.date.iso;
  const original: JsonLd = {
    '@type': type,
    name: citation.title,
    author: citation.creators.map(schemaPerson),
    datePublished,
    citation: gbtSource(citation),
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
    '@id': citation.url,
    url: citation.url,
    headline: citation.title,
    name: citation.title,
    ...(citation.titleEn ? { alternativeHeadline: citation.titleEn } : {}),
    inLanguage: 'zh-CN',
    author: citation.creators.map(schemaPerson),
    datePublished,
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    contentLocation: { '@type': 'Place', name: place.name, url: place.url },
    about: themes.map((theme) => ({ '@type': 'Thing', name: theme.name, url: theme.url })),
    isBasedOn: original,
    ...(book ? { isPartOf: original.isPartOf } : {}),
  };
}

/** A theme or place page: a collection of the site's excerpts. */
export function sitePageJsonLd(title: string, url: string, site: SiteIdentity, about: Record<string, unknown>): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name: title,
    inLanguage: 'zh-CN',
    author: { '@type': 'Organization', name: site.name, url: site.url },
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
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
