import { describe, expect, it } from 'vitest';
import { escapeHtml, excerptHtml, kwicHtml } from '../../../src/lib/search/highlight.ts';

describe('escapeHtml', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  });
});

describe('excerptHtml', () => {
  it('marks the spans and escapes the text around them', () => {
    expect(excerptHtml('a<b>容错纠错&c', [{ start: 4, end: 8 }])).toBe('a&lt;b&gt;<mark>容错纠错</mark>&amp;c');
  });
  it('cuts a window around the first span with ellipses', () => {
    const text = `${'甲'.repeat(100)}人才公寓${'乙'.repeat(100)}`;
    const html = excerptHtml(text, [{ start: 100, end: 104 }], 20);
    expect(html).toBe(`…${'甲'.repeat(8)}<mark>人才公寓</mark>${'乙'.repeat(8)}…`);
  });
  it('escapes a hostile page text even with no span', () => {
    expect(excerptHtml('<script>x</script>', [])).toBe('&lt;script&gt;x&lt;/script&gt;');
  });
});

describe('kwicHtml', () => {
  const text = `${'甲'.repeat(50)}人才公寓${'乙'.repeat(5)}人才${'丙'.repeat(50)}`;
  it('marks every occurrence, merging windows that touch', () => {
    const html = kwicHtml(text, [{ start: 50, end: 54 }, { start: 59, end: 61 }], 3);
    expect(html).toBe(`…甲甲甲<mark>人才公寓</mark>乙乙乙乙乙<mark>人才</mark>丙丙丙…`);
  });
  it('joins distant windows with an ellipsis', () => {
    const html = kwicHtml(`${text}${'丁'.repeat(40)}人才`, [{ start: 50, end: 54 }, { start: 151, end: 153 }], 2);
    expect(html).toBe('…甲甲<mark>人才公寓</mark>乙乙…丁丁<mark>人才</mark>');
  });
  it('escapes the text between marks', () => {
    expect(kwicHtml('<b>容错</b>', [{ start: 3, end: 5 }])).toBe('&lt;b&gt;<mark>容错</mark>&lt;/b&gt;');
  });
});
