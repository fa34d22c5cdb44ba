import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8, guessUtf16, looksLikeWindows1256, sniffBom } from '../../src/cli/decode.js';
import { InputError } from '../../src/cli/errors.js';
import { encodeUtf16, encodeWindows1256 } from './encode.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s));

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return `${err.code}: ${err.problem}`;
    throw err;
  }
  return 'no error';
}

describe('firstInvalidUtf8', () => {
  it('accepts well-formed text of every length class', () => {
    expect(firstInvalidUtf8(utf8('abc مُحَمَّد € 𝕏 😀'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array())).toBe(-1);
  });
  it.each([
    ['lone continuation byte', [0x61, 0x80], 1],
    ['overlong two-byte form of "/"', [0xc0, 0xaf], 0],
    ['overlong three-byte form', [0x61, 0xe0, 0x80, 0xaf], 1],
    ['UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 0],
    ['code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['F5 lead byte', [0xf5, 0x80, 0x80, 0x80], 0],
    ['sequence cut off at the end', [0xd9, 0x85, 0xd8], 2],
    ['lead byte followed by ASCII', [0xd9, 0x41], 0],
  ])('%s', (_name, b, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(b))).toBe(offset);
  });
  it('counts from the given start (after a byte-order mark)', () => {
    expect(firstInvalidUtf8(bytes(0xef, 0xbb, 0xbf, 0x61, 0xff), 3)).toBe(4);
  });
});

describe('sniffBom', () => {
  it('names UTF-8 and UTF-16 marks, and nothing else', () => {
    expect(sniffBom(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf8', length: 3 });
    expect(sniffBom(bytes(0xff, 0xfe, 0x61, 0))).toEqual({ encoding: 'utf16le', length: 2 });
    expect(sniffBom(bytes(0xfe, 0xff, 0, 0x61))).toEqual({ encoding: 'utf16be', length: 2 });
    expect(sniffBom(utf8('مصر'))).toBeNull();
  });
});

describe('looksLikeWindows1256', () => {
  it('recognises Arabic in the legacy code page', () => {
    expect(looksLikeWindows1256(encodeWindows1256('أكد الوزير أهمية الحوار'))).toBe(true);
    // Harakat and tatweel are in the code page too.
    expect(looksLikeWindows1256(encodeWindows1256('مُحَمَّد ـ عَلِيّ'))).toBe(true);
  });
  it('does not take Latin-1 French or random high bytes for Arabic', () => {
    expect(looksLikeWindows1256(encodeWindows1256('le café était très animé à Paris'))).toBe(false);
    expect(looksLikeWindows1256(bytes(0x80, 0x81, 0x8a, 0x9f, 0xa3, 0xb1))).toBe(false);
    // A single stray Arabic-looking byte is not enough evidence.
    expect(looksLikeWindows1256(bytes(0x61, 0xe3, 0x62))).toBe(false);
  });
});

describe('decode', () => {
  it('drops a UTF-8 byte-order mark so offsets start at the first letter', () => {
    const d = decode(bytes(0xef, 0xbb, 0xbf, ...utf8('قرار')), 'auto', 'f');
    expect(d).toEqual({ text: 'قرار', encoding: 'utf8', bom: true });
  });
  it('reads UTF-16 in both byte orders, with or without the mark when told', () => {
    expect(decode(encodeUtf16('قرار 242', 'le'), 'auto', 'f')).toEqual({ text: 'قرار 242', encoding: 'utf16le', bom: true });
    expect(decode(encodeUtf16('قرار 242', 'be'), 'auto', 'f')).toEqual({ text: 'قرار 242', encoding: 'utf16be', bom: true });
    expect(decode(encodeUtf16('قرار', 'be', false), 'utf16be', 'f').text).toBe('قرار');
  });
  it('refuses UTF-16 with a stray byte or an unpaired surrogate, naming the offset', () => {
    expect(problem(() => decode(bytes(0xff, 0xfe, 0x27, 0x06, 0x28), 'auto', 'f'))).toBe('BAD_ENCODING: invalid UTF-16LE: odd number of bytes (a stray byte at byte offset 4)');
    expect(problem(() => decode(bytes(0xff, 0xfe, 0x27, 0x06, 0x00, 0xd8, 0x28, 0x06), 'auto', 'f'))).toBe('BAD_ENCODING: invalid UTF-16LE: unpaired surrogate at byte offset 4');
  });
  it('falls back to Windows-1256 only in auto mode', () => {
    const legacy = encodeWindows1256('رحبت الوزارة بالقرار');
    expect(decode(legacy, 'auto', 'f')).toEqual({ text: 'رحبت الوزارة بالقرار', encoding: 'windows-1256', bom: false });
    expect(problem(() => decode(legacy, 'utf8', 'f'))).toBe('BAD_ENCODING: invalid UTF-8 at byte offset 0');
  });
  it('calls NUL bytes binary, at their byte offset', () => {
    expect(problem(() => decode(bytes(0x61, 0x62, 0, 0x63), 'auto', 'f'))).toBe('BINARY: binary data, not text (NUL byte at byte offset 2)');
    expect(problem(() => decode(bytes(0x61, 0, 0x63), 'windows-1256', 'f'))).toBe('BINARY: binary data, not text (NUL byte at byte offset 1)');
    // A NUL code unit in UTF-16 (after the 2-byte mark).
    expect(problem(() => decode(bytes(0xff, 0xfe, 0x27, 0x06, 0, 0), 'auto', 'f'))).toBe('BINARY: binary data, not text (NUL byte at byte offset 4)');
  });
  it('guesses the byte order of mark-less UTF-16 for the hint', () => {
    expect(guessUtf16(encodeUtf16('مصر والأردن 2024', 'le', false))).toBe('utf16le');
    expect(guessUtf16(encodeUtf16('مصر والأردن 2024', 'be', false))).toBe('utf16be');
    expect(guessUtf16(bytes(0x00, 0x01, 0x02, 0x03, 0xff, 0x00))).toBeNull();
  });
});
