import { origText, type Doc } from '../document.js';
import type { EntityIndex, Mention } from '../entities/model.js';
import type { MeetingFound } from '../meetings/model.js';
import { JOINT_HOLDERS, REPORTING_NOUNS } from '../lexicon/cues.js';
import { normalizeForm } from '../normalize/index.js';
import type { Span } from '../types.js';
import { readSubject, subjectTokens, type SubjectPhrase } from './subject.js';
import { tokensIn, type Token } from './tokens.js';

/** A resolved holder: its canonical name (or phrase as written) and, when apart, who reported it. */
export interface Holder {
  name: string;
  via: string | null;
  /** How it was resolved, appended to the position's rule. */
  how: 'entity' | 'phrase' | 'title' | 'joint' | 'source' | 'issuer' | 'spokesman' | 'before';
}

/** Everything holder resolution needs about the article. */
export interface HolderContext {
  doc: Doc;
  entities: EntityIndex;
  meetings: MeetingFound[];
  /** People seen with a title before a name (fallback coreference): normalised title words → name. */
  titled: { title: string[]; name: string; at: number }[];
}

const JOINT = new Set(JOINT_HOLDERS.map(normalizeForm));
const REPORTERS = new Set(REPORTING_NOUNS.map(normalizeForm));
const SOURCE_RE = /(?:^|\s)(?:نقلا عن|بحسب|وفقا ل|على لسان|علي لسان)\s*/u;

/**
 * Resolve the holder named in a subject zone [from, to) (between a cue and its complement).
 * "أكد الجانبان" → the meeting's first participant; "أوردت الصحيفة نقلا عن الغنوشي" → الغنوشي via
 * الصحيفة; an entity mention → its entity; else the fallback phrase finder. Undefined when empty.
 */
export function holderOf(ctx: HolderContext, from: number, to: number, bounded: boolean): (Holder & { end: number }) | undefined {
  return holderOfTokens(ctx, subjectTokens(ctx.doc.norm, from, to), from, to, bounded);
}

/** Resolve the holder named by the subject tokens `toks` (which lie in [from, to)). */
export function holderOfTokens(ctx: HolderContext, toks: Token[], from: number, to: number, bounded: boolean): (Holder & { end: number }) | undefined {
  const { doc } = ctx;
  if (!toks.length) return undefined;
  from = toks[0].start;
  const first = toks[0].text;
  const end = toks[toks.length - 1].end;
  if (JOINT.has(first) || JOINT.has(first.replace(/^و/, ''))) {
    const j = jointHolder(ctx, from);
    return j ? { ...j, end: bounded ? toks[0].end : end } : undefined;
  }
  // "نقلا عن X": the source X holds the position; what came before reported it.
  const zone = doc.norm.slice(from, end);
  const src = SOURCE_RE.exec(zone);
  if (src) {
    const at = from + src.index + src[0].length;
    const inner = holderOf(ctx, at, to, bounded);
    if (inner) return { ...inner, via: src.index > 0 ? origText(doc, { start: from, end: from + src.index }).trim() : null, how: 'source' };
  }
  if (REPORTERS.has(first) || REPORTERS.has(`${first} ${toks[1]?.text ?? ''}`)) return issuerOf(ctx, from, end);
  const phrase = readSubject(toks, bounded);
  if (!phrase) return undefined;
  if (phrase.spokesFor) {
    // "قال المتحدث باسم الخارجية أحمد حافظ": the ministry holds it; the spokesman reports it.
    const pf = phrase.spokesFor;
    const principal = readSubject(subjectTokens(doc.norm, pf.start, pf.end), false);
    const spokesman = mentionIn(ctx, pf.end, phrase.span.end);
    const via = spokesman ? ctx.entities.entities[spokesman.entity].name : phraseHolder(ctx, phrase, from).name;
    const who = mentionIn(ctx, pf.start, pf.end);
    if (who) return { name: ctx.entities.entities[who.entity].name, via, how: 'spokesman', end: phrase.span.end };
    if (principal) return { ...phraseHolder(ctx, principal, from), via, how: 'spokesman', end: phrase.span.end };
  }
  // An entity mention inside the subject phrase (not one in the object after it) names the holder.
  const mention = mentionIn(ctx, phrase.span.start, phrase.span.end);
  if (mention) {
    const e = ctx.entities.entities[mention.entity];
    return { name: e.name, via: null, how: 'entity', end: bounded ? Math.max(mention.end, phrase.name.start === phrase.span.start ? mention.end : phrase.span.end) : end };
  }
  return { ...phraseHolder(ctx, phrase, from), end: phrase.span.end };
}

/**
 * The mention that names the subject within [from, to): the first person mention, else a
 * non-nisba mention at the very start (وزارة الخارجية، مصر). "السفير الصيني" is not China.
 */
function mentionIn(ctx: HolderContext, from: number, to: number): Mention | undefined {
  let first: Mention | undefined;
  for (const m of ctx.entities.mentions) {
    if (m.start < from) continue;
    if (m.start >= to) break;
    if (ctx.entities.entities[m.entity].kind === 'person') return m;
    if (!first && m.type !== 'nisba' && m.start - from < 2) first = m;
  }
  return first;
}

/** The holder a subject phrase names: the name after a title, or the person last seen with that title. */
function phraseHolder(ctx: HolderContext, phrase: SubjectPhrase, before: number): Holder {
  if (phrase.titleOnly) {
    const person = byTitle(ctx, phrase.span, before);
    return { name: person ?? origText(ctx.doc, phrase.span), via: null, how: 'title' };
  }
  return { name: origText(ctx.doc, phrase.name), via: null, how: 'phrase' };
}

/** The joint holder of the meeting reported in the paragraph at `at` (or the article's first meeting). */
export function jointOf(ctx: HolderContext, at: number): Holder | undefined {
  return jointHolder(ctx, at);
}

/** "أكد الجانبان": the first participant of the meeting in the same paragraph, else of the first meeting. */
function jointHolder(ctx: HolderContext, at: number): Holder | undefined {
  const para = ctx.doc.paragraphs.find((p) => p.start <= at && at < p.end);
  const m = ctx.meetings.find((x) => para && x.span.start >= para.start && x.span.start < para.end) ?? ctx.meetings[0];
  const id = m?.participants[0];
  if (id === undefined) return undefined;
  return { name: ctx.entities.entities[id].name, via: null, how: 'joint' };
}

/**
 * "وأضاف البيان أن…", "وذكر بيان لوزارة الخارجية أن…": the statement reports its issuer's words.
 * The issuer is named after ل / عن / صادر عن; a joint or final statement belongs to the meeting.
 */
function issuerOf(ctx: HolderContext, from: number, to: number): (Holder & { end: number }) | undefined {
  const { doc } = ctx;
  const zone = doc.norm.slice(from, to);
  const via = origText(doc, { start: from, end: to }).trim();
  if (/المشترك|الختامي/.test(zone)) {
    const j = jointHolder(ctx, from);
    return j ? { ...j, via, end: to } : undefined;
  }
  const iss = /(?:صادر(?:ه)? عن|عن|من)\s+|\sل(?=ال|[^ا\s])/u.exec(zone);
  if (iss) {
    const at = from + iss.index + iss[0].length;
    const mention = ctx.entities.firstMentionIn(at, to);
    if (mention) return { name: ctx.entities.entities[mention.entity].name, via, how: 'issuer', end: to };
    const toks = tokensIn(doc.norm, at, to, 12).filter((t) => t.word);
    if (toks.length) return { name: origText(doc, { start: toks[0].start, end: toks[Math.min(toks.length, 4) - 1].end }), via, how: 'issuer', end: to };
  }
  return undefined;
}

/** A title-only subject (الوزير، وزير الخارجية السعودي) → the latest person seen with a matching title. */
function byTitle(ctx: HolderContext, span: Span, before: number): string | undefined {
  const words = ctx.doc.norm.slice(span.start, span.end).split(/\s+/).map(stripAl).filter(Boolean);
  let best: string | undefined;
  for (const t of ctx.titled) {
    if (t.at > before) break;
    const tw = t.title.map(stripAl);
    if (words.every((w) => tw.includes(w))) best = t.name;
  }
  if (best) return best;
  const m = ctx.entities.lastPersonBefore(before);
  return m ? ctx.entities.entities[m.entity].name : undefined;
}

function stripAl(w: string): string {
  return w.replace(/^وال|^ال|^لل/, '').replace(/^[،,]$/, '');
}
