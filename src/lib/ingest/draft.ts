/**
 * The draft MDX entry for a decoded source: frontmatter (title, place, date, credits, genre
 * guess, extracted summary, themes, source and its encoding, notes, review state) and a body
 * in which every source line stays, escaped, as a heading, a plain paragraph or the body of a
 * proposed `<Practice>` block.
 */
import { calendarDateProblem } from '../calendar-date.ts';
import { DATE_PATTERN, type DatePrecision, type Genre } from '../document-fields.ts';
import { scoreThemes, suggestThemes, THEME_THRESHOLD, type ThemeKeywords } from '../tagging.ts';

/** Keyword score a lead-sentence paragraph needs to be proposed as a practice. */
const LEAD_THEME_THRESHOLD = 2;
import { isCreditLine, mergeBylines, readByline, type Byline, type Credit } from './byline.ts';
import type { DecodedSource } from './decode.ts';
import { attributeText, escapeMdxText } from './escape.ts';
import { analyzeStructure, detectDate, isMetadataLine, latestYearMentioned, numberedRank, type Block } from './headings.ts';
import { practiceId } from './ids.ts';
import type { PracticeKind } from '../practices.ts';
import { IngestError } from './errors.ts';

/** Proposes practice-type ids (content/practice-types.json) for a practice; injected so ingest needs no type vocabulary. */
export type SuggestTypes = (practice: { title: string; text: string; themes: readonly string[] }) => string[];

/** A draft tells only a reported practice from a requirement; outcomes are the curator's call. */
export type DraftKind = Extract<PracticeKind, 'practice' | 'requirement'>;

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
  /** How the source was decoded: recorded as `sourceEncoding` and in the notes. */
  encoding?: Pick<DecodedSource, 'encoding' | 'confidence' | 'basis'>;
  /** Practice ids already used in the corpus: draft ids avoid them. */
  takenIds?: Iterable<string>;
  /** Default: no types proposed. */
  suggestTypes?: SuggestTypes;
}

export interface DraftPractice {
  id: string;
  title: string;
  themes: string[];
  types: string[];
  kind: DraftKind;
  level: 3 | 4;
  /** 1-based source line the practice starts at. */
  line: number;
}

export interface Draft {
  mdx: string;
  title: string;
  practices: DraftPractice[];
  /** Lead paragraphs left untagged because no theme reached the threshold. */
  untagged: number;
  themes: string[];
  date: { value: string; inferred: boolean };
}

interface Note {
  field: string;
  text: string;
}

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A requirement (要求, plan, deployment) rather than a reported practice: the title or the
 * paragraph's first sentence is phrased as what must or will be done.
 */
const REQUIREMENT = /^(要|必须|应当|应该|务必|需要|将)|要求|计划|力争|部署|拟/;

export function practiceKind(title: string, text: string): DraftKind {
  const firstSentence = text.split(/[。！？]/)[0] ?? '';
  return REQUIREMENT.test(title) || /^(要|必须|应当|务必)/.test(firstSentence) || /要求/.test(firstSentence.slice(0, 30))
    ? 'requirement'
    : 'practice';
}

/** A heading without its numbering (「一、加强党的建设」 → 「加强党的建设」), as a practice title. */
function headingTitle(text: string): string {
  return text
    .replace(/^(第[一二三四五六七八九十百零〇\d]+[章节部分篇编讲]|[一二三四五六七八九十百零〇]+[、．.]?|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.]?|【|】)\s*/u, '')
    .replace(/】$/, '')
    .trim();
}

/** The first clause of a paragraph (up to 20 characters), as a practice title when nothing better exists. */
function firstClause(text: string): string {
  return (text.split(/[,，;；。:：！？]/)[0] ?? '').slice(0, 20).trim();
}

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

/** Precision of a `YYYY[-MM[-DD]]` date; throws an IngestError for anything else. */
export function datePrecision(value: string): DatePrecision {
  if (!DATE_PATTERN.test(value)) {
    throw new IngestError(`--date 须写作 YYYY、YYYY-MM 或 YYYY-MM-DD,现为 "${value}"。 / --date must be YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  const problem = calendarDateProblem(value);
  if (problem) throw new IngestError(`--date ${problem}。 / --date must be a real calendar date.`);
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
  const isProse = (block: Block) => isBody(block) && !isCreditLine(block.text);
  const paragraph = blocks.find((block) => isProse(block) && block.text.length >= 20) ?? blocks.find(isProse);
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
  encoding?: string;
  byline: Byline;
  notes: Note[];
}): string {
  const { date, byline } = fields;
  const people = (key: string, list: Credit[]) =>
    list.length === 0
      ? []
      : [`${key}:`, ...list.flatMap((person) => [`  - name: ${q(person.name)}`, `    pinyin: ${q(person.pinyin)}`, `    role: ${q(person.role)}`])];
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
    ...people('authors', byline.authors),
    ...people('contributors', byline.contributors),
    ...(byline.periodical ? ['periodical:', `  value: ${q(byline.periodical)}`, '  inferred: false', `  basis: ${q('据署名行“来源”')}`] : []),
    `genre: ${fields.genre}`,
    `summary: ${q(fields.summary)}`,
    `themes: [${fields.themes.join(', ')}]`,
    `source: ${q(fields.source)}`,
    ...(fields.encoding ? [`sourceEncoding: ${fields.encoding}`] : []),
    'review:',
    '  state: draft',
    'notes:',
    ...fields.notes.flatMap((note) => [`  - field: ${note.field}`, `    text: ${q(note.text)}`]),
    '---',
  ];
  return lines.join('\n');
}

/** Credit lines near the top and at the end of the text (「(编辑 周明)」 closes many reports). */
function readCredits(blocks: readonly Block[]): { byline: Byline; lines: Set<number> } {
  const candidates = [...blocks.slice(0, 8), ...blocks.slice(Math.max(8, blocks.length - 4))];
  const credits = candidates.filter((block) => block.kind !== 'heading' && isCreditLine(block.text));
  return { byline: mergeBylines(credits.map((block) => readByline(block.text))), lines: new Set(credits.map((block) => block.line)) };
}

/** Builds the draft entry. Pure: no file access. */
export function buildDraft(input: DraftInput): Draft {
  const { place, themes: themeTable, suggestTypes = () => [] } = input;
  const structure = analyzeStructure(input.text, input.title ? { title: input.title } : {});
  const notes: Note[] = [];
  const taken = new Set(input.takenIds ?? []);

  const title = structure.title ?? input.sourceName;
  if (structure.titleBasis === 'first-heading') {
    notes.push({ field: 'title', text: '原文无标题行,ingest 取第一个小标题作标题,待人工改写' });
  } else if (structure.titleBasis === 'title-line') {
    notes.push({ field: 'title', text: '由 ingest 取自原文标题行,待核对' });
  } else if (structure.titleBasis === 'none') {
    notes.push({ field: 'title', text: '原文无标题行,ingest 暂用文件名作标题,待人工改写' });
  }
  if (input.encoding) {
    notes.push({
      field: 'source',
      text: `原始文件编码为 ${input.encoding.encoding}(置信度 ${input.encoding.confidence}):${input.encoding.basis},待核对`,
    });
  }
  const credits = readCredits(structure.blocks);

  // Paragraphs without a lead sentence can still be practices: the first tagged one of a numbered
  // section without lead sentences is titled by the section heading; other long tagged ones by their first clause.
  const sectionHasLead = new Map<number, boolean>();
  let section = -1;
  structure.blocks.forEach((block, index) => {
    if (block.kind === 'heading') section = index;
    else if (block.kind === 'lead' && section >= 0) sectionHasLead.set(section, true);
  });

  const practices: DraftPractice[] = [];
  let untagged = 0;
  let heading: { index: number; text: string; depth: 2 | 3; used: boolean } | undefined;
  // The first tagged paragraph of a numbered section without lead sentences takes the section's title.
  const headingTitled = (section: { index: number; text: string; used: boolean }) =>
    !section.used && !sectionHasLead.get(section.index) && numberedRank(section.text) !== undefined;
  const body = structure.blocks.map((block, index) => {
    // A trailing `#` is spelled as a reference so no reader of `## …` takes it for a closing sequence.
    if (block.kind === 'heading') {
      heading = { index, text: block.text, depth: block.depth, used: false };
      return `${'#'.repeat(block.depth)} ${escapeMdxText(block.text).replace(/\\#$/, '&#35;')}`;
    }
    const text = escapeMdxText(block.text);
    let lead: string;
    if (block.kind === 'lead') lead = block.lead.title;
    else if (heading && !credits.lines.has(block.line) && block.text.length >= (headingTitled(heading) ? 40 : 60)) {
      lead = headingTitled(heading) ? headingTitle(heading.text) : firstClause(block.text);
      if (lead.length < 2) return text;
    } else return text;
    // The lead counts twice: what a practice is called says most about its theme.
    // A lead sentence is itself a strong cue that a paragraph is a practice: it needs less keyword evidence.
    const themes = suggestThemes(`${lead}\n${block.text}`, themeTable, block.kind === 'lead' ? LEAD_THEME_THRESHOLD : THEME_THRESHOLD);
    if (themes.length === 0) {
      if (block.kind === 'lead') untagged += 1;
      return text;
    }
    if (block.kind !== 'lead' && heading) heading.used = true;
    const practiceTitle = attributeText(lead);
    const id = practiceId(place, practiceTitle, taken);
    const depth = block.kind === 'lead' ? block.depth : heading?.depth;
    const level: 3 | 4 = depth === 3 ? 4 : 3;
    const kind = practiceKind(practiceTitle, block.text);
    const types = suggestTypes({ title: practiceTitle, text: block.text, themes });
    practices.push({ id, title: practiceTitle, themes, types, kind, level, line: block.line });
    const typesAttribute = types.length ? ` types="${types.join(' ')}"` : '';
    return `<Practice id="${id}" title="${practiceTitle}" themes="${themes.join(' ')}"${typesAttribute} kind="${kind}" level="${level}">\n\n${text}\n\n</Practice>`;
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
  if (practices.length > 0) {
    notes.push({ field: 'practices', text: `ingest 提议了 ${practices.length} 条做法(划分、标题、主题、类型与 kind 均为机器提议),待核对` });
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
  if (credits.byline.authors.length + credits.byline.contributors.length > 0 || credits.byline.periodical) {
    notes.push({ field: 'authors', text: '作者、编辑与刊载由 ingest 取自署名行,拼音为自动注音,待核对' });
  }

  const head = structure.blocks
    .slice(0, 8)
    .map((block) => block.text)
    .join('\n');
  const genre = guessGenre(`${title}\n${head}`);
  notes.push({ field: 'genre', text: `由 ingest 推测(依据:${genre.basis}),待核对` });

  const summary = extractSummary(structure.blocks, title);
  notes.push({ field: 'summary', text: '由 ingest 自动摘取,待人工改写' });

  const mdx = `${frontmatter({
    title,
    place,
    date,
    genre: genre.genre,
    summary,
    themes,
    source: input.sourceName,
    ...(input.encoding ? { encoding: input.encoding.encoding } : {}),
    byline: credits.byline,
    notes,
  })}\n\n${body.join('\n\n')}\n`;
  return { mdx, title, practices, untagged, themes, date: { value: date.value, inferred: date.inferred } };
}
