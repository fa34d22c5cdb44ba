import type { Doc } from '../document.js';
import type { EntityIndex } from '../entities/model.js';
import { tokenize, tokenAt, type Token } from '../segment/tokens.js';
import { MEETING_CUES, type MeetingCue } from '../lexicon/meetingCues.js';
import { PhraseMatcher } from '../entities/phraseMatcher.js';
import type { MeetingFound } from './model.js';
import { findDate } from './when.js';
import { findPlace } from './where.js';

const cues = new PhraseMatcher<MeetingCue>(MEETING_CUES.flatMap((c) => c.forms.map((f) => [f, c] as const)));
/** Attribution words: what follows them names who reports, not who met (حسبما صرح المتحدث). */
/** Words before a body's name that make it a side of the meeting. */
const SIDE_BEFORE = /(?:وفد|وفدا|ممثلي|ممثلين عن|قيادات|قياده|قاده|مسوولي|مسوولين)(?: من| عن)?\s*[وبل]?$/u;
const ATTRIBUTION = /(?:حسبما|بحسب|وفق|وفقا|نقلا عن|طبقا|كما قال|حسب)(?![\p{L}])/gu;

/**
 * Find the meetings, calls and visits the article reports: one per sentence holding a meeting cue
 * and at least two named sides (people, or a body beside a person); place and date from the same
 * sentence. Spokesmen and those named only in an attribution clause are not participants.
 */
export function findMeetings(doc: Doc, index: EntityIndex): MeetingFound[] {
  const tokens = tokenize(doc.norm);
  const out: MeetingFound[] = [];
  const roleTokens = new Set<number>();
  for (const m of index.mentions) for (let i = tokenAt(tokens, m.start); i < tokens.length && tokens[i].start < m.end; i++) roleTokens.add(i);
  for (const s of doc.sentences) {
    const from = tokenAt(tokens, s.start);
    const to = tokenAt(tokens, s.end);
    const hit = firstCue(tokens, from, to, doc.norm, s);
    if (!hit) continue;
    const attributionAt = attribution(doc.norm, s.start, s.end);
    const ids: number[] = [];
    for (let k = firstMentionFrom(index, s.start); k < index.mentions.length && index.mentions[k].start < s.end; k++) {
      const m = index.mentions[k];
      if (m.start >= attributionAt) break;
      const e = index.entities[m.entity];
      if (e.kind === 'person' && e.roleKind === 'spokesman') continue;
      if (e.kind !== 'person' && e.kind !== 'organization') continue;
      // a body is a side only where the article says so: "وفد من حركة حماس", "التقى … قيادات الحوثيين"
      if (e.kind === 'organization' && !SIDE_BEFORE.test(doc.norm.slice(Math.max(s.start, m.start - 16), m.start))) continue;
      if (!ids.includes(e.id)) ids.push(e.id);
    }
    const people = ids.filter((id) => index.entities[id].kind === 'person');
    if (people.length < 1 || ids.length < 2) continue;
    if (hit.cue.weak && !/(?<![\p{L}])مع(?![\p{L}])/u.test(doc.norm.slice(s.start, s.end)) && people.length < 2) continue;
    const place = findPlace(tokens, from, to, (i) => roleTokens.has(i));
    const date = findDate(doc.norm, s);
    const after = ids.filter((id) => index.entities[id].mentions.some((m) => m.start >= hit.start && m.start < s.end));
    if (out.length > 5000) break; // a pathological input: enough meetings to report
    out.push({
      participants: ids,
      host: hit.cue.host && after.length ? after[0] : null,
      kind: hit.cue.kind,
      cue: { start: hit.start, end: hit.end },
      location: place,
      date: date?.span ?? null,
      isoDate: date?.iso ?? null,
      span: { start: s.start, end: s.end },
      rule: 'cue-sentence:' + hit.cue.id,
    });
  }
  return mergeSame(out);
}

/** Index of the first mention starting at or after `pos` (mentions are sorted by start). */
function firstMentionFrom(index: EntityIndex, pos: number): number {
  let lo = 0;
  let hi = index.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstCue(tokens: Token[], from: number, to: number, _norm: string, _s: { start: number; end: number }) {
  let weak: { start: number; end: number; cue: MeetingCue } | undefined;
  for (let i = from; i < to; i++) {
    const c = cues.match(tokens, i);
    if (!c || !['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب'].includes(c.pre)) continue;
    if (!c.value.weak) return { start: c.start, end: c.end, cue: c.value };
    weak ??= { start: c.start, end: c.end, cue: c.value };
  }
  return weak;
}

function attribution(norm: string, start: number, end: number): number {
  // Search a slice, not norm from `start`: a sentence without an attribution word would otherwise
  // scan on to the end of the article, making many sentences quadratic. The margin lets a match
  // that starts inside the sentence end, and its lookahead see, past it, as before.
  ATTRIBUTION.lastIndex = 0;
  const m = ATTRIBUTION.exec(norm.slice(start, end + 16));
  return m && m.index < end - start ? start + m.index : end;
}

/** Meetings of the same participants reported in several sentences become one (place/date kept from the first that has them). */
function mergeSame(ms: MeetingFound[]): MeetingFound[] {
  const out: MeetingFound[] = [];
  for (const m of ms) {
    const key = [...m.participants].sort().join(',');
    const same = out.find((x) => [...x.participants].sort().join(',') === key);
    if (!same) {
      out.push(m);
      continue;
    }
    same.location ??= m.location;
    if (!same.date) {
      same.date = m.date;
      same.isoDate = m.isoDate;
    }
  }
  return out;
}
