import type { ResolutionBody, Span } from '../types.js';
import type { ResolutionMention } from './model.js';

/** One cited resolution with all its mentions, in normalised coordinates. */
export interface ResolutionGroup {
  body: ResolutionBody | null;
  number: string;
  /** The first year the text gives for it, else null. */
  year: number | null;
  /** Mentions in text order; the first is the one shown. */
  mentions: ResolutionMention[];
}

/**
 * Merge mentions of the same resolution: same number, and the same body or one of the two without
 * a body ("القرار 2414" after "قرار مجلس الأمن رقم 2414"). A mention that overlaps one already kept
 * for the same number is the same mention found by two rules: the first rule's span is kept.
 * Different bodies with one number stay apart.
 */
export function mergeMentions(mentions: ResolutionMention[]): ResolutionGroup[] {
  const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const groups: ResolutionGroup[] = [];
  for (const m of sorted) {
    const same = groups.filter((g) => g.number === m.number);
    if (same.some((g) => g.mentions.some((k) => overlaps(k.span, m.span)))) continue;
    const g = same.find((x) => x.body === m.body) ?? same.find((x) => x.body === null || m.body === null);
    if (!g) {
      groups.push({ body: m.body, number: m.number, year: m.year, mentions: [m] });
      continue;
    }
    g.body ??= m.body;
    g.year ??= m.year;
    g.mentions.push(m);
  }
  return groups;
}

/** Whether two spans share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
