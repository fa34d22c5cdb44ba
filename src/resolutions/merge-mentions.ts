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
  // Per number: its groups, and the furthest end of a mention kept for it. Mentions come sorted by
  // start, so a new one overlaps a kept one exactly when it starts before that furthest end.
  const byNumber = new Map<string, { groups: ResolutionGroup[]; end: number }>();
  for (const m of sorted) {
    const entry = byNumber.get(m.number) ?? { groups: [], end: -1 };
    byNumber.set(m.number, entry);
    if (m.span.start < entry.end) continue;
    entry.end = m.span.end;
    const same = entry.groups;
    const g = same.find((x) => x.body === m.body) ?? same.find((x) => x.body === null || m.body === null);
    if (!g) {
      const created: ResolutionGroup = { body: m.body, number: m.number, year: m.year, mentions: [m] };
      groups.push(created);
      same.push(created);
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
