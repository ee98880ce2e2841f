/**
 * A document body cut into the passages search returns: each practice, each source heading and
 * each paragraph outside practices, in reading order, with the anchor its URL points at.
 * Only source text goes in: practice titles, badges, panels and labels are the site's, not the source's.
 */
import { mdxToText } from '../mdx-text.ts';
import { HEADING } from '../practices.ts';

export type PassageKind = 'practice' | 'heading' | 'paragraph';

export interface Passage {
  kind: PassageKind;
  /** Element id in the document page: the practice id, the heading slug or `p-<hash>`. */
  anchor: string;
  text: string;
  /** The practice's title (the site's heading for it), for practices only. */
  title?: string;
}

const OPEN_PRACTICE = /^<Practice\s[^>]*>\s*$/;
const CLOSE_PRACTICE = /^<\/Practice>\s*$/;
const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}="([^"]*)"`);
/** Lines that are only a component tag (`<Footnotes>`, `</Footnotes>`): markup, no text. */
const TAG_LINE = /^<\/?[A-Z][A-Za-z]*(\s[^>]*)?\/?>\s*$/;

/** The text a paragraph is keyed by: white space carries no meaning in Chinese prose and renderers differ in it. */
export function paragraphKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

/** FNV-1a over UTF-16 units, base 36: short, stable, and the same in the page and the index. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * A paragraph's anchor, from its text alone (inserting a paragraph elsewhere moves no anchor).
 * `occurrence` (1-based) tells identical paragraphs of one page apart: p-abc, p-abc-2, …
 */
export function paragraphAnchor(text: string, occurrence = 1): string {
  const base = `p-${shortHash(paragraphKey(text))}`;
  return occurrence > 1 ? `${base}-${occurrence}` : base;
}

/** Counts paragraphs per key in page order, so each gets the anchor the page gives it. */
export class ParagraphAnchors {
  private readonly seen = new Map<string, number>();

  next(text: string): string {
    const key = paragraphKey(text);
    const occurrence = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, occurrence);
    return paragraphAnchor(text, occurrence);
  }
}

/** Plain text of rendered paragraph HTML: tags dropped, character references decoded. */
export function htmlText(html: string): string {
  return mdxToText(html.replace(/<[^>]*>/g, ''));
}

/**
 * Passages of an MDX body. `headingSlugs` are the renderer's heading ids in page order
 * (Astro's `headings`), matched to the body's headings by order as the table of contents does;
 * without them (tools that do not render), headings get an empty anchor.
 */
export function documentPassages(body: string, headingSlugs: string[]): Passage[] {
  const passages: Passage[] = [];
  const anchors = new ParagraphAnchors();
  let practice: { id: string; title: string; lines: string[] } | undefined;
  let paragraph: string[] = [];
  let heading = 0;

  const endParagraph = () => {
    const text = mdxToText(paragraph.join('\n'));
    paragraph = [];
    if (!text) return;
    // Every paragraph in the page has an anchor, those inside practices too: count them all in order.
    const anchor = anchors.next(text);
    if (practice) practice.lines.push(text);
    else passages.push({ kind: 'paragraph', anchor, text });
  };

  for (const line of body.split('\n')) {
    if (OPEN_PRACTICE.test(line)) {
      endParagraph();
      practice = { id: ATTRIBUTE('id').exec(line)?.[1] ?? '', title: mdxToText(ATTRIBUTE('title').exec(line)?.[1] ?? ''), lines: [] };
    } else if (CLOSE_PRACTICE.test(line)) {
      endParagraph();
      if (practice) passages.push({ kind: 'practice', anchor: practice.id, title: practice.title, text: practice.lines.join('\n') });
      practice = undefined;
    } else if (TAG_LINE.test(line) || !line.trim()) {
      endParagraph();
    } else if (HEADING.test(line)) {
      endParagraph();
      // A heading the renderer gave no slug keeps an empty anchor, which the build's anchor check rejects.
      const anchor = headingSlugs[heading++] ?? '';
      const text = mdxToText(line);
      if (text) passages.push({ kind: 'heading', anchor, text });
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return passages;
}

const perPage = new WeakMap<object, ParagraphAnchors>();

/** The anchor counter of one page render (`key`: the render's request), for the paragraph component. */
export function pageParagraphAnchors(key: object): ParagraphAnchors {
  let anchors = perPage.get(key);
  if (!anchors) {
    anchors = new ParagraphAnchors();
    perPage.set(key, anchors);
  }
  return anchors;
}
