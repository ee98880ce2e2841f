/** Head metadata: the item type Zotero will choose, only stated dates, no URL without SITE_URL. */
import { describe, expect, it } from 'vitest';
import { documentJsonLd, dublinCoreTags, highwireTags, jsonForScript, sitePageJsonLd, sitePageTags } from '../../../src/lib/citation/metadata.ts';
import { fixture } from './fixtures.ts';

const content = (tags: { name: string; content: string }[], name: string) => tags.filter((tag) => tag.name === name).map((tag) => tag.content);

describe('Highwire and Dublin Core', () => {
  it('never gives a newspaper citation_journal_title (Zotero would make it a journal article); DC.type names the Zotero type', () => {
    const citation = fixture('newspaper');
    expect(content(highwireTags(citation), 'citation_journal_title')).toEqual([]);
    expect(content(highwireTags(citation), 'citation_publication_date')).toEqual(['2021/09/01']);
    expect(content(dublinCoreTags(citation, '枣庄市', []), 'DC.type')).toEqual(['newspaperArticle']);
    expect(content(dublinCoreTags(citation, '枣庄市', []), 'DC.relation.isPartOf')).toEqual(['枣庄日报全媒体']);
  });
  it('types a speech as presentation, a section as bookSection (citation_book_title), others as document', () => {
    expect(content(dublinCoreTags(fixture('speech'), 'x', []), 'DC.type')).toEqual(['presentation']);
    expect(content(highwireTags(fixture('chapter')), 'citation_book_title')).toEqual(['城市党建实践创新研究']);
    expect(content(dublinCoreTags(fixture('review'), 'x', []), 'DC.type')).toEqual(['document']);
  });
  it('leaves out a date the source does not state, and brackets a title the site wrote', () => {
    for (const name of ['speech', 'chapter', 'review', 'supplied'] as const) {
      const tags = [...highwireTags(fixture(name)), ...dublinCoreTags(fixture(name), 'x', [])];
      expect(content(tags, 'citation_publication_date')).toEqual([]);
      expect(content(tags, 'DC.date')).toEqual([]);
    }
    expect(content(highwireTags(fixture('supplied')), 'citation_title')).toEqual(['[滨州市创新实施四项机制]']);
  });
  it('gives no URL without the site’s public URL', () => {
    const citation = fixture('newspaper', null);
    const names = [...highwireTags(citation), ...dublinCoreTags(citation, 'x', [])].map((tag) => tag.name);
    expect(names).not.toContain('citation_public_url');
    expect(names).not.toContain('DC.identifier');
    expect(sitePageTags('主题', undefined, { name: '站' }).map((tag) => tag.name)).not.toContain('citation_public_url');
  });
});

describe('JSON-LD', () => {
  it('has @id and url only with the public URL, and a datePublished only when stated', () => {
    const site = { name: '站' };
    const withUrl = documentJsonLd(fixture('newspaper'), site, { name: '枣庄市', url: '/places/zaozhuang/' }, []);
    expect(withUrl).toMatchObject({ '@type': 'NewsArticle', '@id': 'https://cite.test/documents/newspaper-doc/', datePublished: '2021-09-01' });
    const without = documentJsonLd(fixture('speech', null), site, { name: 'x', url: '/places/x/' }, []);
    expect(without['@id']).toBeUndefined();
    expect(without.datePublished).toBeUndefined();
    expect(without).toMatchObject({ '@type': 'CreativeWork', isBasedOn: { genre: '讲话' } });
    expect(JSON.stringify(sitePageJsonLd('主题', undefined, site, {})).replace('"https://schema.org"', '')).not.toMatch(/https?:/);
  });
  it('escapes what could close the script element', () => {
    expect(jsonForScript({ a: '</script><!--&' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u0026"}');
  });
});
