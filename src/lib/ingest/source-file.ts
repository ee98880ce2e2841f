/**
 * A raw source file under content/sources/ read as text: the one place that turns stored
 * bytes into text for the content rules and the /sources/ pages, through `decodeSource`,
 * so a GB18030, Big5 or UTF-16 source reads the same everywhere.
 */
import { readFileSync } from 'node:fs';
import { decodeSource, type DecodedSource } from './decode.ts';
import { IngestError } from './errors.ts';

export type SourceRead = DecodedSource | { error: string };

/** The decoded source, or the decoder's message when the bytes cannot be read as text. */
export function readSource(path: string, name: string): SourceRead {
  try {
    return decodeSource(readFileSync(path), name);
  } catch (error) {
    if (error instanceof IngestError) return { error: error.message };
    throw error;
  }
}
