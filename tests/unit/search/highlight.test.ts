import { describe, expect, it } from 'vitest';
import { escapeHtml, excerptHtml, termSpans } from '../../../src/lib/search/highlight.ts';

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

describe('termSpans', () => {
  it('prefers longer terms and never overlaps', () => {
    expect(termSpans('人才公寓和人才', ['人才', '人才公寓'])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 7 },
    ]);
  });
});
