/**
 * Turning the bytes of a raw source into text, the same way everywhere (ingest, the
 * source-fidelity rule, the /sources/ pages): a BOM decides UTF-8 or UTF-16 LE/BE; else valid
 * UTF-8 is UTF-8; else the bytes are GB18030 (a superset of GBK/GB2312) or Big5, decided by
 * which decoding reads as common Chinese characters. Line ends become LF.
 */
import { COMMON_SIMPLIFIED, COMMON_TRADITIONAL_ONLY } from './common-hanzi.ts';
import { IngestError } from './errors.ts';

export const SOURCE_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type SourceEncoding = (typeof SOURCE_ENCODINGS)[number];

export interface DecodedSource {
  text: string;
  encoding: SourceEncoding;
  /** 1 for a BOM or valid UTF-8; for GB18030 vs Big5, how clearly the chosen one won (0–1). */
  confidence: number;
  /** How the encoding was chosen, in Chinese, for the draft's notes. */
  basis: string;
}

/** Share of control characters (other than tab, LF, CR, FF) above which a file counts as binary. */
const CONTROL_SHARE_LIMIT = 0.1;
/** The winner of GB18030 vs Big5 must read at least this share of common characters… */
const MIN_COMMON_SHARE = 0.4;
/** …and lead the other decoding by at least this much; otherwise the file is refused. */
const MIN_MARGIN = 0.2;
/** With fewer characters than this beyond ASCII, the shares say too little to choose. */
const MIN_SAMPLE = 4;

const COMMON = new Set([...COMMON_SIMPLIFIED, ...COMMON_TRADITIONAL_ONLY]);
/** Punctuation and symbols every Chinese encoding shares: they count for neither decoding. */
const NEUTRAL = /[\u2000-\u206f\u3000-\u303f\uff00-\uffef]/u;

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

/** Share of the text's non-ASCII, non-punctuation characters that are common Chinese characters. */
export function commonShare(text: string): { share: number; sample: number } {
  let sample = 0;
  let common = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80 || NEUTRAL.test(char)) continue;
    sample += 1;
    if (COMMON.has(char)) common += 1;
  }
  return { share: sample === 0 ? 0 : common / sample, sample };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** GB18030 or Big5, whichever reads as Chinese; refuses when neither clearly does. */
function chooseLegacy(bytes: Uint8Array, name: string): Omit<DecodedSource, 'text'> & { text: string } {
  const gb = decodeWith('gb18030', bytes);
  const big5 = decodeWith('big5', bytes);
  const scored = [
    { encoding: 'gb18030' as const, label: 'GB18030', text: gb },
    { encoding: 'big5' as const, label: 'Big5', text: big5 },
  ].flatMap((candidate) => (candidate.text === undefined ? [] : [{ ...candidate, text: candidate.text, ...commonShare(candidate.text) }]));
  const [first, second] = scored.sort((a, b) => b.share - a.share);
  const undecidable = (why: string) =>
    new IngestError(
      `${name}:无法判断是 GB18030(GBK)还是 Big5 编码(${why}),未写入任何文件。请用编辑器另存为 UTF-8 后再导入。` +
        ` / ${name}: cannot tell GB18030 from Big5 (${why}); nothing written. Save it as UTF-8 and ingest again.`,
    );
  if (!first) {
    throw new IngestError(
      `${name}:无法解码,既不是 UTF-8/UTF-16(带 BOM),也不是 GB18030/GBK 或 Big5 文本,未写入任何文件。` +
        ` / ${name} cannot be decoded as UTF-8, UTF-16 with BOM, GB18030/GBK or Big5; nothing written.`,
    );
  }
  const shares = scored.map((candidate) => `${candidate.label} 常用字占比 ${round(candidate.share)}`).join(',');
  if (!second) {
    // Only one decoding is valid at all; it still has to read as Chinese when there is enough text.
    if (first.sample >= MIN_SAMPLE && first.share < MIN_COMMON_SHARE) throw undecidable(shares);
    return { text: first.text, encoding: first.encoding, confidence: 1, basis: `只有 ${first.label} 能解码全部字节(${shares})` };
  }
  if (first.sample < MIN_SAMPLE) throw undecidable(`非 ASCII 字符只有 ${first.sample} 个`);
  const margin = first.share - second.share;
  if (first.share < MIN_COMMON_SHARE || margin < MIN_MARGIN) throw undecidable(shares);
  return {
    text: first.text,
    encoding: first.encoding,
    confidence: round(Math.min(1, margin / first.share)),
    basis: `按常用汉字占比判断为 ${first.label}(${shares})`,
  };
}

/**
 * Decodes a source file. Throws an IngestError naming `name` when the file is empty,
 * binary (NUL bytes outside UTF-16, or mostly control characters), not valid in any
 * supported encoding, or GB18030/Big5 that cannot be told apart.
 */
export function decodeSource(bytes: Uint8Array, name: string): DecodedSource {
  let decoded: DecodedSource | undefined;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decodeWith(encoding, bytes);
    if (text !== undefined) decoded = { text, encoding, confidence: 1, basis: `文件以 ${encoding.toUpperCase()} 字节顺序标记(BOM)开头` };
  } else {
    if (bytes.includes(0)) {
      throw new IngestError(
        `${name}:是二进制文件(含 NUL 字节;若是无 BOM 的 UTF-16 文本,请先另存为 UTF-8),未写入任何文件。` +
          ` / ${name} is a binary file (it contains NUL bytes; UTF-16 text needs a BOM); nothing written.`,
      );
    }
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    const utf8 = decodeWith('utf-8', bytes);
    if (utf8 !== undefined) {
      decoded = bom
        ? { text: utf8, encoding: 'utf-8-bom', confidence: 1, basis: '文件以 UTF-8 字节顺序标记(BOM)开头' }
        : { text: utf8, encoding: 'utf-8', confidence: 1, basis: '全部字节是有效的 UTF-8' };
    } else if (!bom) {
      decoded = chooseLegacy(bytes, name);
    }
  }
  if (!decoded) {
    throw new IngestError(
      `${name}:无法解码,既不是 UTF-8/UTF-16(带 BOM),也不是 GB18030/GBK 或 Big5 文本,未写入任何文件。` +
        ` / ${name} cannot be decoded as UTF-8, UTF-16 with BOM, GB18030/GBK or Big5; nothing written.`,
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
  return { ...decoded, text };
}
