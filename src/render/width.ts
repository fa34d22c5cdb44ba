/**
 * Display width of text in a terminal, in columns. Common width functions (string-width 4, as
 * cli-table3 0.6.5 bundled it) only treat U+0300-U+036F as combining: Arabic harakat (مُحَمَّد),
 * Quranic marks and zero-width/bidi format characters each count as a column there, so Arabic
 * cells come out too narrow and the borders after them drift. This module counts them as zero.
 */

/** ANSI escape sequences: CSI (colours, cursor), OSC (titles, links) and two-byte escapes. */
export const ANSI_PATTERN = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[PX^_][^\u001B]*(?:\u001B\\)?|\u001B[@-Z\\-_]|\u009B[0-?]*[ -/]*[@-~]/g;

// Combining marks (harakat U+064B-U+065F, superscript alef U+0670, Quranic marks U+06D6-U+06ED)
// and format characters (ZWJ, ZWNJ, LRM/RLM, ALM U+061C, bidi embeddings and isolates, BOM).
// Both made on first use, as is the grapheme segmenter below: V8 builds a property class from
// ICU's tables when it makes the regex, and ICU loads its break rules for a segmenter, some
// milliseconds of every table at a cold start, where most cells never reach charWidth (displayWidth).
let zeroWidth: RegExp | undefined;
let emoji: RegExp | undefined;

// East Asian Wide and Fullwidth ranges (Unicode 15 EastAsianWidth.txt, W and F, merged).
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4], [0x17000, 0x18cff], [0x1b000, 0x1b2ff], [0x1f200, 0x1f2ff],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
  for (const [lo, hi] of WIDE) {
    if (cp < lo) return false;
    if (cp <= hi) return true;
  }
  return false;
}

/**
 * Columns one code point takes: 0 for controls, combining marks and format characters,
 * 2 for East Asian wide characters and emoji, else 1. Tatweel (ـ U+0640) is a visible
 * stroke and takes 1.
 */
export function charWidth(ch: string): 0 | 1 | 2 {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if ((zeroWidth ??= /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11FF]$/u).test(ch)) return 0;
  if (isWide(cp) || (emoji ??= /^\p{Emoji_Presentation}$/u).test(ch)) return 2;
  return 1;
}

/**
 * Characters of one column each, one code unit each: printable ASCII, Latin-1 and the other
 * letters below the combining marks, Arabic letters, digits and punctuation (، ؛ ؟ ء-ي ٠-٭ ٱ-ۓ),
 * dashes, quotes, the bullet and the ellipsis; and characters of none: the harakat (ً-ْ ٰ) and
 * the bidi marks and isolates the renderers put around Arabic. test/render/width.test.ts checks each against
 * charWidth. Most cells hold nothing else: their width is found by two regexes instead of a call
 * per character.
 */
export const ONE_COLUMN = '\\x20-\\x7e\\xa0-\\u02ff\\u060c\\u061b\\u061f\\u0621-\\u064a\\u0660-\\u066d\\u0671-\\u06d3\\u2013\\u2014\\u2018\\u2019\\u201c\\u201d\\u2022\\u2026';
export const NO_COLUMN = '\\u064b-\\u0652\\u0670\\u200e\\u200f\\u2066-\\u2069';
const ONE_OR_NO_COLUMN = new RegExp(`^[${ONE_COLUMN}${NO_COLUMN}]*$`);
const NO_COLUMN_ALL = new RegExp(`[${NO_COLUMN}]`, 'g');

/** Columns a single line of text takes in a terminal; ANSI colour codes take none. */
export function displayWidth(text: string): number {
  const plain = text.replace(ANSI_PATTERN, '');
  if (ONE_OR_NO_COLUMN.test(plain)) return plain.length - (plain.match(NO_COLUMN_ALL)?.length ?? 0);
  let width = 0;
  for (const ch of plain) width += charWidth(ch);
  return width;
}

/** Pad with spaces on the right (logical end) to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

let graphemes: Intl.Segmenter | undefined;

/** Cut a word wider than the column into pieces, never splitting a letter from its harakat. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const { segment } of (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(word)) {
    const w = displayWidth(segment);
    if (used + w > width && piece) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += segment;
    used += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wrap text into lines of at most `width` columns, breaking at spaces; a word longer than a
 * whole line is cut between graphemes. Runs of whitespace (newlines too) become one space.
 */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const w = displayWidth(word);
    if (line && used + 1 + w <= max) {
      line += ' ' + word;
      used += 1 + w;
      continue;
    }
    if (line) lines.push(line);
    if (w <= max) {
      line = word;
      used = w;
    } else {
      const pieces = breakWord(word, max);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      used = displayWidth(line);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
