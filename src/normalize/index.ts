import { STEPS } from './steps.js';

/** A normalised copy of a text with, for every code unit of the copy, its index in the original. */
export interface Normalized {
  /** The original text. */
  text: string;
  /** The normalised copy, used only for matching. */
  norm: string;
  /** map[i] is the original index of norm[i]; map[norm.length] is the original length. */
  map: Int32Array;
}

// One lookup table for the BMP, filled on first sight of each code unit (filling all 65,536 at
// load cost ~50 ms of every cold start): null = keep, string = replacement (maybe ''), 0 = not yet seen.
const TABLE: (string | null | 0)[] = new Array<0>(0x10000).fill(0);
/** 1 where TABLE keeps the code unit as it is: most of an article's units, answered by a byte. */
const KEPT = new Uint8Array(0x10000);

/** The replacement for code unit c, or null to keep it. */
function replacement(c: number): string | null {
  const cached = TABLE[c];
  if (cached !== 0) return cached;
  let r = applySteps(String.fromCharCode(c), c);
  // A replacement may itself hold characters another step owns (ﻷ → لأ, ﺓ → ة): run the steps
  // over it once more so that normalising is idempotent (normalize(norm) === norm).
  if (r) r = [...r].map((ch) => applySteps(ch, ch.charCodeAt(0)) ?? ch).join('');
  if (r === undefined) KEPT[c] = 1;
  return (TABLE[c] = r ?? null);
}

function applySteps(ch: string, c: number): string | undefined {
  for (const step of STEPS) {
    const r = step.apply(ch, c);
    if (r !== undefined) return r;
  }
  return undefined;
}

/**
 * The code units of the copy of a text shorter than this are written here, not into a new array:
 * the copy becomes a string (a copy of them) before normalize returns, so one buffer of a fixed
 * size serves every article of the usual length.
 */
const SCRATCH_UNITS = new Uint16Array(1 << 15);

/** Normalise text for matching (see steps.ts) and keep an offset map back to the original. */
export function normalize(text: string): Normalized {
  // The copy is written code unit by code unit into a typed array and made a string once at the
  // end: collecting slices to join kept thousands of small strings alive at once on a long text,
  // and the garbage collector's copying of them made normalising grow faster than the text.
  // One slot per code unit is enough except for ligatures that expand (ﷺ is 18 letters): grow then.
  let map = new Int32Array(text.length + 1);
  let units = text.length < SCRATCH_UNITS.length ? SCRATCH_UNITS : new Uint16Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (KEPT[c] === 1) {
      units[n] = c;
      map[n++] = i;
      continue;
    }
    const cached = TABLE[c];
    const r = cached === 0 ? replacement(c) : cached;
    if (r === null) {
      units[n] = c;
      map[n++] = i;
      continue;
    }
    // room for r, one slot per code unit still to read and the final slot: grow only where that
    // is more than there is (a replacement of one unit fits; only an expanding ligature may not)
    if (n + r.length + text.length - i > map.length) {
      const size = Math.max(map.length * 2, n + r.length + text.length - i + 1);
      const grownMap = new Int32Array(size);
      grownMap.set(map.subarray(0, n));
      map = grownMap;
      const grownUnits = new Uint16Array(size);
      grownUnits.set(units.subarray(0, n));
      units = grownUnits;
    }
    for (let k = 0; k < r.length; k++) {
      units[n] = r.charCodeAt(k);
      map[n++] = i;
    }
  }
  map[n] = text.length;
  // (a view of the map, not a copy: the slots past n + 1 are few, and only grown maps have many)
  return { text, norm: fromCodeUnits(units, n), map: map.subarray(0, n + 1) };
}

// Node's Buffer reads UTF-16LE code units as they are (lone surrogates included, unlike
// TextDecoder) and fast; a typed array is little-endian on the platforms Node runs on, but check.
const NODE_BUFFER = typeof Buffer === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? Buffer : undefined;

/** The string of units[0, n). */
function fromCodeUnits(units: Uint16Array, n: number): string {
  if (NODE_BUFFER) return NODE_BUFFER.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
  // elsewhere in chunks: a spread of the whole array would overflow the stack
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let at = 0; at < n; at += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]));
  return parts.join('');
}

/**
 * Every code unit some step may change (a superset, read off steps.ts; a test checks all 65,536):
 * lexicon forms are normalised by the thousand at load, and most of their letters need no lookup.
 */
export const MAY_CHANGE =
  /[\t\r#_A-Z\u00A0\u00AD\u061C\u0622-\u0626\u0629\u0640\u0649\u064B-\u065F\u0660-\u0669\u0670\u0671\u06A9\u06CC\u06D6-\u06ED\u06F0-\u06F9\u2000-\u200F\u202A-\u202F\u205F\u2066-\u2069\u3000\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Normalise a lexicon form or a query string (no offset map needed). Runs some 27,000 times while
 * the lexicons load and the first article is read, so it does no more than it must: a loop over
 * the code units instead of a replace() calling back per character, and the space collapse only
 * where two spaces meet.
 */
export function normalizeForm(s: string): string {
  const out = MAY_CHANGE.test(s) ? replaceUnits(s) : s;
  return (out.includes('  ') ? out.replace(/ {2,}/g, ' ') : out).trim();
}

/**
 * normalizeForm of a string asked about again and again (an entity's or a holder's name, at every
 * cue of an article): the answers are kept, up to MEMO_SIZE of them, then all forgotten at once.
 */
export function normalizeName(s: string): string {
  // the statement rules ask about one holder's name in turn: the last answer, before the map
  if (s === lastName) return lastNormalized;
  let n = MEMO.get(s);
  if (n === undefined) {
    if (MEMO.size >= MEMO_SIZE) MEMO.clear();
    n = normalizeForm(s);
    MEMO.set(s, n);
  }
  lastName = s;
  lastNormalized = n;
  return n;
}
let lastName = '';
let lastNormalized = '';
const MEMO = new Map<string, string>();
const MEMO_SIZE = 4096;

/**
 * normalize(s).norm without the offset map: for short texts read again after the document was
 * built (a dateline's line, a meeting's evidence), where the map's two arrays cost more than the work.
 */
export function normalizeText(s: string): string {
  return MAY_CHANGE.test(s) ? replaceUnits(s) : s;
}

/** s with every code unit that has a replacement replaced. */
function replaceUnits(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (KEPT[c] === 1) continue;
    const cached = TABLE[c];
    const r = cached === 0 ? replacement(c) : cached;
    if (r === null) continue;
    out += s.slice(from, i) + r;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A mark the original may carry after a span's last letter: harakat, dagger alef, Quranic marks, tatweel ([\u064B-\u065F\u0670\u06D6-\u06ED\u0640]), by code unit. */
function isTrailingMark(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed) || c === 0x640;
}

/** Map a span of the normalised copy back to the original text (trailing harakat included). */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start];
  let e = end > start ? n.map[end - 1] + 1 : s;
  // (a code-unit test: every span mapped back reads the unit after it, no one-letter string and regex each)
  while (e < n.text.length && isTrailingMark(n.text.charCodeAt(e))) e++;
  return { start: s, end: e };
}
