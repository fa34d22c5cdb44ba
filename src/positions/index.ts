import { orig, origText, sentenceAt, type Doc } from '../document.js';
import type { EntityIndex } from '../entities/model.js';
import type { MeetingFound } from '../meetings/model.js';
import type { Position } from '../types.js';
import { statementSpan } from './boundary.js';
import { findComplement } from './complement.js';
import { CUE_RE, cueOf, type CueForm } from './cue-forms.js';
import { holderOf, holderOfTokens, jointOf, type Holder, type HolderContext } from './holder.js';
import { isObjectHead, subjectBefore } from './subject.js';
import { collectTitled } from './titled.js';
import { dedupe } from './dedupe.js';
import { tokensIn } from './tokens.js';

// How many words may stand between a cue and its complement: a verb has its subject and an
// adverbial between them ("وأكد وزير الخارجية الأردني أيمن الصفدي خلال اللقاء أن"); a participle
// or verbal noun takes its complement almost at once ("مؤكدا على", "تشديد الوزير المصري على").
const MAX_WORDS: Record<CueForm['kind'], number> = { verb: 24, participle: 3, noun: 6 };

/** Find stated positions (reported speech and quotes) and attribute each to its holder. */
export function findPositions(doc: Doc, entities: EntityIndex, meetings: MeetingFound[]): Position[] {
  const ctx: HolderContext = { doc, entities, meetings, titled: collectTitled(doc) };
  const out: Position[] = [];
  let last: { holder: Holder; at: number } | undefined;
  const re = new RegExp(CUE_RE.source, 'gu');
  for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm)) {
    const form = cueOf(m.groups!.w);
    if (!form) continue;
    // Only و / ف attach to a verb or participle: بحث is not ب + حث.
    if (form.kind !== 'noun' && /[بلك]/.test(m.groups!.pre)) continue;
    // After a preposition the word is a verbal noun, not a verb: "التأكيد على رفض أية صورة…".
    if (form.kind === 'verb' && !m.groups!.pre && /(?:^|\s)(?:علي|الي|عن)\s+$/.test(doc.norm.slice(Math.max(0, m.index - 5), m.index))) continue;
    const cueStart = m.index + m.groups!.pre.length;
    const cueEnd = m.index + m[0].length;
    const si = sentenceAt(doc, cueStart);
    const limit = si >= 0 ? doc.sentences[si].end : doc.norm.length;
    const comp = findComplement(doc.norm, cueEnd, limit, form.entry.complements, MAX_WORDS[form.kind]);
    let holder: Holder | undefined;
    let contentStart: number;
    let opener: string | null = null;
    const objectFirst = startsWithObject(doc.norm, cueEnd, limit);
    if (comp) {
      holder = form.kind === 'participle' || objectFirst ? undefined : holderOf(ctx, cueEnd, comp.start, false);
      // "أكد حرص بلاده على…": no subject, the object is part of what was said.
      contentStart = objectFirst ? objectFirst : comp.contentStart;
      if (comp.kind === 'quote') opener = quoteOpener(doc.norm, comp.start, comp.end);
    } else if (form.entry.complements.includes('obj') && form.kind !== 'noun') {
      // "أدانت مصر الهجوم": the object follows a bounded subject; "مؤكدا دعم بلاده": no subject.
      if (objectFirst) contentStart = objectFirst;
      else if (form.kind === 'participle') contentStart = cueEnd;
      else if (form.kind === 'verb') {
        holder = holderOf(ctx, cueEnd, limit, true);
        if (!holder) continue;
        contentStart = (holder as Holder & { end: number }).end;
      } else continue;
    } else if (form.kind === 'participle') {
      // "مستنكرا بشدة العملية…", "قائلا طهران…": a participle's object is what was said.
      contentStart = cueEnd;
    } else continue;
    const rule = `${form.kind}:${form.entry.id}`;
    if (!holder && form.kind === 'verb' && !m.groups!.pre) {
      // "إن الوزير شكري أكد على…": the subject came first.
      const sStart = si >= 0 ? doc.sentences[si].start : 0;
      const before = subjectBefore(doc.norm, sStart, cueStart);
      if (before.length) {
        const h = holderOfTokens(ctx, before, before[0].start, cueStart, false);
        if (h) holder = { ...h, how: 'before' };
      }
    }
    if (!holder && form.kind === 'verb' && isDual(m.groups!.w) && meetings.length) {
      // "وأكدا على…" (dual, no subject): the two sides of the meeting.
      const j = jointOf(ctx, cueStart);
      if (j) holder = j;
    }
    if (!holder && form.kind === 'noun' && /^ال/.test(m.groups!.w) && meetings.length) {
      // "شهد اللقاء التأكيد على…": a bare verbal noun in a meeting report is the meeting's joint view.
      const j = jointOf(ctx, cueStart);
      if (j) holder = j;
    }
    if (!holder) {
      // No subject: a continuation (وأضاف أن…), a participle (مؤكدا على…) or a possessive noun (تأكيده على).
      const p = form.kind === 'verb' ? entities.lastPersonBefore(cueStart) : undefined;
      if (p && (!last || p.start > last.at)) holder = { name: entities.entities[p.entity].name, via: null, how: 'entity' };
      else if (last && cueStart - last.at < 1500) holder = last.holder;
    }
    if (!holder) continue;
    const stmt = statementSpan(doc, contentStart, opener);
    if (stmt.end <= stmt.start || tokensIn(doc.norm, stmt.start, stmt.end, 3).filter((t) => t.word).length < 2) continue;
    last = { holder, at: cueStart };
    const o = orig(doc, stmt);
    out.push({
      holder: holder.name,
      statement: doc.text.slice(o.start, o.end),
      cue: origText(doc, { start: cueStart, end: cueEnd }),
      stance: form.entry.stance,
      quote: stmt.quote,
      via: holder.via,
      start: o.start,
      end: o.end,
      rule: `${rule}/${holder.how}`,
    });
  }
  return dedupe(dropReported(out));
}

/**
 * A spokesman's or statement's report that holds another cue ("قال المتحدث إن الوزير أكد…") is
 * not a position of its own: the inner one is.
 */
function dropReported(positions: Position[]): Position[] {
  const starts = positions.map((p) => p.start).sort((a, b) => a - b);
  return positions.filter((p) => !(p.rule.endsWith('/spokesman') || p.rule.endsWith('/issuer')) || !startsWithin(starts, p.start + 1, p.end));
}

/** True when some value of the sorted array lies in [from, to). */
function startsWithin(sorted: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < to;
}

/** A dual verb form: أكدا، أكدتا، يؤكدان (its stem is itself a cue). */
function isDual(w: string): boolean {
  const stem = /^(.+?)(?:تا|ان|ا)$/.exec(w)?.[1];
  return stem !== undefined && cueOf(stem)?.kind === 'verb';
}

/** The start of the first word after `at` when it opens an object (ضرورة، التزامه…), else 0. */
function startsWithObject(norm: string, at: number, limit: number): number {
  const t = tokensIn(norm, at, limit, 1)[0];
  return t && t.word && isObjectHead(t.text) ? t.start : 0;
}

/** The opening quotation mark at a quote complement (": «" or "«"), if any. */
function quoteOpener(norm: string, start: number, end: number): string | null {
  const s = norm.slice(start, end);
  const q = /[«“"„]/.exec(s);
  return q ? q[0] : null;
}
