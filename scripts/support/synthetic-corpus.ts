/** The raw material of the synthetic corpora the benchmarks build: paragraphs of the real sources. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCES_DIR } from '../../src/lib/paths.ts';

/** `count` items of `items` in a random order (Fisher–Yates on a copy, driven by `next`). */
export function pick<T>(next: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/** Paragraphs of the real sources long enough to be body text (not titles or bylines). */
export function realParagraphs(): string[] {
  return readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(join(SOURCES_DIR, name), 'utf8').split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line.length >= 60);
}
