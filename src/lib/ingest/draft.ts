/**
 * The draft MDX entry for a decoded source: frontmatter (title, place, date, genre guess,
 * extracted summary, themes, source, notes) and a body in which every source line stays,
 * escaped, as a heading, a plain paragraph or the body of a `<Practice>` block.
 */
import { createHash } from 'node:crypto';
import { DATE_PATTERN, type DatePrecision, type Genre } from '../document-fields.ts';
import { scoreThemes, suggestThemes, type ThemeKeywords } from '../tagging.ts';
import { attributeText, escapeMdxText } from './escape.ts';
import { analyzeStructure, detectDate, isMetadataLine, latestYearMentioned, type Block } from './headings.ts';
import { IngestError } from './errors.ts';

export interface DraftInput {
  /** Decoded source text (LF line ends). */
  text: string;
  place: string;
  /** File name under content/sources/, written as `source`. */
  sourceName: string;
  themes: readonly ThemeKeywords[];
  title?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  /** Year used when neither the options nor the text give one (defaults to the current year). */
  fallbackYear?: string;
}

export interface DraftPractice {
  id: string;
  title: string;
  themes: string[];
  level: 3 | 4;
}

export interface Draft {
  mdx: string;
  title: string;
  practices: DraftPractice[];
  /** Lead paragraphs left untagged because no theme reached the threshold. */
  untagged: number;
  themes: string[];
}

interface Note {
  field: string;
  text: string;
}

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Stable practice id from the title alone: `<place>-p-<6 hex of sha256(title)>`. */
export function practiceId(place: string, title: string): string {
  const hash = createHash('sha256').update(title.normalize('NFC')).digest('hex').slice(0, 6);
  return `${place}-p-${hash}`;
}

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

/** Precision of a `YYYY[-MM[-DD]]` date; throws an IngestError for anything else. */
export function datePrecision(value: string): DatePrecision {
  if (!DATE_PATTERN.test(value)) {
    throw new IngestError(`--date 须写作 YYYY、YYYY-MM 或 YYYY-MM-DD,现为 "${value}"。 / --date must be YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

const GENRE_RULES: { genre: Genre; pattern: RegExp; basis: string }[] = [
  { genre: '讲话', pattern: /发言|讲话|致辞|在.{0,20}会上/, basis: '标题或开头有“发言/讲话”' },
  { genre: '年度综述', pattern: /综述|回眸|盘点/, basis: '开头有“综述”' },
  { genre: '著作章节', pattern: /^第[一二三四五六七八九十\d]+[章节]|^\d+字$/m, basis: '有“第…节/章”或字数行' },
  { genre: '供稿文章', pattern: /供稿/, basis: '有“供稿”' },
  { genre: '新闻报道', pattern: /^(作者|记者|本报记者|通讯员|来源)|日报|晚报/m, basis: '有作者/记者/通讯员署名或报纸名' },
];

function guessGenre(head: string): { genre: Genre; basis: string } {
  const rule = GENRE_RULES.find(({ pattern }) => pattern.test(head));
  return rule ? { genre: rule.genre, basis: rule.basis } : { genre: '供稿文章', basis: '无明显体裁线索,默认' };
}

/**
 * The first sentence of the first body paragraph (not a heading, byline or repeat of the
 * title), or its first two when the first is shorter than 20 characters.
 */
function extractSummary(blocks: Block[], title: string): string {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const isBody = (block: Block) =>
    block.kind !== 'heading' && !isMetadataLine(block.text) && !squash(block.text).startsWith(squash(title));
  const paragraph = blocks.find((block) => isBody(block) && block.text.length >= 20) ?? blocks.find(isBody);
  const [first = '', second = ''] = (paragraph?.text ?? '').split(/(?<=[。！？])/);
  return (first.length >= 20 ? first : first + second).trim();
}

/** YAML scalar: JSON strings are valid double-quoted YAML and never read as numbers or times. */
const q = (value: string) => JSON.stringify(value);

function frontmatter(fields: {
  title: string;
  place: string;
  date: { value: string; precision: DatePrecision; time?: string; inferred: boolean; basis?: string };
  genre: Genre;
  summary: string;
  themes: string[];
  source: string;
  notes: Note[];
}): string {
  const { date } = fields;
  const lines = [
    '---',
    `title: ${q(fields.title)}`,
    `place: ${fields.place}`,
    'date:',
    `  value: ${q(date.value)}`,
    `  precision: ${date.precision}`,
    ...(date.time ? [`  time: ${q(date.time)}`] : []),
    ...(date.inferred ? ['  inferred: true'] : []),
    ...(date.basis ? [`  basis: ${q(date.basis)}`] : []),
    `genre: ${fields.genre}`,
    `summary: ${q(fields.summary)}`,
    `themes: [${fields.themes.join(', ')}]`,
    `source: ${q(fields.source)}`,
    'notes:',
    ...fields.notes.flatMap((note) => [`  - field: ${note.field}`, `    text: ${q(note.text)}`]),
    '---',
  ];
  return lines.join('\n');
}

/** Builds the draft entry. Pure: no file access. */
export function buildDraft(input: DraftInput): Draft {
  const { place, themes: themeTable } = input;
  const structure = analyzeStructure(input.text, input.title ? { title: input.title } : {});
  const notes: Note[] = [];

  const title = structure.title ?? input.sourceName;
  if (structure.titleBasis === 'first-heading') {
    notes.push({ field: 'title', text: '原文无标题行,ingest 取第一个小标题作标题,待人工改写' });
  } else if (structure.titleBasis === 'title-line') {
    notes.push({ field: 'title', text: '由 ingest 取自原文标题行,待核对' });
  } else if (structure.titleBasis === 'none') {
    notes.push({ field: 'title', text: '原文无标题行,ingest 暂用文件名作标题,待人工改写' });
  }

  // Body.
  const seen = new Map<string, number>();
  const practices: DraftPractice[] = [];
  let untagged = 0;
  const body = structure.blocks.map((block) => {
    // A trailing `#` is spelled as a reference so no reader of `## …` takes it for a closing sequence.
    if (block.kind === 'heading') return `${'#'.repeat(block.depth)} ${escapeMdxText(block.text).replace(/\\#$/, '&#35;')}`;
    const text = escapeMdxText(block.text);
    if (block.kind === 'paragraph') return text;
    // The lead counts twice: what a practice is called says most about its theme.
    const themes = suggestThemes(`${block.lead.title}\n${block.text}`, themeTable);
    if (themes.length === 0) {
      untagged += 1;
      return text;
    }
    const practiceTitle = attributeText(block.lead.title);
    const base = practiceId(place, practiceTitle);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    const level: 3 | 4 = block.depth === 3 ? 4 : 3;
    practices.push({ id, title: practiceTitle, themes, level });
    return `<Practice id="${id}" title="${practiceTitle}" themes="${themes.join(' ')}" level="${level}">\n\n${text}\n\n</Practice>`;
  });

  // Themes: the union of practice themes in table order, else the best-scoring one.
  const used = new Set(practices.flatMap((practice) => practice.themes));
  let themes = themeTable.map(({ id }) => id).filter((id) => used.has(id));
  if (themes.length === 0) {
    const best = scoreThemes(input.text, themeTable)[0];
    themes = best ? [best.id] : [];
    notes.push({
      field: 'themes',
      text: `没有做法达到主题阈值,ingest 取全文得分最高的主题 ${best?.id ?? '(无)'}(得分 ${best?.score ?? 0}),待核对`,
    });
  }

  // Date.
  let date: { value: string; precision: DatePrecision; time?: string; inferred: boolean; basis?: string };
  const detected = input.date ? undefined : detectDate(input.text);
  if (input.date) {
    date = { value: input.date, precision: datePrecision(input.date), inferred: false };
  } else if (detected) {
    date = { value: detected.value, precision: 'day', ...(detected.time ? { time: detected.time } : {}), inferred: false };
    notes.push({ field: 'date', text: `由 ingest 取自原文“${detected.line}”,待核对` });
  } else {
    const year = latestYearMentioned(input.text);
    date = year
      ? { value: year, precision: 'year', inferred: true, basis: `原文未署日期;ingest 暂取正文提到的最晚年份 ${year}` }
      : {
          value: input.fallbackYear ?? String(new Date().getUTCFullYear()),
          precision: 'year',
          inferred: true,
          basis: '原文未署日期,正文也未提到年份;ingest 暂用导入当年',
        };
  }

  const head = structure.blocks
    .slice(0, 8)
    .map((block) => block.text)
    .join('\n');
  const genre = guessGenre(`${title}\n${head}`);
  notes.push({ field: 'genre', text: `由 ingest 推测(依据:${genre.basis}),待核对` });

  const summary = extractSummary(structure.blocks, title);
  notes.push({ field: 'summary', text: '由 ingest 自动摘取,待人工改写' });

  const mdx = `${frontmatter({ title, place, date, genre: genre.genre, summary, themes, source: input.sourceName, notes })}\n\n${body.join('\n\n')}\n`;
  return { mdx, title, practices, untagged, themes };
}
