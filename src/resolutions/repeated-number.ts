import type { Span } from '../types.js';
import type { ResolutionGroup } from './merge-mentions.js';
import type { ResolutionRule } from './model.js';
import { isPlausibleYear } from './numbers.js';
import { BMP_LETTER_DIGIT_RANGES } from '../lexicon/wordChars.js';

/**
 * Every whole number token of the text: digits, maybe "session/number" (67/19), not inside a word,
 * a longer number, a date (12/5/2015) or a decimal (3.5). One regex for all articles and groups:
 * building one per cited number made every article compile (and, after a full GC, recompile) them.
 */
const NUMBER_TOKEN = new RegExp(`(?<![${BMP_LETTER_DIGIT_RANGES}/.,٫])\\d+(?:\\/\\d+)?(?![${BMP_LETTER_DIGIT_RANGES}/]|[.,٫]\\d)`, 'gu');

/** Bare numbers of resolutions already cited (see addRepeatedNumbers). */
export const repeatedNumber: ResolutionRule = {
  id: 'repeated-number',
  stage: 'resolutions',
  summary: 'a cited resolution\'s number standing alone later (وطالب بتنفيذ 2287) is another mention of it',
  example: 'وأشار إلى قرار مجلس الأمن رقم 2287، وقال إن 2287 لم ينفذ بعد.',
};

/**
 * A resolution's number standing alone after the resolution was cited: "… قرار مجلس الأمن 2254 …
 * وطالب بتنفيذ 2254". Only numbers of three digits or more that cannot be read as a year, and only
 * after the group's first citation; the mention is added to that resolution's group. Where two
 * groups share a number (different bodies), a token goes to the first group cited before it.
 * One pass over the text's number tokens, each looked up in a map: linear in the text.
 */
export function addRepeatedNumbers(norm: string, groups: ResolutionGroup[]): void {
  const byNumber = new Map<string, ResolutionGroup[]>();
  for (const g of groups) {
    const digits = g.number.replace(/\/.*/, '');
    if (digits.length < 3 || isPlausibleYear(Number(g.number))) continue;
    const list = byNumber.get(g.number) ?? [];
    list.push(g);
    byNumber.set(g.number, list);
  }
  if (byNumber.size === 0) return;
  const taken = coveredSpans(groups);
  const grown = new Set<ResolutionGroup>();
  NUMBER_TOKEN.lastIndex = 0;
  for (let m = NUMBER_TOKEN.exec(norm); m; m = NUMBER_TOKEN.exec(norm)) {
    const candidates = byNumber.get(m[0]);
    if (!candidates) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(taken, span)) continue;
    const g = candidates.find((c) => c.mentions[0].span.end <= span.start);
    if (!g) continue;
    g.mentions.push({ number: g.number, stated: null, body: g.body, year: null, span, rule: 'repeated-number', trail: [], cues: [] });
    grown.add(g);
  }
  for (const g of grown) g.mentions.sort((a, b) => a.span.start - b.span.start);
}

/** The spans of all mentions found so far, merged into disjoint intervals sorted by start. */
function coveredSpans(groups: ResolutionGroup[]): Span[] {
  const spans = groups.flatMap((g) => g.mentions.map((m) => m.span)).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** Whether `span` overlaps one of the disjoint sorted intervals (binary search). */
function overlapsAny(sorted: Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  // The last interval starting before span.end is the only one that can overlap it.
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < span.end) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last >= 0 && sorted[last].end > span.start;
}
