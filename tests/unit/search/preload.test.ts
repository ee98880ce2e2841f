import { describe, expect, it } from 'vitest';
import { pagefindPreloads, TAG_ATTRIBUTE, withPreloads, type PagefindEntry } from '../../../src/lib/search/preload.ts';

const entry: PagefindEntry = { version: '1.6.0', languages: { zh: { hash: 'zh_0123abcd', wasm: null, page_count: 3 } } };

describe('pagefindPreloads', () => {
  it('names the entry under the tag, the metadata by its hash and the wasm by its language', () => {
    expect(pagefindPreloads(entry, 'zh')).toEqual({
      tag: 'zh_0123abcd',
      hrefs: ['/pagefind/pagefind-entry.json?ts=zh_0123abcd', '/pagefind/pagefind.zh_0123abcd.pf_meta', '/pagefind/wasm.unknown.pagefind'],
    });
    const withWasm = { ...entry, languages: { zh: { hash: 'zh_9', wasm: 'zh', page_count: 1 } } };
    expect(pagefindPreloads(withWasm, 'zh', '/base/').hrefs[2]).toBe('/base/wasm.zh.pagefind');
  });
  it('refuses a language the index does not have, naming the ones it has', () => {
    expect(() => pagefindPreloads(entry, 'en')).toThrow(/en.*zh/);
  });
});

describe('withPreloads', () => {
  const page = '<html><head><title>检索</title></head><body></body></html>';
  it('adds one fetch preload per file at the end of the head, the first carrying the tag', () => {
    const html = withPreloads(page, pagefindPreloads(entry, 'zh'));
    const links = html.match(/<link rel="preload"[^>]*>/g) ?? [];
    expect(links).toHaveLength(3);
    expect(links.every((link) => link.includes('as="fetch" crossorigin="anonymous"'))).toBe(true);
    expect(links[0]).toContain(`${TAG_ATTRIBUTE}="zh_0123abcd"`);
    expect(html.indexOf('<link')).toBeGreaterThan(html.indexOf('</title>'));
    expect(html.indexOf('</head>')).toBeGreaterThan(html.lastIndexOf('<link'));
  });
  it('refuses a page without a head, or one that already has the links', () => {
    expect(() => withPreloads('<p>no head</p>', pagefindPreloads(entry, 'zh'))).toThrow('</head>');
    const once = withPreloads(page, pagefindPreloads(entry, 'zh'));
    expect(() => withPreloads(once, pagefindPreloads(entry, 'zh'))).toThrow(TAG_ATTRIBUTE);
  });
});
