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

// One lookup table for the BMP, built once: undefined = keep, string = replacement (maybe '').
const TABLE: (string | undefined)[] = buildTable();

function buildTable(): (string | undefined)[] {
  const table: (string | undefined)[] = new Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = applySteps(String.fromCharCode(c), c);
  // A replacement may itself hold characters another step owns (ﻷ → لأ, ﺓ → ة): run the steps
  // over it once more so that normalising is idempotent (normalize(norm) === norm).
  for (let c = 0; c < 0x10000; c++) {
    const r = table[c];
    if (r) table[c] = [...r].map((ch) => applySteps(ch, ch.charCodeAt(0)) ?? ch).join('');
  }
  return table;
}

function applySteps(ch: string, c: number): string | undefined {
  for (const step of STEPS) {
    const r = step.apply(ch, c);
    if (r !== undefined) return r;
  }
  return undefined;
}

/** Normalise text for matching (see steps.ts) and keep an offset map back to the original. */
export function normalize(text: string): Normalized {
  const out: string[] = [];
  // One slot per code unit is enough except for ligatures that expand (ﷺ is 18 letters): grow then.
  let map = new Int32Array(text.length + 1);
  let n = 0;
  const reserve = (extra: number): void => {
    if (n + extra < map.length) return;
    const grown = new Int32Array(Math.max(map.length * 2, n + extra + 1));
    grown.set(map);
    map = grown;
  };
  let runStart = 0; // start of the current run of unchanged characters
  const flush = (end: number): void => {
    if (end > runStart) {
      out.push(text.slice(runStart, end));
      for (let k = runStart; k < end; k++) map[n++] = k;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const r = TABLE[text.charCodeAt(i)];
    if (r === undefined) continue;
    flush(i);
    runStart = i + 1;
    if (r.length) {
      reserve(r.length + text.length - i);
      out.push(r);
      for (let k = 0; k < r.length; k++) map[n++] = i;
    }
  }
  flush(text.length);
  map[n] = text.length;
  return { text, norm: out.join(''), map: map.slice(0, n + 1) };
}

/** Normalise a lexicon form or a query string (no offset map needed). */
export function normalizeForm(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const r = TABLE[s.charCodeAt(i)];
    out += r === undefined ? s[i] : r;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

const TRAILING_MARK = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

/** Map a span of the normalised copy back to the original text (trailing harakat included). */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start];
  let e = end > start ? n.map[end - 1] + 1 : s;
  while (e < n.text.length && TRAILING_MARK.test(n.text[e])) e++;
  return { start: s, end: e };
}
