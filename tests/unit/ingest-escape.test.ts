import { mdxToJs, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { attributeText, escapeMdxText } from '../../src/lib/ingest/escape.ts';
import { mdxToText, unescapeMdx } from '../../src/lib/mdx-text.ts';
import { seededRandom } from '../../src/lib/random.ts';

const ASCII_PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const CJK = [...'党建引领风帆劲抓实干部教育。,、:;“”‘’()【】《》——…！？　𠮷'];
const TOKENS = ['import ', 'export ', '<!--', '-->', '&amp;', '&#105;', '&lt;', '1. ', '2) ', '- ', '+ ', '= ', '> ', '# ', '```', '~~~', '***', '---', '===', '<Practice id="x">', '</Practice>', '{props.x}', '<script>', 'www.a.cn', '[^1]', '![a](b)', '\\', '\t', '    ', '\n', '\n\n'];

function randomString(next: () => number): string {
  const length = Math.floor(next() * 60);
  let out = '';
  for (let i = 0; i < length; i += 1) {
    const pick = next();
    if (pick < 0.35) out += ASCII_PUNCTUATION[Math.floor(next() * ASCII_PUNCTUATION.length)];
    else if (pick < 0.6) out += CJK[Math.floor(next() * CJK.length)];
    else if (pick < 0.8) out += TOKENS[Math.floor(next() * TOKENS.length)];
    else if (pick < 0.9) out += String.fromCharCode(0x20 + Math.floor(next() * 95));
    else out += ' ';
  }
  return out;
}

function cases(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => randomString(next));
}

/** What mdxToText can give back: lines trimmed, blank lines dropped (it does the same to any fragment). */
const normalise = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

describe('escapeMdxText', () => {
  it('escapes the characters MDX and Markdown would interpret', () => {
    expect(escapeMdxText('{x} <b> \\ # * _ | ~ ` [ ] ! & $ ^')).toBe('\\{x\\} &lt;b\\> \\\\ \\# \\* \\_ \\| \\~ \\` \\[ \\] \\! \\& \\$ \\^');
    expect(escapeMdxText('import a from "b"\nexport const c = 1')).toBe('&#105;mport a from "b"\n&#101;xport const c = 1');
    expect(escapeMdxText('- a\n+ b\n= c\n> d\n1. e\n12) f\n  - g')).toBe('\\- a\n\\+ b\n\\= c\n\\> d\n1\\. e\n12\\) f\n  \\- g');
    expect(escapeMdxText('<!-- note -->')).toBe('&lt;\\!-- note --\\>');
    // On a line with an autolink trigger, escapes are character references (see escape.ts).
    expect(escapeMdxText('见 http://a.cn/<x>{y}')).toBe('见 http://a.cn/&lt;x&#62;&#123;y&#125;');
    expect(escapeMdxText('- a@b.cn *')).toBe('&#45; a@b.cn &#42;');
    // Mid-line markers and ordinary punctuation stay readable.
    expect(escapeMdxText('作者:刘振江 2021-09-01 14:26:56,"种子工程"(1.1万个)')).toBe('作者:刘振江 2021-09-01 14:26:56,"种子工程"(1.1万个)');
  });

  it('round-trips through mdxToText for random strings (ASCII punctuation, CJK, MDX tokens)', () => {
    for (const [index, text] of cases(2000, 20261123).entries()) {
      expect(mdxToText(escapeMdxText(text)), `case ${index}: ${JSON.stringify(text)}`).toBe(normalise(text));
    }
  });

  it('round-trips exactly when lines are already trimmed and non-empty', () => {
    for (const [index, raw] of cases(1000, 7).entries()) {
      const text = normalise(raw);
      expect(mdxToText(escapeMdxText(text)), `case ${index}`).toBe(text);
    }
    for (const char of [...ASCII_PUNCTUATION, ...CJK.filter((c) => c.trim())]) {
      expect(mdxToText(escapeMdxText(char))).toBe(char);
      expect(mdxToText(escapeMdxText(`${char}${char}${char}`))).toBe(`${char}${char}${char}`);
    }
  });
});

describe('escaped text compiled by the real MDX compiler (satteri, as used by @astrojs/markdown-satteri)', () => {
  type Node = { type: string; value?: string; url?: string; children?: Node[] };
  const ALLOWED = new Set(['root', 'paragraph', 'text', 'break', 'link']);

  type Segment = { value: string; inLink: boolean };

  function inspect(tree: Node): { types: Set<string>; segments: Segment[]; urls: string[] } {
    const types = new Set<string>();
    const urls: string[] = [];
    const segments: Segment[] = [];
    const walk = (node: Node, inLink: boolean) => {
      types.add(node.type);
      if (node.type === 'link') urls.push(node.url ?? '');
      if (node.type === 'text') segments.push({ value: node.value ?? '', inLink });
      node.children?.forEach((child) => walk(child, inLink || node.type === 'link'));
    };
    walk(tree, false);
    return { types, segments, urls };
  }

  /**
   * The source must read back from the text nodes in order. Inside an autolink literal the
   * compiler sometimes keeps escapes spelled out (and trims the `;` of a last reference into
   * the next text), so a link's text may stand for a stretch of source as raw escapes.
   */
  function readsBack(segments: Segment[], source: string): boolean {
    const squashed = squash(source);
    const pattern = segments
      .map(({ value, inLink }, index) => {
        const previous = segments[index - 1];
        if (!inLink && previous?.inLink && /&#\d+$/.test(previous.value)) value = value.replace(/^;/, '');
        if (!inLink) return squash(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const decoded = squash(unescapeMdx(`${value};`));
        if (!squashed.includes(squash(value)) && !squashed.includes(decoded) && !squashed.includes(squash(unescapeMdx(value)))) return '(?!)';
        return '.*?';
      })
      .join('');
    return new RegExp(`^${pattern}$`, 'su').test(squashed);
  }

  const squash = (text: string) => text.replace(/\s+/g, '');

  it('yields only paragraphs of literal text: no JSX, expressions, ESM, HTML or Markdown constructs', () => {
    const hostile = [
      'import fs from "node:fs"',
      'export const x = await fetch("http://evil")',
      '{globalThis.process.exit(1)}',
      '<script>alert(1)</script><img src=x onerror=alert(1)>',
      '<Practice id="x" title="y" themes="z">',
      '</Practice>',
      '<!-- hidden -->',
      '# 标题\n## 二级\n===\n---\n***',
      '- 列表\n1. 有序\n> 引用\n+ 加号',
      '```js\ncode\n```\n~~~\n    缩进',
      '*强调* **加粗** _下划线_ ~~删除~~ `代码`',
      '[链接](javascript:alert(1)) ![图](x.png) [^1]\n[^1]: 脚注',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '&amp; &#105;mport &lt;b&gt; \\{ \\\\',
      '$$x^2$$ :::note',
      ...cases(1000, 99),
    ];
    for (const [index, text] of hostile.entries()) {
      const escaped = escapeMdxText(text);
      const tree = mdxToMdast(`${escaped}\n`, { features: { gfm: true } }) as Node;
      const { types, segments, urls } = inspect(tree);
      const shown = segments.map(({ value }) => value).join('');
      const label = `case ${index}: ${JSON.stringify(text)} → ${JSON.stringify(escaped)}`;
      expect([...types].filter((type) => !ALLOWED.has(type)), label).toEqual([]);
      // GFM autolink literals cannot be escaped; they stay plain http(s)/mailto links with the same text.
      for (const url of urls) expect(url, label).toMatch(/^(https?:\/\/|mailto:)/);
      if (urls.length === 0) expect(squash(shown), label).toBe(squash(text));
      else expect(readsBack(segments, text), label).toBe(true);
    }
  });

  it('compiles a hostile document to a module without imports, exports or expressions from the text', () => {
    const text = ['import x from "y"', 'export default 1', '{process.exit()}', '<Danger />'].join('\n\n');
    const { code } = mdxToJs(escapeMdxText(text)) as { code: string };
    // The only import is the JSX runtime, the only export the generated component, the only
    // element a paragraph; each source line is a string literal child.
    expect(code.match(/^import .*$/gm)).toEqual(['import { Fragment as _Fragment, jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";']);
    expect(code.match(/^export .*$/gm)).toEqual(['export default MDXContent;']);
    expect(code).toContain('Object.assign({ p: "p" }, props.components)');
    for (const line of text.split('\n\n')) expect(code).toContain(`_jsx(_components.p, { children: ${JSON.stringify(line)} })`);
  });
});

describe('attributeText', () => {
  it('makes titles safe for <Practice title="…">', () => {
    expect(attributeText('精选"领头雁"')).toBe('精选“领头雁”');
    expect(attributeText('a<b>{c}&d')).toBe('a＜b＞｛c｝＆d');
    expect(attributeText(' 多余\t空白 ')).toBe('多余 空白');
  });
});
