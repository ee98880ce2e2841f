import { describe, expect, it } from 'vitest';
import { mdxToText, unescapeMdx } from '../../src/lib/mdx-text.ts';

describe('mdxToText', () => {
  const fragment = ['## 一、甄选\\*党员\\*种子', '', '<Practice id="x-a" title="精选“领头雁”" themes="cadres">', '', '精选\\"领头雁\\"。\\{x\\}', '', '</Practice>'].join('\n');

  it('keeps what a reader sees and drops markup', () => {
    expect(mdxToText(fragment)).toBe('一、甄选*党员*种子\n精选"领头雁"。{x}');
  });

  it('adds practice titles, which pages render as headings, on request', () => {
    expect(mdxToText(fragment, { titles: true })).toBe('一、甄选*党员*种子\n精选“领头雁”\n精选"领头雁"。{x}');
  });

  it('treats an escaped < as text, not a tag', () => {
    expect(mdxToText('a \\<Practice title="t"> b', { titles: true })).toBe('a <Practice title="t"> b');
  });
});

describe('unescapeMdx', () => {
  it('resolves escapes and references in one pass, so an escaped & stays literal', () => {
    expect(unescapeMdx('\\&amp; &amp; &#105;mport &#x41;')).toBe('&amp; & import A');
  });
});
