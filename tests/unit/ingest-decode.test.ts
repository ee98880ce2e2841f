import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/lib/ingest/decode.ts';
import { IngestError } from '../../src/lib/ingest/errors.ts';

const TEXT = '党建引领风帆劲\r\n抓实党内教育。坚持“三会一课”。\r旧式 Mac 行尾\n𠮷 字';
const EXPECTED = '党建引领风帆劲\n抓实党内教育。坚持“三会一课”。\n旧式 Mac 行尾\n𠮷 字';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes.set(bigEndian ? [hi, lo] : [lo, hi], 2 + i * 2);
  }
  return bytes;
}

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url)));

describe('decodeSource', () => {
  it('decodes UTF-8 without BOM and normalises CRLF/CR to LF', () => {
    expect(decodeSource(new TextEncoder().encode(TEXT), 'a.txt')).toMatchObject({ text: EXPECTED, encoding: 'utf-8', confidence: 1 });
  });

  it('decodes UTF-8 with BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeSource(bytes, 'a.txt')).toMatchObject({ text: EXPECTED, encoding: 'utf-8-bom' });
  });

  it('decodes UTF-16 LE and BE with BOM (including surrogate pairs)', () => {
    expect(decodeSource(utf16(TEXT, false), 'a.txt')).toMatchObject({ text: EXPECTED, encoding: 'utf-16le' });
    expect(decodeSource(utf16(TEXT, true), 'a.txt')).toMatchObject({ text: EXPECTED, encoding: 'utf-16be' });
  });

  it('decodes GB18030 (with four-byte characters) and GBK with CRLF', () => {
    expect(decodeSource(fixture('gb18030.txt'), 'gb.txt')).toMatchObject({
      text: '第一章 总则\n一、加强党的建设\n抓实党员教育。坚持党员轮训,强化支部建设,发挥党员先锋模范作用。\n四字节字符:𠮷㐀\n',
      encoding: 'gb18030',
    });
    expect(decodeSource(fixture('gbk-crlf.txt'), 'gbk.txt')).toMatchObject({ text: '抓实干部教育。干部培训\n', encoding: 'gb18030' });
  });

  it('tells Big5 from GB18030 by the share of common characters, and says so with a confidence', () => {
    const big5 = decodeSource(fixture('big5.txt'), 'big5.txt');
    expect(big5).toMatchObject({ text: '台灣黨建工作報告\n加強幹部隊伍建設,選拔任用年輕幹部。\n', encoding: 'big5' });
    expect(big5.confidence).toBeGreaterThan(0.5);
    expect(big5.basis).toMatch(/Big5 常用字占比 0\.\d+/);
    const gb = decodeSource(fixture('gb18030.txt'), 'gb.txt');
    expect(gb.confidence).toBeGreaterThan(0.5);
    expect(gb.basis).toContain('GB18030');
  });

  it.each([
    ['empty', new Uint8Array(), /文件为空.*empty/s],
    ['white space and BOM only', new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a, 0x0d, 0x0a]), /文件为空/],
    ['NUL bytes', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x41]), /二进制文件.*binary/s],
    ['UTF-16 without BOM', new Uint8Array([0x61, 0x00, 0x62, 0x00]), /二进制文件.*UTF-16/s],
    ['mostly control characters', new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x1b, 0x1c, 0x42, 0x7f]), /二进制文件.*binary/s],
    ['undecodable bytes', new Uint8Array([0x61, 0x62, 0xff, 0xff, 0x81, 0x20]), /无法解码.*cannot be decoded/s],
    ['invalid UTF-8 after a UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0xd6, 0xd0]), /无法解码/],
    // 「中文」 in Big5 is 「丕恅」 in GBK: two characters cannot say which.
    ['too little text to tell GB18030 from Big5', new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5, 0x0a]), /无法判断是 GB18030.*Big5.*UTF-8/s],
  ])('rejects %s with a message naming the file', (_label, bytes, message) => {
    let caught: unknown;
    try {
      decodeSource(bytes, 'bad-file.txt');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).toContain('bad-file.txt');
  });
});
