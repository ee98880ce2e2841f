/**
 * Practice ids from the words of the title, in pinyin: 「抓实党内教育」 in 枣庄 →
 * `zaozhuang-zhuashi-dangnei-jiaoyu`. Readable in a URL, stable when text moves, unique across
 * the corpus and never one of the page's own ids (`cite`, `main`, …).
 */
import { pinyin } from 'pinyin-pro';
import { isReservedPageId } from '../page-ids.ts';

/** At most this many characters of the title make the id: enough to tell practices apart, short enough to cite. */
const TITLE_CHARACTERS = 8;

/** The title's words in pinyin: Han characters two by two (most Chinese words have two), ASCII runs as they are. */
export function titleWords(title: string): string[] {
  const words: string[] = [];
  let pair: string[] = [];
  let characters = 0;
  const flush = () => {
    if (pair.length) words.push(pair.join(''));
    pair = [];
  };
  for (const run of title.normalize('NFKC').match(/\p{Script=Han}+|[A-Za-z0-9]+/gu) ?? []) {
    if (characters >= TITLE_CHARACTERS) break;
    if (/^[A-Za-z0-9]+$/.test(run)) {
      flush();
      words.push(run.toLowerCase());
      characters += 1;
      continue;
    }
    for (const syllable of pinyin(run, { toneType: 'none', type: 'array', v: true })) {
      if (characters >= TITLE_CHARACTERS) break;
      pair.push(syllable.replace(/[^a-z]/g, ''));
      characters += 1;
      if (pair.length === 2) flush();
    }
    flush();
  }
  return words.filter(Boolean);
}

/**
 * `<place>-<title words>`, with `-2`, `-3`… when `taken` (ids already in the corpus or this
 * draft) has it or it is a page id. Adds the result to `taken`.
 */
export function practiceId(place: string, title: string, taken: Set<string>): string {
  const words = titleWords(title);
  const base = [place, ...(words.length ? words : ['practice'])].join('-');
  let id = base;
  for (let n = 2; taken.has(id) || isReservedPageId(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
