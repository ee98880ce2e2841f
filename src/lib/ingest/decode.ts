/**
 * Turning the bytes of a raw source into text: UTF-8 (with or without BOM), UTF-16 LE/BE
 * with BOM, or GB18030 (a superset of GBK/GB2312). Line ends become LF.
 */
import { IngestError } from './errors.ts';

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedSource {
  text: string;
  encoding: SourceEncoding;
}

/** Share of control characters (other than tab, LF, CR, FF) above which a file counts as binary. */
const CONTROL_SHARE_LIMIT = 0.1;

function decodeWith(label: string, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: false (the default) drops a leading BOM.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Decodes a source file. Throws an IngestError naming `name` when the file is empty,
 * binary (NUL bytes outside UTF-16, or mostly control characters) or not valid in any
 * supported encoding.
 */
export function decodeSource(bytes: Uint8Array, name: string): DecodedSource {
  let decoded: DecodedSource | undefined;
  if (startsWith(bytes, [0xff, 0xfe])) {
    const text = decodeWith('utf-16le', bytes);
    if (text !== undefined) decoded = { text, encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    const text = decodeWith('utf-16be', bytes);
    if (text !== undefined) decoded = { text, encoding: 'utf-16be' };
  } else {
    if (bytes.includes(0)) {
      throw new IngestError(
        `${name}:是二进制文件(含 NUL 字节;若是无 BOM 的 UTF-16 文本,请先另存为 UTF-8),未写入任何文件。` +
          ` / ${name} is a binary file (it contains NUL bytes; UTF-16 text needs a BOM); nothing written.`,
      );
    }
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    const utf8 = decodeWith('utf-8', bytes);
    if (utf8 !== undefined) decoded = { text: utf8, encoding: bom ? 'utf-8-bom' : 'utf-8' };
    else if (!bom) {
      const gb = decodeWith('gb18030', bytes);
      if (gb !== undefined) decoded = { text: gb, encoding: 'gb18030' };
    }
  }
  if (!decoded) {
    throw new IngestError(
      `${name}:无法解码,既不是 UTF-8/UTF-16(带 BOM),也不是 GB18030/GBK 文本,未写入任何文件。` +
        ` / ${name} cannot be decoded as UTF-8, UTF-16 with BOM or GB18030/GBK; nothing written.`,
    );
  }
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new IngestError(`${name}:文件为空,未写入任何文件。 / ${name} is empty; nothing written.`);
  }
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls / text.length > CONTROL_SHARE_LIMIT) {
    throw new IngestError(
      `${name}:是二进制文件(控制字符过多),未写入任何文件。 / ${name} looks binary (mostly control characters); nothing written.`,
    );
  }
  return { text, encoding: decoded.encoding };
}
