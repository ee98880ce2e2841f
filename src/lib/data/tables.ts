/**
 * The open dataset's tables: one list of column definitions per table. The downloads
 * (/data/<table>.csv and .json), datapackage.json and the /data/ page are all generated from
 * these lists, so adding a column is one line here and every output follows.
 *
 * Inputs are structural (the content collections' entries fit them), so this stays free of
 * Astro imports and can be tested with fixtures.
 */
import { documentYear, type DocumentDate } from '../document-year.ts';
import { groupBy } from '../grouping.ts';

interface Ref {
  id: string;
}

export interface FigureInput {
  quote: string;
  value: string;
  unit: string;
  counts: string;
  period: string;
  theme: Ref;
  practice?: string | undefined;
  status: string;
  structural: boolean;
}

export interface DocumentInput {
  id: string;
  data: {
    title: string;
    titleStatus: 'stated' | 'supplied';
    titleEn?: string | undefined;
    place: Ref;
    date: DocumentDate & { precision: string; basis?: string | undefined };
    genre: string;
    authors: { name: string }[];
    summary: string;
    themes: Ref[];
    source: string;
    figures: FigureInput[];
  };
}

export interface PracticeInput {
  id: string;
  data: {
    document: Ref;
    place: Ref;
    title: string;
    themes: Ref[];
    types: Ref[];
    kind: string;
    section?: string | undefined;
    text: string;
    order: number;
  };
}

export interface PlaceInput {
  id: string;
  data: {
    name: string;
    nameEn: string;
    code?: string | undefined;
    level: string;
    province: string;
    parent?: { name: string; inferred: boolean } | undefined;
    coordinates: { lat: number; lng: number };
  };
}

export interface DatasetInput {
  documents: readonly DocumentInput[];
  practices: readonly PracticeInput[];
  places: readonly PlaceInput[];
}

/** A cell: lists stay lists in JSON and are joined with spaces in CSV. */
export type Cell = string | number | boolean | string[] | null;
export type DataRecord = Record<string, Cell>;

/** Frictionless field types used here. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface ColumnSpec {
  name: string;
  type: FieldType;
  /** A list of ids: an array in JSON, space-separated in CSV. */
  list?: boolean;
  /** A site path (/documents/…): made absolute only when SITE_URL is set. */
  url?: boolean;
  /** Values the column may take, when closed. */
  values?: readonly string[];
  zh: string;
  en: string;
}

export interface Column<R> extends ColumnSpec {
  value: (row: R, lookup: Lookups) => Cell | undefined;
}

export interface TableSpec {
  name: string;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** The column whose value identifies a row. */
  primaryKey: string;
  columns: readonly ColumnSpec[];
}

export interface Table extends TableSpec {
  records(input: DatasetInput): DataRecord[];
}

/** Lookups every table needs, built once per input. */
export interface Lookups {
  documents: ReadonlyMap<string, DocumentInput>;
  places: ReadonlyMap<string, PlaceInput>;
  practicesByDocument: ReadonlyMap<string, readonly PracticeInput[]>;
  practicesByPlace: ReadonlyMap<string, readonly PracticeInput[]>;
  documentsByPlace: ReadonlyMap<string, readonly DocumentInput[]>;
}

const lookupsCache = new WeakMap<DatasetInput, Lookups>();
function lookups(input: DatasetInput): Lookups {
  let found = lookupsCache.get(input);
  if (!found) {
    found = {
      documents: new Map(input.documents.map((entry) => [entry.id, entry])),
      places: new Map(input.places.map((entry) => [entry.id, entry])),
      practicesByDocument: groupBy(input.practices, (practice) => practice.data.document.id),
      practicesByPlace: groupBy(input.practices, (practice) => practice.data.place.id),
      documentsByPlace: groupBy(input.documents, (entry) => entry.data.place.id),
    };
    lookupsCache.set(input, found);
  }
  return found;
}

function defineTable<R>(
  spec: Omit<TableSpec, 'columns'> & { rows: (input: DatasetInput, lookup: Lookups) => R[]; columns: readonly Column<R>[] },
): Table {
  const { rows, columns, ...rest } = spec;
  return {
    ...rest,
    columns: columns.map(({ value: _value, ...column }) => column),
    records: (input) => {
      const lookup = lookups(input);
      return rows(input, lookup).map((row) =>
        Object.fromEntries(columns.map((column) => [column.name, column.value(row, lookup) ?? null])),
      );
    },
  };
}

const ids = (refs: readonly Ref[]) => refs.map((ref) => ref.id);
export const documentPath = (slug: string) => `/documents/${slug}/`;

const YEAR_STATUSES = ['stated', 'inferred', 'bounded'] as const;
const YEAR_ZH = '年份,按本站规则标注:2021 为来源写明,[2018] 为推断,≥2018 / ≤2021 为仅知上下限';
const YEAR_EN = 'Year as the site labels it: 2021 stated, [2018] inferred, ≥2018 / ≤2021 only a bound';
const STATUS_ZH = '年份的依据:stated 来源写明,inferred 本站推断,bounded 仅知上下限';
const STATUS_EN = 'Basis of the year: stated by the source, inferred by the site, or only bounded';

interface PracticeRow {
  practice: PracticeInput;
  document: DocumentInput | undefined;
  place: PlaceInput | undefined;
}

export const practicesTable = defineTable<PracticeRow>({
  name: 'practices',
  titleZh: '做法',
  titleEn: 'Practices',
  descriptionZh: '文献中标注的每一项具体做法,一行一项,含全文。',
  descriptionEn: 'Every marked practice in the documents, one per row, with its full text.',
  primaryKey: 'id',
  rows: (input, { documents, places }) =>
    input.practices.map((practice) => ({
      practice,
      document: documents.get(practice.data.document.id),
      place: places.get(practice.data.place.id),
    })),
  columns: [
    { name: 'id', type: 'string', zh: '做法编号,即文献页中的锚点', en: 'Practice id, the anchor in its document page', value: (r) => r.practice.id },
    { name: 'url', type: 'string', url: true, zh: '做法在本站的链接', en: 'Link to the practice on this site', value: (r) => `${documentPath(r.practice.data.document.id)}#${r.practice.id}` },
    { name: 'document', type: 'string', zh: '所在文献的 id(documents 表)', en: 'Id of its document (documents table)', value: (r) => r.practice.data.document.id },
    { name: 'place', type: 'string', zh: '地点 id(places 表)', en: 'Place id (places table)', value: (r) => r.practice.data.place.id },
    { name: 'place_name', type: 'string', zh: '地点名称', en: 'Place name', value: (r) => r.place?.data.name },
    { name: 'place_code', type: 'string', zh: 'GB/T 2260 行政区划代码;不在国家代码表中则为空', en: 'GB/T 2260 division code; empty when not in the national list', value: (r) => r.place?.data.code },
    { name: 'themes', type: 'string', list: true, zh: '主题 id,空格分隔', en: 'Theme ids, space-separated', value: (r) => ids(r.practice.data.themes) },
    { name: 'types', type: 'string', list: true, zh: '做法类型 id(content/practice-types.json),空格分隔;本站人工标注', en: 'Practice type ids (content/practice-types.json), space-separated; assigned by the site’s curators', value: (r) => ids(r.practice.data.types) },
    { name: 'kind', type: 'string', zh: '单元性质:practice 已报道的做法;requirement 要求或部署;outcome 成效', en: 'Kind of unit: practice (reported), requirement (requirement or plan), outcome', value: (r) => r.practice.data.kind },
    { name: 'year', type: 'string', zh: YEAR_ZH, en: YEAR_EN, value: (r) => r.document && documentYear(r.document.data.date).short },
    { name: 'year_status', type: 'string', values: YEAR_STATUSES, zh: STATUS_ZH, en: STATUS_EN, value: (r) => r.document && documentYear(r.document.data.date).status },
    { name: 'title', type: 'string', zh: '做法标题', en: 'Practice title', value: (r) => r.practice.data.title },
    { name: 'section', type: 'string', zh: '做法所在的来源小标题', en: 'Source heading the practice stands under', value: (r) => r.practice.data.section },
    { name: 'text', type: 'string', zh: '做法全文(纯文本,照录来源)', en: 'Full text of the practice (plain text, verbatim)', value: (r) => r.practice.data.text },
  ],
});

export const documentsTable = defineTable<DocumentInput>({
  name: 'documents',
  titleZh: '文献',
  titleEn: 'Documents',
  descriptionZh: '收录的来源文献,一行一篇;全文见各文献页和原始文件。',
  descriptionEn: 'The source documents, one per row; full text on each document page and in the raw file.',
  primaryKey: 'id',
  rows: (input) => [...input.documents],
  columns: [
    { name: 'id', type: 'string', zh: '文献 id,即网址中的 slug', en: 'Document id, the slug in its URL', value: (d) => d.id },
    { name: 'url', type: 'string', url: true, zh: '文献在本站的页面', en: 'The document page on this site', value: (d) => documentPath(d.id) },
    { name: 'title', type: 'string', zh: '标题', en: 'Title', value: (d) => d.data.title },
    { name: 'title_status', type: 'string', zh: '标题来源:stated 原文所有;supplied 原文无标题,本站所拟', en: 'Title provenance: stated (in the source) or supplied (written by the site)', value: (d) => d.data.titleStatus },
    { name: 'title_en', type: 'string', zh: '标题的英文释义(本站所译)', en: 'English gloss of the title (the site’s)', value: (d) => d.data.titleEn },
    { name: 'place', type: 'string', zh: '地点 id(places 表)', en: 'Place id (places table)', value: (d) => d.data.place.id },
    { name: 'date', type: 'string', zh: '日期,精确到 date_precision;推断或仅为上下限时见 year_status', en: 'Date, as precise as date_precision; see year_status when inferred or bounded', value: (d) => d.data.date.value },
    { name: 'date_precision', type: 'string', values: ['day', 'month', 'year'], zh: '日期精度', en: 'Precision of the date', value: (d) => d.data.date.precision },
    { name: 'year', type: 'string', zh: YEAR_ZH, en: YEAR_EN, value: (d) => documentYear(d.data.date).short },
    { name: 'year_status', type: 'string', values: YEAR_STATUSES, zh: STATUS_ZH, en: STATUS_EN, value: (d) => documentYear(d.data.date).status },
    { name: 'date_basis', type: 'string', zh: '推断日期的依据', en: 'Why the site infers the date', value: (d) => d.data.date.basis },
    { name: 'genre', type: 'string', zh: '体裁', en: 'Genre', value: (d) => d.data.genre },
    { name: 'authors', type: 'string', zh: '署名作者,以“、”分隔', en: 'Named authors, separated by “、”', value: (d) => d.data.authors.map((author) => author.name).join('、') },
    { name: 'themes', type: 'string', list: true, zh: '主题 id,空格分隔', en: 'Theme ids, space-separated', value: (d) => ids(d.data.themes) },
    { name: 'practices', type: 'integer', zh: '文中标注的做法数', en: 'Number of marked practices', value: (d, l) => l.practicesByDocument.get(d.id)?.length ?? 0 },
    { name: 'summary', type: 'string', zh: '摘要(本站编写)', en: 'Summary (written by the site)', value: (d) => d.data.summary },
    { name: 'source', type: 'string', url: true, zh: '原始来源文件,逐字节保存', en: 'The raw source file, byte for byte', value: (d) => `/sources/${d.data.source}` },
  ],
});

interface FigureRow {
  document: DocumentInput;
  figure: FigureInput;
  index: number;
}

export const figuresTable = defineTable<FigureRow>({
  name: 'figures',
  titleZh: '关键数据',
  titleEn: 'Key figures',
  descriptionZh: '文献中的关键数字,每条附原文照录的引文。',
  descriptionEn: 'Key figures in the documents, each with its verbatim quote.',
  primaryKey: 'id',
  rows: (input) => input.documents.flatMap((document) => document.data.figures.map((figure, index) => ({ document, figure, index }))),
  columns: [
    { name: 'id', type: 'string', zh: '编号:文献 id 加序号', en: 'Id: document id and ordinal', value: (r) => `${r.document.id}-${r.index + 1}` },
    { name: 'value', type: 'string', zh: '数值,照录原文写法', en: 'Value as written in the source', value: (r) => r.figure.value },
    { name: 'unit', type: 'string', zh: '单位', en: 'Unit', value: (r) => r.figure.unit },
    { name: 'counts', type: 'string', zh: '所计的对象', en: 'What it counts', value: (r) => r.figure.counts },
    { name: 'period', type: 'string', zh: '所涉时期', en: 'Period it covers', value: (r) => r.figure.period },
    { name: 'status', type: 'string', zh: '性质:achieved 已实现;target 目标;plan 计划', en: 'Status: achieved, target or plan', value: (r) => r.figure.status },
    { name: 'structural', type: 'boolean', zh: '是否为结构性数字(如三级、四层),非统计数', en: 'A structural count (levels, parts), not a statistic', value: (r) => r.figure.structural },
    { name: 'theme', type: 'string', zh: '主题 id', en: 'Theme id', value: (r) => r.figure.theme.id },
    { name: 'quote', type: 'string', zh: '原文引文(逐字照录)', en: 'Verbatim quote from the source', value: (r) => r.figure.quote },
    { name: 'document', type: 'string', zh: '文献 id(documents 表)', en: 'Document id (documents table)', value: (r) => r.document.id },
    { name: 'practice', type: 'string', zh: '所属做法 id(practices 表);可为空', en: 'Practice id (practices table); may be empty', value: (r) => r.figure.practice },
    { name: 'url', type: 'string', url: true, zh: '数据所在位置的链接', en: 'Link to where the figure stands', value: (r) => `${documentPath(r.document.id)}${r.figure.practice ? `#${r.figure.practice}` : ''}` },
  ],
});

export const placesTable = defineTable<PlaceInput>({
  name: 'places',
  titleZh: '地点',
  titleEn: 'Places',
  descriptionZh: '文献所涉的地方,含行政区划代码和坐标。',
  descriptionEn: 'The places the documents are about, with division codes and coordinates.',
  primaryKey: 'id',
  rows: (input) => [...input.places],
  columns: [
    { name: 'id', type: 'string', zh: '地点 id(拼音)', en: 'Place id (pinyin)', value: (p) => p.id },
    { name: 'url', type: 'string', url: true, zh: '地点页面', en: 'The place page', value: (p) => `/places/${p.id}/` },
    { name: 'name', type: 'string', zh: '名称', en: 'Name', value: (p) => p.data.name },
    { name: 'name_en', type: 'string', zh: '英文名称', en: 'English name', value: (p) => p.data.nameEn },
    { name: 'code', type: 'string', zh: 'GB/T 2260 行政区划代码;不在国家代码表中则为空', en: 'GB/T 2260 division code; empty when not in the national list', value: (p) => p.data.code },
    { name: 'level', type: 'string', zh: '行政层级', en: 'Administrative level', value: (p) => p.data.level },
    { name: 'province', type: 'string', zh: '所属省份', en: 'Province', value: (p) => p.data.province },
    { name: 'parent', type: 'string', zh: '所属城市(区县才有)', en: 'Parent city (districts and counties)', value: (p) => p.data.parent?.name },
    { name: 'parent_inferred', type: 'boolean', zh: '所属城市是否为本站推断', en: 'Whether the parent city is inferred by the site', value: (p) => p.data.parent?.inferred },
    { name: 'lat', type: 'number', zh: '纬度(约数,供作图)', en: 'Latitude (approximate, for maps)', value: (p) => p.data.coordinates.lat },
    { name: 'lng', type: 'number', zh: '经度(约数,供作图)', en: 'Longitude (approximate, for maps)', value: (p) => p.data.coordinates.lng },
    { name: 'documents', type: 'integer', zh: '文献数', en: 'Number of documents', value: (p, l) => l.documentsByPlace.get(p.id)?.length ?? 0 },
    { name: 'practices', type: 'integer', zh: '做法数', en: 'Number of practices', value: (p, l) => l.practicesByPlace.get(p.id)?.length ?? 0 },
  ],
});

export const TABLES: readonly Table[] = [practicesTable, documentsTable, figuresTable, placesTable];
