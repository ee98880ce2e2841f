import { readFileSync, readdirSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, GENRES } from '../../src/lib/document-fields.ts';
import { decodeSource } from '../../src/lib/ingest/decode.ts';
import { buildDraft, practiceId } from '../../src/lib/ingest/draft.ts';
import { mdxToText } from '../../src/lib/mdx-text.ts';
import { extractPractices, PRACTICE_ID_PATTERN, splitFrontmatter } from '../../src/lib/practices.ts';
import { scoreThemes, suggestThemes, type ThemeKeywords } from '../../src/lib/tagging.ts';

const root = new URL('../../', import.meta.url);
const themes = JSON.parse(readFileSync(new URL('content/themes.json', root), 'utf8')) as ThemeKeywords[];
const themeIds = themes.map(({ id }) => id);

const SOURCES: Record<string, string> = {
  '000_28c5a59c5e29682d.txt': 'zaozhuang',
  '001_70453936aad2259f.txt': 'ankang',
  '002_ec7e9884951131f9.txt': 'xinjian',
  '003_0bb425d916a4a802.txt': 'binzhou',
  '004_92768ee5b2995c41.txt': 'zigong',
};

function draftOf(name: string) {
  const bytes = new Uint8Array(readFileSync(new URL(`content/sources/${name}`, root)));
  const { text } = decodeSource(bytes, name);
  return { text, draft: buildDraft({ text, place: SOURCES[name] ?? '', sourceName: name, themes, fallbackYear: '2020' }) };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('drafts of the five real sources', () => {
  it('covers every source', () => {
    expect(readdirSync(new URL('content/sources/', root)).filter((name) => name.endsWith('.txt')).sort()).toEqual(Object.keys(SOURCES));
  });

  describe.each(Object.keys(SOURCES))('%s', (name) => {
    const { text, draft } = draftOf(name);
    const file = `content/documents/${name}.mdx`;

    it('keeps every source line, in order (white space ignored)', () => {
      const sourceLines = text.split('\n').map(squash).filter(Boolean);
      const shown = mdxToText(splitFrontmatter(draft.mdx).body).split('\n').map(squash).filter(Boolean);
      expect(shown).toEqual(sourceLines);
    });

    it('is accepted by extractPractices, with unique, well-formed ids and known themes', () => {
      const practices = extractPractices(draft.mdx, file);
      expect(practices.length).toBe(draft.practices.length);
      expect(practices.length).toBeGreaterThan(0);
      const ids = practices.map(({ id }) => id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const practice of practices) {
        expect(practice.id).toMatch(PRACTICE_ID_PATTERN);
        expect(practice.id.startsWith(`${SOURCES[name]}-p-`)).toBe(true);
        expect(practice.themes.length).toBeGreaterThan(0);
        for (const theme of practice.themes) expect(themeIds).toContain(theme);
        expect([3, 4]).toContain(practice.level);
        // The title is the lead of the text (straight quotes shown curly in the attribute).
        const unquote = (value: string) => squash(value).replace(/[“”"]/g, '');
        expect(unquote(practice.text)).toContain(unquote(practice.title));
      }
    });

    it('has frontmatter the documents schema accepts', () => {
      const data = parseYaml(splitFrontmatter(draft.mdx).frontmatter) as Record<string, unknown> & {
        date: { value: string; precision: string; inferred?: boolean; basis?: string };
        notes: { field: string; text: string }[];
      };
      expect(typeof data.title).toBe('string');
      expect(data.place).toBe(SOURCES[name]);
      expect(data.date.value).toMatch(DATE_PATTERN);
      expect(['day', 'month', 'year']).toContain(data.date.precision);
      if (data.date.inferred) expect(data.date.basis).toBeTruthy();
      expect(GENRES).toContain(data.genre);
      expect(String(data.summary).length).toBeGreaterThanOrEqual(20);
      expect(squash(text)).toContain(squash(String(data.summary)));
      expect((data.themes as string[]).length).toBeGreaterThan(0);
      for (const theme of data.themes as string[]) expect(themeIds).toContain(theme);
      expect(data.source).toBe(name);
      expect(data.notes).toContainEqual({ field: 'summary', text: '由 ingest 自动摘取,待人工改写' });
    });

    it('compiles with the real MDX compiler to text and <Practice> blocks only', () => {
      type Node = { type: string; name?: string; attributes?: { type: string; value: unknown }[]; children?: Node[] };
      const tree = mdxToMdast(draft.mdx, { features: { gfm: true } }) as Node;
      const types = new Set<string>();
      const walk = (node: Node) => {
        types.add(node.type);
        if (node.type === 'mdxJsxFlowElement') {
          expect(node.name).toBe('Practice');
          for (const attribute of node.attributes ?? []) {
            expect(attribute.type).toBe('mdxJsxAttribute');
            expect(typeof attribute.value).toBe('string');
          }
        }
        node.children?.forEach(walk);
      };
      walk(tree);
      expect([...types].filter((type) => !['root', 'yaml', 'toml', 'heading', 'paragraph', 'text', 'mdxJsxFlowElement'].includes(type))).toEqual([]);
    });
  });

  it('reads what the seeds README says about titles and dates', () => {
    expect(draftOf('000_28c5a59c5e29682d.txt').draft.mdx).toContain('title: "党建引领风帆劲"');
    expect(draftOf('000_28c5a59c5e29682d.txt').draft.mdx).toMatch(/value: "2021-09-01"\n {2}precision: day\n {2}time: "14:26:56"/);
    expect(draftOf('004_92768ee5b2995c41.txt').draft.mdx).toMatch(/value: "2021-10-15"/);
    expect(draftOf('002_ec7e9884951131f9.txt').draft.mdx).toMatch(/inferred: true\n {2}basis: "原文未署日期/);
    expect(draftOf('002_ec7e9884951131f9.txt').draft.mdx).toContain('genre: 讲话');
    expect(draftOf('004_92768ee5b2995c41.txt').draft.mdx).toContain('genre: 著作章节');
    expect(draftOf('001_70453936aad2259f.txt').draft.mdx).toContain('genre: 年度综述');
  });
});

describe('buildDraft', () => {
  const LEAD_A = '抓实干部教育。举办主体班次61期,培训干部1.3万人次,选拔任用年轻干部,开展干部教育培训。';
  const LEAD_B = '狠抓带头人队伍建设。选优配强村党组织书记,建强基层党组织,发展壮大村集体经济。';
  const base = { place: 'zaozhuang', sourceName: 'x.txt', themes, fallbackYear: '2020' };

  it('derives practice ids from titles, not positions', () => {
    const first = buildDraft({ ...base, text: ['标题', LEAD_A, LEAD_B].join('\n') });
    const second = buildDraft({ ...base, text: ['标题', '前面插入了一段新的文字,说明背景情况。', LEAD_B, LEAD_A].join('\n') });
    expect(first.practices.map(({ id }) => id).sort()).toEqual(second.practices.map(({ id }) => id).sort());
    expect(first.practices[0]?.id).toBe(practiceId('zaozhuang', '抓实干部教育'));
    expect(practiceId('zaozhuang', '抓实干部教育')).toMatch(/^zaozhuang-p-[0-9a-f]{6}$/);
  });

  it('keeps ids unique when titles repeat', () => {
    const draft = buildDraft({ ...base, text: ['标题', LEAD_A, LEAD_A].join('\n') });
    const [a, b] = draft.practices.map(({ id }) => id);
    expect(b).toBe(`${a}-2`);
    expect(() => extractPractices(draft.mdx, 'x.mdx')).not.toThrow();
  });

  it('leaves practices below the theme threshold untagged and falls back to the best theme', () => {
    const draft = buildDraft({ ...base, text: ['标题', '做好日常工作。按时完成各项任务,保持良好的工作作风和习惯。'].join('\n') });
    expect(draft.practices).toEqual([]);
    expect(draft.untagged).toBe(1);
    expect(draft.mdx).not.toContain('<Practice');
    expect(draft.themes).toHaveLength(1);
    expect(draft.mdx).toMatch(/field: themes\n {4}text: "没有做法达到主题阈值/);
  });

  it('takes --title and --date over what the text says', () => {
    const draft = buildDraft({ ...base, title: '自定标题', date: '2019-05', text: ['标题', '作者:某 2021-09-01', LEAD_A].join('\n') });
    expect(draft.mdx).toContain('title: "自定标题"');
    expect(draft.mdx).toMatch(/value: "2019-05"\n {2}precision: month\n/);
    expect(draft.mdx).not.toContain('inferred: true');
  });

  it('escapes hostile text in the body and keeps it literal', () => {
    const hostile = ['标题', 'import x from "y"', '{process.exit(1)}<script>alert(1)</script>', '# 不是标题', '抓实干部教育。<Practice id="a" title="b" themes="cadres">干部培训选拔任用年轻干部。'].join('\n');
    const draft = buildDraft({ ...base, text: hostile });
    expect(mdxToText(splitFrontmatter(draft.mdx).body).split('\n')).toEqual(hostile.split('\n'));
    expect(extractPractices(draft.mdx, 'x.mdx')).toHaveLength(1);
  });

  it('keeps a heading ending in # intact for the practice section name', () => {
    const draft = buildDraft({ ...base, text: ['标题', '一、第一部分#', LEAD_A].join('\n') });
    expect(draft.mdx).toContain('## 一、第一部分&#35;');
    expect(extractPractices(draft.mdx, 'x.mdx')[0]?.section).toBe('一、第一部分#');
  });
});

describe('theme suggestion', () => {
  it('scores weighted keyword counts', () => {
    const scores = scoreThemes('人才人才引才', themes);
    expect(scores[0]).toEqual({ id: 'talent', score: 9 });
    expect(suggestThemes('人才', themes)).toEqual([]);
    expect(suggestThemes('人才引才', themes)).toEqual(['talent']);
  });
});
