/** A date as precise as the source allows: a year, a month or a day. */
export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Kinds of source text; the citation type (报纸, 专著析出, …) follows from it. */
export const GENRES = ['新闻报道', '年度综述', '讲话', '供稿文章', '著作章节'] as const;
export type Genre = (typeof GENRES)[number];

export type DatePrecision = 'day' | 'month' | 'year';

/** "2021-09-01" → "2021年9月1日", as precise as the precision says. */
export function formatChineseDate(value: string, precision: DatePrecision): string {
  const [year, month, day] = value.split('-');
  if (precision === 'year' || !month) return `${year}年`;
  if (precision === 'month' || !day) return `${year}年${Number(month)}月`;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** Chinese labels for frontmatter fields named in `notes`; an unknown field shows as written. */
const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  titleEn: '英文题名',
  deck: '导语',
  place: '地点',
  date: '日期',
  period: '所涉时期',
  authors: '作者',
  contributors: '编辑',
  corporateAuthor: '责任者',
  publisher: '来源',
  periodical: '刊载',
  book: '出处',
  genre: '体裁',
  summary: '摘要',
  themes: '主题',
  source: '原始文件',
  figures: '关键数据',
  practices: '做法划分',
  footnotes: '注释',
  body: '正文',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}
