/** Ctrl+F semantics over Pagefind's fragments: where a term occurs verbatim in a passage's text. */
import { isHan, matchForm } from './query.ts';

/** Text in match form with, for each of its characters, the offset in the original. */
export interface MappedText {
  text: string;
  offsets: number[];
}

export function mapText(original: string): MappedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace: number | undefined;
  let position = 0;
  // Character by character, so every folded character keeps its original position.
  for (const char of original) {
    const folded = char.normalize('NFKC').toLowerCase();
    if (/^\s*$/u.test(folded)) {
      pendingSpace ??= position;
    } else {
      // A gap survives only between two non-Chinese characters, as one space (as in matchForm).
      if (pendingSpace !== undefined && text && !isHan(text.at(-1) ?? '') && !isHan(folded[0] ?? '')) {
        text += ' ';
        offsets.push(pendingSpace);
      }
      pendingSpace = undefined;
      for (const unit of folded) {
        text += unit;
        offsets.push(position);
      }
    }
    position += char.length;
  }
  return { text, offsets };
}

export interface Occurrence {
  /** Offset in the original text. */
  start: number;
  end: number;
}

/** Every verbatim occurrence of the query in the original text; pass `mapped` to reuse mapText's work. */
export function findOccurrences(original: string, query: string, mapped = mapText(original), limit = 50): Occurrence[] {
  const needle = matchForm(query);
  if (!needle) return [];
  const found: Occurrence[] = [];
  for (let at = mapped.text.indexOf(needle); at >= 0 && found.length < limit; at = mapped.text.indexOf(needle, at + needle.length)) {
    const last = at + needle.length - 1;
    const start = mapped.offsets[at] ?? 0;
    const lastOffset = mapped.offsets[last] ?? start;
    const end = lastOffset + (original.codePointAt(lastOffset)! > 0xffff ? 2 : 1);
    found.push({ start, end });
  }
  return found;
}
