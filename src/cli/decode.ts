import { Buffer, isUtf8 } from 'node:buffer';
import { InputError } from './errors.js';

/** Encodings the CLI reads; `auto` sniffs a byte-order mark, then tries UTF-8, then Windows-1256. */
export const ENCODINGS = ['auto', 'utf8', 'utf16le', 'utf16be', 'windows-1256'] as const;
/** The encodings decoded by khulasa's own code (strict, with byte offsets in messages). */
export type KnownEncoding = Exclude<(typeof ENCODINGS)[number], 'auto'>;
/** An encoding: one of the known four, or any other WHATWG encoding name TextDecoder knows (iso-8859-6, windows-1252…). */
export type Encoding = KnownEncoding | string;
export type EncodingChoice = 'auto' | Encoding;

/** WHATWG names of the known four, as TextDecoder reports them. */
const KNOWN_BY_WHATWG: Record<string, KnownEncoding> = { 'utf-8': 'utf8', 'utf-16le': 'utf16le', 'utf-16be': 'utf16be', 'windows-1256': 'windows-1256' };

/**
 * The encoding a label names: khulasa's own spellings (auto, utf8, utf16le, utf16be) or any label
 * of the WHATWG Encoding Standard that TextDecoder knows (cp1256, windows-1256, arabic,
 * iso-8859-6, utf-8, unicode…), case-insensitive. Null for a label nobody knows.
 */
export function encodingForLabel(label: string): EncodingChoice | null {
  const l = label.trim().toLowerCase();
  if (l === 'auto' || l === 'utf8' || l === 'utf16le' || l === 'utf16be') return l;
  try {
    const name = new TextDecoder(l).encoding;
    if (name === 'replacement') return null;
    return KNOWN_BY_WHATWG[name] ?? name;
  } catch {
    return null;
  }
}

/** Decoded text (byte-order mark dropped, so offsets count from the first character after it). */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Whether a byte-order mark was present and dropped. */
  bom: boolean;
}

const LABEL: Record<KnownEncoding, string> = { utf8: 'UTF-8', utf16le: 'UTF-16LE', utf16be: 'UTF-16BE', 'windows-1256': 'Windows-1256' };

/** The encoding a byte-order mark announces, and the mark's length; null without one. */
export function sniffBom(bytes: Uint8Array): { encoding: KnownEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', length: 2 };
  return null;
}

/**
 * Byte offset of the first byte that starts an ill-formed UTF-8 sequence (overlong forms,
 * surrogates and code points past U+10FFFF included), or -1 when all of it is well-formed.
 * Follows the table of well-formed byte sequences in the Unicode standard (ch. 3, table 3-7).
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Do these (non-UTF-8) bytes read as Arabic in Windows-1256? Most of the non-ASCII characters
 * must then be Arabic letters or marks; French or Latin-1 text (é, à, ç keep their places in
 * Windows-1256) does not pass.
 */
export function looksLikeWindows1256(bytes: Uint8Array): boolean {
  const text = new TextDecoder('windows-1256').decode(bytes);
  let nonAscii = 0;
  let arabic = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if ((cp >= 0x0600 && cp <= 0x06ff) || cp === 0x200c || cp === 0x200d) arabic++;
  }
  return arabic >= 2 && arabic >= 0.75 * nonAscii;
}

/** Offset of the first NUL byte (step 1) or NUL code unit (step 2, UTF-16), or -1. */
function nulOffset(bytes: Uint8Array, from: number, step: 1 | 2): number {
  if (step === 1) return bytes.indexOf(0, from); // native scan
  for (let i = from; i + 1 < bytes.length; i += 2) if (bytes[i] === 0 && bytes[i + 1] === 0) return i;
  return -1;
}

/**
 * UTF-16 without a byte-order mark looks binary (ASCII spaces become NUL bytes). Name the byte
 * order under which nearly every code unit is plain text (ASCII, Latin-1 or Arabic), if one is.
 */
export function guessUtf16(bytes: Uint8Array): 'utf16le' | 'utf16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  for (const order of ['utf16le', 'utf16be'] as const) {
    let plain = 0;
    for (let i = 0; i < bytes.length; i += 2) {
      const unit = order === 'utf16le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
      if ((unit >= 0x20 && unit < 0x7f) || unit === 0x0a || unit === 0x0d || unit === 0x09 || (unit >= 0xa0 && unit <= 0xff) || (unit >= 0x0600 && unit <= 0x06ff)) plain++;
    }
    if (plain >= 0.95 * (bytes.length / 2)) return order;
  }
  return null;
}

function binary(source: string, offset: number, hint = ''): InputError {
  return new InputError('BINARY', source, `binary data, not text (NUL byte at byte offset ${offset})${hint}`);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf16le' | 'utf16be', from: number, source: string): string {
  const nul = nulOffset(bytes, from, 2);
  if (nul >= 0) throw binary(source, nul);
  if ((bytes.length - from) % 2 !== 0) {
    throw new InputError('BAD_ENCODING', source, `invalid ${LABEL[encoding]}: odd number of bytes (a stray byte at byte offset ${bytes.length - 1})`);
  }
  const text = new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes.subarray(from));
  // A lone surrogate decodes to U+FFFD without `fatal`; find it to name its offset.
  const lone = text.search(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/);
  if (lone >= 0) {
    const strict = new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true });
    try {
      strict.decode(bytes.subarray(from));
    } catch {
      throw new InputError('BAD_ENCODING', source, `invalid ${LABEL[encoding]}: unpaired surrogate at byte offset ${from + 2 * lone}`);
    }
  }
  return text;
}

/**
 * Decode one input's bytes. Throws an InputError naming the source and the byte offset of the
 * problem: binary data (a NUL byte), invalid UTF-8 that is not Windows-1256 Arabic either, or
 * invalid UTF-16. Never replaces bad bytes with U+FFFD silently.
 */
export function decode(bytes: Uint8Array, choice: EncodingChoice, source: string): Decoded {
  const bom = sniffBom(bytes);
  const encoding: Encoding = choice === 'auto' ? (bom?.encoding ?? 'utf8') : choice;
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  if (encoding === 'utf16le' || encoding === 'utf16be') {
    return { text: decodeUtf16(bytes, encoding, skip, source), encoding, bom: skip > 0 };
  }
  const nul = nulOffset(bytes, skip, 1);
  if (nul >= 0) {
    const guess = choice === 'auto' && !bom ? guessUtf16(bytes) : null;
    throw binary(source, nul, guess ? `; if this is UTF-16 without a byte-order mark, pass --encoding ${guess}` : '');
  }
  if (encoding === 'windows-1256') {
    return { text: new TextDecoder('windows-1256').decode(bytes), encoding, bom: false };
  }
  if (encoding !== 'utf8') return { text: decodeOther(bytes, encoding, source), encoding, bom: false };
  // The common case, valid UTF-8, is checked and decoded natively; the byte-by-byte check runs
  // only to name where invalid input goes wrong.
  const body = bytes.subarray(skip);
  if (isUtf8(body)) {
    return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), encoding, bom: skip > 0 };
  }
  const bad = firstInvalidUtf8(bytes, skip);
  if (bad < 0) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), encoding, bom: skip > 0 };
  // A web page that names its legacy encoding (<meta charset="windows-1256">) is read in it.
  const declared = choice === 'auto' && !bom ? declaredHtmlCharset(bytes) : null;
  if (declared && declared !== 'utf8' && declared !== 'utf16le' && declared !== 'utf16be') {
    return { text: declared === 'windows-1256' ? new TextDecoder('windows-1256').decode(bytes) : decodeOther(bytes, declared, source), encoding: declared, bom: false };
  }
  if (choice === 'auto' && !bom && looksLikeWindows1256(bytes)) {
    return { text: new TextDecoder('windows-1256').decode(bytes), encoding: 'windows-1256', bom: false };
  }
  const hint = choice === 'auto' ? '; if it is a legacy Arabic file, try --encoding windows-1256' : '';
  throw new InputError('BAD_ENCODING', source, `invalid UTF-8 at byte offset ${bad}${hint}`);
}

/**
 * Decode with another WHATWG encoding, refusing bytes it does not map (never U+FFFD silently).
 * For a single-byte encoding the message names the first unmapped byte's offset.
 */
function decodeOther(bytes: Uint8Array, encoding: string, source: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const one = new TextDecoder(encoding, { fatal: true });
    let at = -1;
    for (let i = 0; i < bytes.length && at < 0; i++) {
      try {
        one.decode(bytes.subarray(i, i + 1));
      } catch {
        at = i;
      }
    }
    throw new InputError('BAD_ENCODING', source, `invalid ${encoding.toUpperCase()}${at >= 0 ? ` at byte offset ${at}` : ''}`);
  }
}

/**
 * The encoding an HTML page declares in its first 1024 bytes (<meta charset=…> or
 * <meta http-equiv="Content-Type" content="…; charset=…">), as the HTML standard's prescan reads it;
 * null when it declares none or names one TextDecoder does not know.
 */
export function declaredHtmlCharset(bytes: Uint8Array): Encoding | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (!m) return null;
  const e = encodingForLabel(m[1]);
  return e === 'auto' ? null : e;
}
