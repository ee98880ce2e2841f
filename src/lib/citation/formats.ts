/**
 * Every citation format the site offers, by file extension: what it is called, its content
 * type, and how one document's file is rendered. Pages (the cite panel, the export menu) and the
 * endpoints (`/documents/<slug>.<ext>`, theme and comparison batches) read this one table.
 */
import type { FormatExtension } from './batch.ts';
import { apaReference, chicagoReference, mlaReference } from './english.ts';
import { toBibtex, toCslJson, toEndnote, toNoteExpress, toRis, type ExportOptions } from './exports.ts';
import { gbtReference, type OnlineAccess } from './gbt7714.ts';
import type { Citation } from './model.ts';

export interface ReferenceFormat {
  label: string;
  contentType: string;
  render: (citation: Citation, options: ExportOptions) => string;
}

const TEXT = 'text/plain; charset=utf-8';

/** A text style cites the page it was read at only when the page has a real URL. */
function online(citation: Citation, options: ExportOptions): OnlineAccess | undefined {
  return citation.url ? { url: citation.url, accessed: options.accessed } : undefined;
}

export const FORMATS: Record<FormatExtension, ReferenceFormat> = {
  'gbt2025.txt': {
    label: 'GB/T 7714—2025',
    contentType: TEXT,
    render: (citation, options) => `${gbtReference(citation, '2025', online(citation, options))}\n`,
  },
  'gbt2015.txt': {
    label: 'GB/T 7714—2015',
    contentType: TEXT,
    render: (citation, options) => `${gbtReference(citation, '2015', online(citation, options))}\n`,
  },
  'apa.txt': { label: 'APA 7', contentType: TEXT, render: (citation, options) => `${apaReference(citation, online(citation, options))}\n` },
  'chicago.txt': {
    label: 'Chicago',
    contentType: TEXT,
    render: (citation, options) => `${chicagoReference(citation, online(citation, options))}\n`,
  },
  'mla.txt': { label: 'MLA 9', contentType: TEXT, render: (citation, options) => `${mlaReference(citation, online(citation, options))}\n` },
  bib: { label: 'BibTeX/biblatex', contentType: 'application/x-bibtex; charset=utf-8', render: toBibtex },
  ris: { label: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8', render: toRis },
  enw: { label: 'EndNote', contentType: 'application/x-endnote-refer; charset=utf-8', render: toEndnote },
  net: { label: 'NoteExpress', contentType: 'text/plain; charset=utf-8', render: toNoteExpress },
  json: {
    label: 'CSL-JSON',
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    render: (citation, options) => `${JSON.stringify([toCslJson(citation, options)], null, 2)}\n`,
  },
};

export function downloadPath(slug: string, extension: FormatExtension): string {
  return `/documents/${slug}.${extension}`;
}
