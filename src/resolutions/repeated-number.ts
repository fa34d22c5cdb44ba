import type { ResolutionGroup } from './merge-mentions.js';
import { overlaps } from './merge-mentions.js';
import { isPlausibleYear } from './numbers.js';

/**
 * A resolution's number standing alone after the resolution was cited: "… قرار مجلس الأمن 2254 …
 * وطالب بتنفيذ 2254". Only numbers of three digits or more that cannot be read as a year, and only
 * after the first citation; the mention is added to that resolution's group.
 */
export function addRepeatedNumbers(norm: string, groups: ResolutionGroup[]): void {
  const taken = groups.flatMap((g) => g.mentions.map((m) => m.span));
  for (const g of groups) {
    const digits = g.number.replace(/\/.*/, '');
    if (digits.length < 3 || isPlausibleYear(Number(g.number))) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}/.,٫])${g.number.replace('/', '\\/')}(?![\\p{L}\\p{N}/]|[.,٫]\\d)`, 'gu');
    const first = g.mentions[0].span.end;
    for (const m of norm.matchAll(re)) {
      const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
      if (span.start < first || taken.some((t) => overlaps(t, span))) continue;
      g.mentions.push({ number: g.number, stated: null, body: g.body, year: null, span, rule: 'repeated-number', cues: [] });
      taken.push(span);
    }
    g.mentions.sort((a, b) => a.span.start - b.span.start);
  }
}
