/** Where content lives, relative to the project root (the working directory of every command). */
export const CONTENT_DIR = 'content';
export const DOCUMENTS_DIR = 'content/documents';
export const SOURCES_DIR = 'content/sources';
export const PLACES_FILE = 'content/places.json';
export const THEMES_FILE = 'content/themes.json';
export const PRACTICE_TYPES_FILE = 'content/practice-types.json';
