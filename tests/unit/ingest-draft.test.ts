import { readFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, GENRES } from '../../src/lib/document-fields.ts';
import { decodeSource } from '../../src/lib/ingest/decode.ts';
import { buildDraft } from '../../src/lib/ingest/draft.ts';
import { parseFrontmatter, readDocumentFiles } from '../../src/lib/corpus.ts';
import { DOCUMENTS_DIR } from '../../src/lib/paths.ts';
import { mdxToText } from '../../src/lib/mdx-text.ts';
import { extractPractices, PRACTICE_ID_PATTERN, splitFrontmatter } from '../../src/lib/practices.ts';
import { scoreThemes, suggestThemes, type ThemeKeywords } from '../../src/lib/tagging.ts';

const root = new URL('../../', import.meta.url);
const themes = JSON.parse(readFileSync(new URL('content/themes.json', root), 'utf8')) as ThemeKeywords[];
const themeIds = themes.map(({ id }) => id);

/** Each curated entry's source and place, read from the corpus: these tests draft every one of them. */
const curated = readDocumentFiles(DOCUMENTS_DIR).map((file) => ({ file, data: parseFrontmatter(file) }));
const SOURCES: Record<string, string> = Object.fromEntries(curated.map(({ data }) => [String(data.source), String(data.place)]));

function draftOf(name: string) {
  const bytes = new Uint8Array(readFileSync(new URL(`content/sources/${name}`, root)));
  const { text } = decodeSource(bytes, name);
  return { text, draft: buildDraft({ text, place: SOURCES[name] ?? '', sourceName: name, themes, fallbackYear: '2020' }) };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('drafts of the curated sources', () => {
  it('has curated entries to draft', () => {
    expect(Object.keys(SOURCES).length).toBe(curated.length);
    expect(curated.length).toBeGreaterThan(0);
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
        expect(practice.id.startsWith(`${SOURCES[name]}-`)).toBe(true);
        expect(practice.themes.length).toBeGreaterThan(0);
        for (const theme of practice.themes) expect(themeIds).toContain(theme);
        expect([3, 4]).toContain(practice.level);
        // The title is the lead of the text, or the heading of its section (straight quotes shown curly in the attribute).
        const unquote = (value: string) => squash(value).replace(/[“”"]/g, '');
        expect(unquote(`${practice.section ?? ''}${practice.text}`)).toContain(unquote(practice.title));
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

  it.each(curated.map(({ file, data }) => [file.path, data] as const))('%s: the draft agrees with the curated genre, and with its date when it reads one', (_path, data) => {
    const { draft } = draftOf(String(data.source));
    const draftData = parseYaml(splitFrontmatter(draft.mdx).frontmatter) as { genre: string; date: { value: string; inferred?: boolean } };
    expect(draftData.genre).toBe(data.genre);
    const date = data.date as { value: string };
    if (!draftData.date.inferred) expect(draftData.date.value).toBe(date.value);
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
    expect(first.practices[0]?.id).toBe('zaozhuang-zhuashi-ganbu-jiaoyu');
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

describe('what drafts propose', () => {
  const base = { place: 'zaozhuang', sourceName: 'x.txt', themes, fallbackYear: '2020' };

  it('reads bylines and credit lines into authors, outlet, date and editors instead of headings', () => {
    const text = ['加强干部队伍建设的几点做法', '时间:2010-05-12 来源:《党建研究》 作者:王明 李华', '一、选好干部', '坚持好干部标准,选拔任用年轻干部,加强干部教育培训和干部监督管理工作。', '(编辑 周明)'].join('\n');
    const draft = buildDraft({ ...base, text });
    const data = parseYaml(splitFrontmatter(draft.mdx).frontmatter) as Record<string, unknown>;
    expect(data.authors).toEqual([
      { name: '王明', pinyin: 'Wang Ming', role: '作者' },
      { name: '李华', pinyin: 'Li Hua', role: '作者' },
    ]);
    expect(data.contributors).toEqual([{ name: '周明', pinyin: 'Zhou Ming', role: '编辑' }]);
    expect(data.periodical).toMatchObject({ value: '党建研究', inferred: false });
    expect(data.date).toMatchObject({ value: '2010-05-12', precision: 'day' });
    expect(draft.mdx).not.toMatch(/^#+ .*(编辑|来源)/m);
  });

  it('turns sections without lead sentences, 一是/二是 items and 首先/其次 items into practices', () => {
    const text = [
      '标题',
      '一、加强干部队伍建设',
      '坚持好干部标准,选拔任用年轻干部,加强干部教育培训和干部监督管理工作,干部队伍结构明显优化。',
      '二、抓好基层组织',
      '我们重点抓了三件事:一是选优配强村党组织书记,实行书记述职评议;二是发展壮大村集体经济,建强基层党组织。',
      '三、人才工作',
      '首先,完善引才政策。出台人才新政,柔性引进高层次人才,建设人才公寓。',
    ].join('\n');
    const draft = buildDraft({ ...base, text });
    expect(draft.practices.map(({ title, themes: tagged }) => [title, tagged])).toEqual([
      ['加强干部队伍建设', ['cadres']],
      ['选优配强村党组织书记', ['grassroots']],
      ['完善引才政策', ['talent']],
    ]);
    expect(draft.practices.map(({ id }) => id)).toEqual([
      'zaozhuang-jiaqiang-ganbu-duiwu-jianshe',
      'zaozhuang-xuanyou-peiqiang-cundang-zuzhi',
      'zaozhuang-wanshan-yincai-zhengce',
    ]);
  });

  it('marks requirements apart from reported practices, and writes the markup contract', () => {
    const text = ['标题', '要坚持党管干部原则。各级党组织必须选拔任用年轻干部,加强干部教育培训。', '抓实干部教育。举办主体班次61期,培训干部1.3万人次,选拔任用年轻干部。'].join('\n');
    const draft = buildDraft({ ...base, text, suggestTypes: ({ themes: tagged }) => (tagged.includes('cadres') ? ['cadre-training'] : []) });
    expect(draft.practices.map(({ kind }) => kind)).toEqual(['requirement', 'practice']);
    expect(draft.mdx).toContain('<Practice id="zaozhuang-zhuashi-ganbu-jiaoyu" title="抓实干部教育" themes="cadres" types="cadre-training" kind="practice" level="3">');
    // Without a suggester, no types attribute.
    expect(buildDraft({ ...base, text }).mdx).not.toContain('types=');
  });

  it('records the encoding and marks the entry a draft for review', () => {
    const draft = buildDraft({ ...base, text: '标题\n正文。', encoding: { encoding: 'big5', confidence: 0.9, basis: '按常用汉字占比判断为 Big5' } });
    const data = parseYaml(splitFrontmatter(draft.mdx).frontmatter) as Record<string, unknown>;
    expect(data.sourceEncoding).toBe('big5');
    expect(data.review).toEqual({ state: 'draft' });
    expect(data.notes).toContainEqual({ field: 'source', text: '原始文件编码为 big5(置信度 0.9):按常用汉字占比判断为 Big5,待核对' });
  });
});
