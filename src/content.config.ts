import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { practicesLoader } from './loaders/practices.ts';
import { DOCUMENTS_DIR, PLACES_FILE, PRACTICE_TYPES_FILE, THEMES_FILE } from './lib/paths.ts';
import { PRACTICE_KINDS } from './lib/practices.ts';
import { documentSlug } from './lib/corpus.ts';
import { documentSchema, placeSchema, practiceTypeSchema, themeSchema } from './lib/schema.ts';

const places = defineCollection({
  loader: file(PLACES_FILE),
  schema: placeSchema,
});

const themes = defineCollection({
  loader: file(THEMES_FILE),
  schema: themeSchema,
});

/** Kinds of practice researchers compare within a theme (content/practice-types.json). */
const practiceTypes = defineCollection({
  loader: file(PRACTICE_TYPES_FILE),
  schema: practiceTypeSchema({ theme: reference('themes') }),
});

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: DOCUMENTS_DIR, generateId: ({ entry }) => documentSlug(entry) }),
  schema: documentSchema({ place: reference('places'), theme: reference('themes') }),
});

const practices = defineCollection({
  loader: practicesLoader(),
  schema: z.object({
    document: reference('documents'),
    place: reference('places'),
    title: z.string().min(1),
    themes: z.array(reference('themes')).min(1),
    types: z.array(reference('practiceTypes')).default([]),
    kind: z.enum(PRACTICE_KINDS),
    level: z.number().int().min(2).max(4),
    /** The source heading the practice stands under, if any. */
    section: z.string().optional(),
    /** Plain text of the practice, for excerpts, search and comparison. */
    text: z.string(),
    order: z.number().int().nonnegative(),
    line: z.number().int().positive(),
  }),
});

export const collections = { places, themes, documents, practices, practiceTypes };
