import type { Chalk } from 'chalk';
import type { Participant, Summary } from '../types.js';
import { PDI, RLI, isolate } from './bidi.js';
import type { Lang } from './labels.js';
import { sanitizeForTerminal } from './sanitize.js';
import { displayWidth, NO_COLUMN, ONE_COLUMN } from './width.js';

/** How to render a summary for people: the brief and the tables share these. */
export interface ViewOptions {
  lang: Lang;
  /** Total width available, in columns (the terminal's width). */
  width: number;
  /** A chalk instance when colouring, else null: then no ANSI code is written at all. */
  chalk: InstanceType<typeof Chalk> | null;
  /** Shown as a title line, when summarising several inputs. */
  source?: string;
  /** The article: needed for --context and to tie positions to the meeting they were said at. */
  text?: string;
  /** Follow each item of the brief by its sentence with the evidence marked. */
  context?: boolean;
  /**
   * Applied to every piece of article text before it is measured: makes it safe for a terminal
   * (the default), and shapes it for --visual.
   */
  prepare?: (text: string) => string;
}

/** The text-preparing function of a view. */
export function preparer(opts: Pick<ViewOptions, 'prepare'>): (text: string) => string {
  return opts.prepare ?? sanitizeForTerminal;
}

/** The participant a holder's or side's name stands for (by name, else by alias). */
export function participantNamed(summary: Summary, name: string | null): Participant | undefined {
  if (name === null) return undefined;
  return summary.participants.find((p) => p.name === name) ?? summary.participants.find((p) => p.aliases.includes(name));
}

// made on first use: ICU builds a segmenter's break rules when it is made, some 90 M instructions
// (10-15 ms) of a cold start, and most text is cut by graphemesOf without it
let graphemes: Intl.Segmenter | undefined;
export const ELLIPSIS = '…';

/** Text of one-column and no-column characters only (width.ts): Arabic and Latin text, harakat, bidi marks. */
const SIMPLE = new RegExp(`^[${ONE_COLUMN}${NO_COLUMN}]*$`);

/**
 * The graphemes of a text (Unicode extended grapheme clusters, as Intl.Segmenter finds them). For
 * text of SIMPLE characters the rules come down to two (UAX #29 GB4 and GB9): a haraka or
 * superscript alef (Extend) joins the character before it unless that is a format character
 * (soft hyphen, LRM, RLM, an isolate: Control, after which a grapheme always ends); every other
 * character starts a grapheme. test/render/brief.test.ts checks this against Intl.Segmenter.
 */
export function graphemesOf(text: string): string[] {
  if (!SIMPLE.test(text)) return Array.from((graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text), (s) => s.segment);
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const extend = (c >= 0x64b && c <= 0x652) || c === 0x670;
    const p = i > 0 ? text.charCodeAt(i - 1) : -1;
    const afterControl = p === 0xad || p === 0x200e || p === 0x200f || (p >= 0x2066 && p <= 0x2069);
    if (extend && i > 0 && !afterControl) out[out.length - 1] += text[i];
    else out.push(text[i]);
  }
  return out;
}

/**
 * Shorten text to at most `width` columns, ending in an ellipsis: at a space when that keeps at
 * least half the width, else between graphemes (never between a letter and its harakat).
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? ELLIPSIS : '';
  let out = '';
  let used = 0;
  for (const segment of graphemesOf(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  const space = out.lastIndexOf(' ');
  if (space > 0 && displayWidth(out.slice(0, space)) >= width / 2) out = out.slice(0, space);
  return out.replace(/[\s،,:;.·-]+$/u, '') + ELLIPSIS;
}

/** A piece of a brief line. */
export interface Seg {
  text: string;
  /** Written around the text when it is not empty ("(" and ")" around a role). */
  before?: string;
  after?: string;
  /** Written instead when the text has been dropped (" (EG)" for a role dropped before ", EG)"). */
  fallback?: string;
  /** The rank at which the fallback is dropped in turn (never when unset). */
  fallbackRank?: number;
  /** May be shortened down to this many columns (then dropped when `drop`); fixed when unset. */
  min?: number;
  drop?: boolean;
  /** Shortened before segments of a higher rank (roles 0, statements 1, names 2). */
  rank?: number;
  /** Article text (or other values): isolated so a bidi terminal keeps it in place. */
  value?: boolean;
  style?: (text: string) => string;
}

const segWidth = (s: Seg): number => (s.text ? displayWidth((s.before ?? '') + s.text + (s.after ?? '')) : displayWidth(s.fallback ?? ''));

/**
 * Shorten segments until the line fits, rank by rank from the lowest: within a rank the widest
 * segment is shortened first, down to its minimum; then that rank's droppable segments are
 * dropped (first one first), and the next rank is tried. The last segment is cut as a last
 * resort.
 */
export function fitSegs(segs: Seg[], width: number): Seg[] {
  const out = segs.map((s) => ({ ...s }));
  let over = out.reduce((a, s) => a + segWidth(s), 0) - width;
  const ranks = [...new Set(out.flatMap((s) => [...(s.min !== undefined ? [s.rank ?? 0] : []), ...(s.fallbackRank !== undefined ? [s.fallbackRank] : [])]))].sort((a, b) => a - b);
  const cut = (s: Seg, target: number): void => {
    const before = segWidth(s);
    s.text = truncate(s.text, Math.max(1, target));
    over -= before - segWidth(s);
  };
  for (const rank of ranks) {
    const mine = out.filter((s) => s.min !== undefined && (s.rank ?? 0) === rank);
    while (over > 0) {
      let pick: Seg | null = null;
      for (const s of mine) if (s.text && displayWidth(s.text) > (s.min ?? 0) && (!pick || displayWidth(s.text) > displayWidth(pick.text))) pick = s;
      if (!pick) break;
      cut(pick, Math.max(pick.min ?? 0, displayWidth(pick.text) - over));
    }
    for (const s of mine) {
      if (over <= 0) break;
      if (!s.drop || !s.text) continue;
      const before = segWidth(s);
      s.text = '';
      over -= before - segWidth(s);
    }
    for (const s of out) {
      if (over <= 0) break;
      if (s.text || !s.fallback || s.fallbackRank !== rank) continue;
      over -= segWidth(s);
      s.fallback = undefined;
    }
    if (over <= 0) return out;
  }
  for (let i = out.length - 1; i >= 0 && over > 0; i--) {
    const s = out[i];
    if (!s.text) continue;
    const room = displayWidth(s.text) - over;
    if (room >= 1) cut(s, room);
    else {
      over -= segWidth(s);
      s.text = '';
      s.fallback = undefined;
    }
  }
  return out;
}

/**
 * Join fitted segments into one line. Left-to-right lines (English labels) isolate each value;
 * right-to-left lines (Arabic labels) are one right-to-left isolate, right-aligned in `width`,
 * with each value isolated inside it, so a bidi terminal reads them from the right.
 */
export function joinSegs(segs: readonly Seg[], dir: 'ltr' | 'rtl', width: number): string {
  let body = '';
  for (const s of segs) {
    if (!s.text) {
      if (s.fallback) body += s.style ? s.style(s.fallback) : s.fallback;
      continue;
    }
    const text = (s.before ?? '') + (s.value ? isolate(s.text, null, dir === 'rtl') : s.text) + (s.after ?? '');
    body += s.style ? s.style(text) : text;
  }
  if (dir === 'ltr') return body;
  const pad = Math.max(0, width - displayWidth(body));
  return ' '.repeat(pad) + RLI + body + PDI;
}
