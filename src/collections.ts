/** Lookups by id over the content collections, shared by every page and component of a build. */
import { getCollection } from 'astro:content';
import { byId, once } from './lib/memo.ts';

// The dev server keeps running while content changes: there, rebuild the index on every call.
const shared = <T>(load: () => Promise<T>) => (import.meta.env.DEV ? load : once(load));

export const themesById = shared(async () => byId(await getCollection('themes')));
export const documentsById = shared(async () => byId(await getCollection('documents')));
