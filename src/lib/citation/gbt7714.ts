/**
 * GB/T 7714-2015 references. Separators are the standard's ASCII ones (". ", ": ", ", ", "//")
 * even in Chinese entries; missing publication elements use the standard's bracketed
 * conventions ([出版地不详], [出版者不详]) and an estimated year stands in brackets ([2018]).
 */
import type { Citation, Creator } from './model.ts';

/** Stands where the 引用日期 goes until the page's script fills in today's date. */
export const ACCESSED_PLACEHOLDER = '引用日期';

/** Up to three names, then ", 等" (GB/T 7714-2015 8.1.2). */
export function gbtCreators(creators: Creator[]): string {
  const names = creators.slice(0, 3).map((creator) => creator.name);
  return creators.length > 3 ? `${names.join(', ')}, 等` : names.join(', ');
}

function bracketedIf(value: string, inferred: boolean): string {
  return inferred ? `[${value}]` : value;
}

/** "作者. " or nothing: with no 责任者 the reference starts with the title (8.1.1). */
function authorPart(creators: Creator[]): string {
  return creators.length > 0 ? `${gbtCreators(creators)}. ` : '';
}

/** The reference of the original source, with the type code its venue allows. */
export function gbtSource(citation: Citation): string {
  const { date } = citation;
  const head = `${authorPart(citation.creators)}${citation.title}`;
  switch (citation.kind) {
    case 'newspaper':
      // 报纸: 日期 as YYYY-MM-DD; (版次) is omitted because no source gives it.
      return `${head}[N]. ${citation.periodical}, ${bracketedIf(date.iso, date.inferred)}.`;
    case 'chapter': {
      const book = citation.book;
      if (!book) throw new Error(`${citation.slug}: kind "chapter" without book`);
      const place = book.place ?? '[出版地不详]';
      const publisher = book.publisher ?? '[出版者不详]';
      const pages = book.pages ? `: ${book.pages}` : '';
      return `${head}[M]//${authorPart(book.creators)}${book.title}. ${place}: ${publisher}, ${bracketedIf(book.year, book.yearInferred)}${pages}.`;
    }
    case 'unknown-venue':
      return `${head}[Z]. [出版地不详]: [出版者不详], ${bracketedIf(date.year, date.inferred)}.`;
  }
}

/** This site's page as an electronic bulletin, online (电子公告/网络). */
export function gbtSitePage(citation: Citation, accessed: string = ACCESSED_PLACEHOLDER, url: string = citation.url): string {
  return `${authorPart(citation.creators)}${citation.title}[EB/OL]. [${accessed}]. ${url}.`;
}

export interface PassageLocation {
  id: string;
  title: string;
  /** The source heading the passage stands under, if any. */
  section?: string | undefined;
}

/** One passage (a practice): the source reference, where in it, and the link straight to it. */
export function gbtPassage(citation: Citation, passage: PassageLocation): string {
  const location = passage.section ? `${passage.section} › ${passage.title}` : passage.title;
  return `${gbtSource(citation)} 引文位置: ${location}. ${citation.url}#${passage.id}.`;
}
