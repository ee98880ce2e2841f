/**
 * The Zod shapes of the content collections, shared by src/content.config.ts (Astro's
 * collections) and the `schema-valid` content rule (npm run lint:content and the build's
 * content lint, which runs before Astro's content sync), so both check one definition.
 * `refs` are Astro's `reference('places')` and `reference('themes')`; the lint passes plain
 * string checks and leaves whether the referenced place or theme exists to `references-valid`.
 */
import { z } from 'astro/zod';
import { DATE_PATTERN, GENRES } from './document-fields.ts';
import { SOURCE_ENCODINGS } from './ingest/decode.ts';
import { REVIEW_STATES } from './review.ts';
import { FIGURE_STATUSES } from './compare/figures.ts';

export const placeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, '地点 id 须为小写拼音 slug'),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** GB/T 2260 administrative division code (6 digits), when the place is in the national list. */
  code: z.string().regex(/^\d{6}$/, '行政区划代码须为 6 位数字(GB/T 2260)').optional(),
  level: z.enum(['省', '地级市', '县级市', '市辖区', '县']),
  province: z.string().min(1),
  /** The city a district belongs to; `inferred` when the sources do not say it. */
  parent: z
    .object({ name: z.string(), inferred: z.boolean(), note: z.string().optional() })
    .optional(),
  coordinates: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }),
});

export const themeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  description: z.string().min(1),
  keywords: z.array(z.object({ term: z.string().min(1), weight: z.number().positive() })).min(1),
});

export function practiceTypeSchema<Theme extends z.ZodType>(refs: { theme: Theme }) {
  return z.object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, '做法类型 id 须为小写英文连字符 slug,如 cadre-selection'),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    /** One sentence saying what belongs to the type. */
    definition: z.string().min(1),
    theme: refs.theme,
    /** The regulation or document the type follows, or how the site derived it. */
    basis: z.string().min(1),
    /** Terms that suggest the type for an untyped practice (npm run suggest:types). */
    keywords: z.array(z.string().min(1)).min(1),
  });
}

const person = z.object({
  name: z.string().min(1),
  /** Pinyin for English-language citations, family name first: "Liu Zhenjiang". */
  pinyin: z.string().optional(),
  role: z.string().optional(),
});

/** A value the text does not state, with why the site believes it. */
const inferrable = <T extends z.ZodType>(value: T) =>
  z.object({ value, inferred: z.boolean().default(false), basis: z.string().optional() });

export function documentSchema<Place extends z.ZodType, Theme extends z.ZodType>(refs: { place: Place; theme: Theme }) {
  return z.object({
    title: z.string().min(1, '标题不能为空'),
    /** `supplied` when the site wrote the title (the source has no title line); citations bracket it. */
    titleStatus: z.enum(['stated', 'supplied']).default('stated'),
    /** English gloss of the title, for APA/Chicago citations. */
    titleEn: z.string().optional(),
    deck: z.string().optional(),
    place: refs.place,
    date: z.object({
      value: z.string().regex(DATE_PATTERN, '日期须写作 YYYY、YYYY-MM 或 YYYY-MM-DD'),
      precision: z.enum(['day', 'month', 'year']),
      /** Time of day as printed in the source, when it gives one. */
      time: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/).optional(),
      inferred: z.boolean().default(false),
      /** The value is only a limit the text allows (e.g. a speech that cannot predate 2018). */
      bound: z.enum(['notBefore', 'notAfter']).optional(),
      basis: z.string().optional(),
    }),
    /** The period the text reports on, which can differ from its date. */
    period: z
      .object({
        start: z.string().regex(DATE_PATTERN),
        end: z.string().regex(DATE_PATTERN),
        inferred: z.boolean().default(false),
      })
      .optional(),
    authors: z.array(person).default([]),
    /** Editors and other contributors named in the source (编辑, 责编). */
    contributors: z.array(person).default([]),
    /** Who issued the text when no person is named (供稿单位, 讲话人职务). */
    corporateAuthor: inferrable(z.string()).optional(),
    publisher: inferrable(z.string()).optional(),
    /** Newspaper or media outlet the text appeared in. */
    periodical: inferrable(z.string()).optional(),
    /** For book sections: the book it is taken from. */
    book: z
      .object({
        title: z.string(),
        authors: z.array(person),
        section: z.string().optional(),
        characterCount: z.number().int().positive().optional(),
        listedAt: z.string().optional(),
        publisher: z.string().optional(),
        publisherPlace: z.string().optional(),
        year: z.string().optional(),
        pages: z.string().optional(),
      })
      .optional(),
    genre: z.enum(GENRES),
    summary: z.string().min(20, '摘要须为 2–3 句中文'),
    themes: z.array(refs.theme).min(1),
    /** The raw source file under content/sources/, kept for provenance. */
    source: z.string().regex(/^[^/]+\.txt$/),
    /** How the raw source's bytes were decoded (absent: UTF-8); set by ingest. */
    sourceEncoding: z.enum(SOURCE_ENCODINGS).optional(),
    /** Curation state; absent means curated and reviewed. Ingest writes `draft`. */
    review: z.object({ state: z.enum(REVIEW_STATES), by: z.string().optional() }).optional(),
    notes: z.array(z.object({ field: z.string(), text: z.string().min(1) })).default([]),
    /** Key figures quoted verbatim from the text, for comparison pages. */
    figures: z
      .array(
        z.object({
          quote: z.string().min(1),
          value: z.string().min(1),
          unit: z.string(),
          counts: z.string().min(1),
          period: z.string().min(1),
          theme: refs.theme,
          practice: z.string().optional(),
          /** Achieved (a reported result), a target, or a plan: only achieved figures read as statistics. */
          status: z.enum(FIGURE_STATUSES),
          /** A count of levels or parts (三级, 四层): structure, not a measure of activity. */
          structural: z.boolean().default(false),
        }),
      )
      .default([]),
  });
}
