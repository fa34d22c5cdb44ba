import { orig, origText, paragraphAt, sentenceAt, type Doc } from '../document.js';
import type { EntityIndex } from '../entities/model.js';
import type { MeetingFound } from '../meetings/model.js';
import type { Position } from '../types.js';
import { statementSpan, trim } from './boundary.js';
import { findComplement } from './complement.js';
import { cueOf, type CueForm } from '../lexicon/cueForms.js';
import { holderOf, holderOfTokens, isJointSubject, jointOf, rememberHead, rememberName, reporterIn, type Holder, type HolderContext } from './holder.js';
import { attributedQuotes } from './attributed-quote.js';
import { lowerBound } from '../segment/search.js';
import { isObjectHead, isPlainObject, subjectBefore, subjectTokens } from './subject.js';
import { collectTitled } from './titled.js';
import { dedupe, dropFrames, FRAME_REACH, type Found } from './dedupe.js';
import { tokensIn, type TokenSource } from '../segment/tokens.js';
import { teaserStart } from './teasers.js';
import { OUTLET_HEADS, NON_HOLDER_HEADS } from '../lexicon/cues.js';
import { normalizeForm } from '../normalize/index.js';

// How many words may stand between a cue and its complement: a verb has its subject and an
// adverbial between them ("وأكد وزير الخارجية الأردني أيمن الصفدي خلال اللقاء أن"); a participle
// or verbal noun takes its complement almost at once ("مؤكدا على", "تشديد الوزير المصري على").
const MAX_WORDS: Record<CueForm['kind'], number> = { verb: 24, participle: 3, noun: 6 };

// How far back (normalised characters) a previous speaker may be taken for a subjectless cue.
const SPEAKER_REACH = 1500;

// "، حسبما صرح…", "بحسب ما ذكرت…": the cue attributes the clause before it; it opens no claim.
const ATTRIBUTING = /(?:^|[\s،,(])(?:[وف]?حسبما|بحسب ما|حسب ما|وفقا لما|طبقا لما|علي حد ما)\s+$/u;

/** Find stated positions (reported speech and quotes) and attribute each to its holder. */
export function findPositions(doc: Doc, entities: EntityIndex, meetings: MeetingFound[]): Position[] {
  const firstSide = entities.mentions.find((m) => entities.entities[m.entity].kind !== 'country');
  const ctx: HolderContext = { doc, entities, meetings, titled: collectTitled(doc), fullNames: new Map(), firstSide };
  for (const e of entities.entities) rememberName(ctx.fullNames, e.name, e.kind === 'person' ? 'person' : 'group');
  const out: Found[] = [];
  let last: Speaker | undefined;
  const hits = doc.cues;
  const teasers = teaserStart(doc);
  for (const m of hits) {
    if (m.index >= teasers) break;
    const form = m.form;
    const pre = m.pre;
    // Only و / ف attach to a verb or participle: بحث is not ب + حث.
    if (form.kind !== 'noun' && /[بلك]/.test(pre)) continue;
    const head = doc.norm.slice(Math.max(0, m.index - 14), m.index);
    // After a preposition the word is a verbal noun, not a verb: "التأكيد على رفض أية صورة…";
    // right after an opening quote it is the quoted noun: «رفض أية صورة…».
    if (form.kind === 'verb' && !pre && (/(?:^|\s)(?:علي|الي|عن)\s+$/.test(head) || (/[«"“]\s*$/.test(head) && !isDual(m.w)))) continue;
    if (form.kind === 'verb' && ATTRIBUTING.test(head)) continue;
    // "حسبما ذكرت ذكرت مصادر": a word typed twice is one cue.
    if (head.endsWith(doc.norm.slice(m.index, m.end) + ' ') && /(?:^|\s)$/.test(head.slice(0, head.length - (m.end - m.index) - 1))) continue;
    if (form.kind === 'verb' && !pre && notAVerbHere(doc.norm, m.index, m.end, m.w)) continue;
    // "تعديلات يطالب بإدخالها", "في رقعة يؤكد لبنان أنها…": a present verb right after an
    // indefinite noun (no mention there) describes that noun; it opens no claim of its own.
    if (form.kind === 'verb' && !pre && /^[يت]/.test(m.w) && INDEFINITE_BEFORE.test(head) && !namedJustBefore(entities, m.index)) continue;
    // "X مؤسس الشركة، الذي قال إن…": a relative clause speaks for its antecedent, when that is a
    // person named just before; "القرار الذي يطالب المليشيات بـ…" reports no one.
    let relativeTo: Holder | undefined;
    if (form.kind === 'verb' && !pre && RELATIVE.test(head)) {
      const p = entities.lastPersonBefore(m.index);
      if (!p || m.index - p.end > RELATIVE_REACH || !describesOnly(doc, p.end, m.index)) continue;
      relativeTo = { name: entities.entities[p.entity].name, via: null, how: 'entity' };
    }
    // "لدعوة المبعوث…", "للتأكيد": a verbal noun governed by ل is a purpose or a reply, not a claim.
    if (form.kind === 'noun' && pre.includes('ل')) continue;
    // "في إشارة إلى الرقعة 9": "referring to", a gloss of the writer, not a claim.
    if (form.kind === 'noun' && /(?:^|\s)في\s+$/.test(head) && m.w.startsWith('اشار')) continue;
    // "إجراءات أمنية مشددة": a feminine participle right after an indefinite feminine word agrees with it as an adjective.
    if (form.kind === 'participle' && !pre && m.w.endsWith('ه') && /(?:^|\s)(?!ال)\p{L}+ه\s+$/u.test(head)) continue;
    const cueStart = m.index + pre.length;
    const cueEnd = m.end;
    const si = sentenceAt(doc, cueStart);
    const sStart = si >= 0 ? doc.sentences[si].start : 0;
    // A clause ends with its sentence, and never runs past its paragraph (a title line has no full stop).
    const limit = Math.min(si >= 0 ? doc.sentences[si].end : doc.norm.length, paragraphAt(doc, cueStart)?.end ?? doc.norm.length);
    const comp = findComplement(doc, cueEnd, limit, form.entry.complements, MAX_WORDS[form.kind]);
    // "الدعوة إلى…", "التأكيد على…": a definite verbal noun takes its particle at once ("هذه الدعوة موجهة إلى" is no call).
    // An adverbial may still come between: "تم التأكيد خلال المشاورات على…".
    if (form.kind === 'noun' && m.w.startsWith('ال') && comp && takesNoParticleAtOnce(doc, cueEnd, comp.start)) continue;
    const dual = form.kind === 'verb' && isDual(m.w);
    let holder: Holder | undefined;
    let contentStart: number;
    let opener: string | null = null;
    const objectFirst = startsWithObject(doc, cueEnd, limit);
    if (comp) {
      const zone = comp.start;
      // "وطالبا الأمم المتحدة بـ…": after a dual verb a named body is its object, not its subject.
      const skipZone = form.kind === 'participle' || objectFirst || relativeTo !== undefined || (dual && !isJointSubject(subjectTokens(doc, cueEnd, zone)));
      holder = relativeTo ?? issuerOfStatement(ctx, sStart, cueStart, cueEnd) ?? (skipZone ? undefined : holderOf(ctx, cueEnd, zone, false));
      if (!holder && !skipZone && form.kind === 'verb') {
        const reporter = reporterIn(ctx, cueEnd, zone);
        // "وأكد البيان على…" with no issuer: the current speaker's (or the meeting's) statement.
        if (reporter) holder = reporterHolder(ctx, cueStart, si, last, reporter);
      }
      // "أكد حرص بلاده على…": no subject, the object is part of what was said.
      contentStart = objectFirst ? objectFirst : comp.contentStart;
      // "وأكد مجلس الدولة ضرورة الإبقاء على…", "طالب الرئيس X الميليشيات باحترام…": an object
      // between the named subject and the particle belongs to the statement.
      const obj = holder && form.entry.complements.includes('obj') ? objectAfterSubject(doc, holder, comp.start) : 0;
      if (obj) contentStart = obj;
      if (comp.kind === 'quote') opener = quoteOpener(doc.norm, comp.start, comp.end);
    } else if (form.entry.complements.includes('obj') && form.kind !== 'noun') {
      // "أدانت مصر الهجوم": the object follows a bounded subject; "مؤكدا دعم بلاده": no subject.
      if (objectFirst) contentStart = objectFirst;
      else if (form.kind === 'participle' || dual) contentStart = dual ? cueEnd : cueEnd;
      else if (relativeTo) {
        holder = relativeTo;
        contentStart = cueEnd;
      } else if (form.kind === 'verb') {
        holder = holderOf(ctx, cueEnd, limit, true);
        if (!holder) continue;
        contentStart = objectStart(doc, cueEnd, (holder as Holder & { end: number }).end, limit);
      } else continue;
    } else if (form.kind === 'participle') {
      // "مستنكرا بشدة العملية…", "قائلا طهران…": a participle's object is what was said.
      contentStart = cueEnd;
    } else continue;
    const rule = `${form.kind}:${form.entry.id}`;
    if (!holder && form.kind === 'verb' && BUT_HE.test(head)) {
      // "وصوت المجلس في ليبيا لصالح…، لكنه أعلن…": the pronoun is the sentence's subject.
      const subject = firstSubjectIn(ctx, sStart, cueStart);
      if (subject) holder = subject;
    }
    if (!holder && form.kind === 'verb' && !pre) {
      // "إن الوزير شكري أكد على…", "وكانت الوزارة قد أعلنت أن…": the subject came first.
      const before = subjectBefore(doc, sStart, cueStart);
      if (before.length) {
        const h = holderOfTokens(ctx, before, before[0].start, cueStart, false);
        if (h) holder = { ...h, how: 'before' };
      }
    }
    if (!holder && dual) {
      // "وأكدا على…" (dual, no subject): the two sides of the meeting.
      const j = jointOf(ctx, cueStart);
      if (j) holder = j;
    }
    if (!holder && form.kind === 'noun' && /^ال/.test(m.w)) {
      // "…، مع التأكيد على…": a bare verbal noun continues the speaker of its sentence;
      // "شهد اللقاء التأكيد على…": with no speaker there, it is the meeting's joint view.
      if (last && last.sentence === si) holder = last.holder;
      else if (meetings.length) holder = jointOf(ctx, cueStart);
    }
    if (!holder && form.kind === 'participle' && !(last && last.sentence === si)) {
      // "وتناول الوزير X خلال اللقاء…، مؤكدا على…": the subject of the sentence speaks.
      // "استقبل الملك X رئيس الوزراء Y، الذي يزور…، معلنا…": after a relative clause, its antecedent.
      const from = Math.max(sStart, cueStart - RELATIVE_WINDOW);
      const rel = lastRelative(doc.norm, from, cueStart);
      const near = rel >= 0 ? entities.lastPersonBefore(rel) : undefined;
      const p = near && near.start >= sStart && rel - near.end <= RELATIVE_REACH ? near : entities.firstPersonIn(sStart, cueStart);
      // "ووجهت متحدثة باسم الوزارة انتقادات…، قائلة…": a spokesman's description speaks for the body.
      const spokes = p && p.type !== 'name' && p.type !== 'alias' ? holderOf(ctx, p.start, cueStart, true) : undefined;
      if (spokes && spokes.how === 'spokesman') holder = { ...spokes, via: entities.entities[p!.entity].name };
      else if (p) holder = { name: entities.entities[p.entity].name, via: null, how: 'subject' };
    }
    if (!holder) {
      // No subject: a continuation (وأضاف أن…), a participle (مؤكدا على…) or a possessive noun (تأكيده على).
      // A person named inside the last statement is what was said, not a new speaker ("أعلن X دعم بلاده لجهود المبعوث… وأضاف").
      let p = form.kind === 'verb' ? entities.lastPersonBefore(cueStart) : undefined;
      if (p && last && p.start >= last.span.start && p.end <= last.span.end && !/^[\s،,]*$/.test(doc.norm.slice(p.end, m.index))) p = undefined;
      // "X يلتقي Y ويؤكد…": a verb joined by و shares the subject of its sentence's first verb.
      if (p && /[وف]/.test(pre) && p.start >= sStart && !(last && last.sentence === si)) p = entities.firstPersonIn(sStart, cueStart) ?? p;
      if (p && (!last || p.start > last.at)) holder = { name: entities.entities[p.entity].name, via: null, how: 'entity' };
      else if (last && cueStart - last.at < SPEAKER_REACH) holder = last.holder;
    }
    if (!holder) continue;
    // "…قرار يدين النظام السوري⏎": a bounded subject that ends its line leaves nothing to state.
    if (contentStart >= limit) continue;
    const stmt = statementSpan(doc, contentStart, opener, hits);
    if (stmt.end <= stmt.start || tokensIn(doc, stmt.start, stmt.end, 8).filter((t) => t.word).length < 2) continue;
    if (reportsDiscussion(doc, stmt.start, stmt.end)) continue;
    // "رفضت الدول القرار الأمريكي": a decision or an agreement states nothing.
    if ((holder.how === 'phrase' || holder.how === 'title') && NON_HOLDERS.has(normalizeForm(holder.name).split(' ')[0])) continue;
    last = { holder, at: cueStart, sentence: si, span: stmt };
    if (holder.how === 'phrase' || holder.how === 'entity') rememberName(ctx.fullNames, holder.name, 'unknown');
    if (holder.how === 'phrase' || holder.how === 'issuer') rememberHead(ctx.fullNames, holder.name);
    // An outlet's report ("أوردت جريدة الخبر أن…", then "وأضافت أن…") is news, not a position: it
    // stays the current speaker so that its continuations are left out too.
    if (isOutlet(holder.name)) continue;
    const o = orig(doc, stmt);
    const p: Position = {
      holder: holder.name,
      statement: doc.text.slice(o.start, o.end),
      cue: origText(doc, { start: cueStart, end: cueEnd }),
      stance: form.entry.stance,
      quote: stmt.quote,
      via: holder.via,
      start: o.start,
      end: o.end,
      rule: `${rule}/${holder.how}`,
      rules: [`cue-${form.kind}`, `holder-${holder.how}`],
    };
    out.push({ p, cueAt: orig(doc, { start: cueStart, end: cueEnd }).start, span: stmt, cue: cueStart });
  }
  out.push(...attributedQuotes(doc, entities, out).filter((f) => f.cue < teasers));
  return dedupe(dropFrames(splitAtInnerCues(doc, dropReported(out))));
}

// Words that may stand between a definite verbal noun and its particle: "التأكيد خلال اللقاء على".
const NOUN_ADVERBIALS = new Set(['خلال', 'في', 'اثناء', 'عقب', 'مجددا', 'ايضا', 'كذلك', 'بشده', 'مره', 'اليوم', 'امس']);

/** True when a word other than an adverbial stands between a definite verbal noun and its particle. */
function takesNoParticleAtOnce(doc: TokenSource, cueEnd: number, particle: number): boolean {
  const first = tokensIn(doc, cueEnd, particle, 2).find((t) => t.word);
  return first !== undefined && !NOUN_ADVERBIALS.has(first.text);
}

// An indefinite feminine or plural noun just before a word: "تعديلات ", "رقعة ".
const INDEFINITE_BEFORE = /(?:^|\s)(?!ال)\p{L}{2,}(?:ات|ه)\s+$/u;

/** True when a mention starts, or a person's name ends, in the few characters before `at`. */
function namedJustBefore(entities: EntityIndex, at: number): boolean {
  const p = entities.lastPersonBefore(at);
  return entities.firstMentionIn(at - 12, at) !== undefined || (p !== undefined && at - p.end <= 2);
}

/** The current speaker: who spoke last, at which cue, in which sentence, and the statement made. */
interface Speaker {
  holder: Holder;
  at: number;
  sentence: number;
  span: { start: number; end: number };
}

const OUTLETS = OUTLET_HEADS.map(normalizeForm);
const NON_HOLDERS = new Set(NON_HOLDER_HEADS.map(normalizeForm));

/** True when a holder's name is a news outlet's (جريدة الخبر، وكالة الأنباء السعودية). */
function isOutlet(name: string): boolean {
  const n = normalizeForm(name);
  return OUTLETS.some((o) => n === o || n.startsWith(o + ' '));
}

// "…، لكنه أعلن…", "إلا أنها دعت…": a pronoun subject standing for the sentence's first subject.
const BUT_HE = /(?:^|\s)(?:لكنه|لكنها|ولكنه|ولكنها|الا انه|الا انها)\s+$/u;

/** The first person or organisation named in a sentence before `to` (not a country's adjective). */
function firstSubjectIn(ctx: HolderContext, from: number, to: number): Holder | undefined {
  const ms = ctx.entities.mentions;
  for (let i = ctx.entities.mentionFrom(from); i < ms.length && ms[i].start < to; i++) {
    const e = ctx.entities.entities[ms[i].entity];
    if (e.kind !== 'country' && ms[i].type !== 'nisba') return { name: e.name, via: null, how: 'subject' };
  }
  return undefined;
}

// "وأصدرت جماعة … بيانا قالت فيه إن…": the statement's issuer is the subject of أصدر.
const ISSUED = /(?:^|\s)[وف]?(?:اصدرت|اصدر|نشرت|نشر|وزعت|وزع)\s+(?<who>(?:[^\s.،,]+\s+){1,12}?)(?:بيانا|بيان|رساله)\s+$/u;

/**
 * "أصدرت جماعة تمثل 13 فصيلا بيانا قالت فيه…": a cue followed by فيه / فيها right after a
 * statement noun speaks for whoever issued the statement, written out as the article has it.
 */
function issuerOfStatement(ctx: HolderContext, sStart: number, cueStart: number, cueEnd: number): Holder | undefined {
  const { doc } = ctx;
  if (!/^\s+(?:فيه|فيها)(?![\p{L}\p{N}])/u.test(doc.norm.slice(cueEnd, cueEnd + 8))) return undefined;
  const before = doc.norm.slice(Math.max(sStart, cueStart - 200), cueStart);
  const m = ISSUED.exec(before);
  if (!m?.groups) return undefined;
  const at = cueStart - before.length + m.index + m[0].indexOf(m.groups.who);
  const words = tokensIn(doc, at, at + m.groups.who.length, 16).filter((t) => t.word && !DAY_WORDS.has(t.text));
  if (!words.length) return undefined;
  const mention = ctx.entities.firstMentionIn(words[0].start, words[0].end);
  if (mention && mention.end >= words[words.length - 1].end) return { name: ctx.entities.entities[mention.entity].name, via: null, how: 'issuer' };
  return { name: origText(doc, { start: words[0].start, end: words[words.length - 1].end }), via: null, how: 'issuer' };
}

// Day words that may stand between أصدر and its subject ("وأصدرت الاثنين جماعة…").
const DAY_WORDS = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'اليوم', 'امس', 'مساء', 'صباح']);

// Relative pronouns: a cue right after one is a relative clause ("التي أعلن عنها", "الذي يطالب…").
// How far back a participle looks for a relative pronoun in its sentence (keeps each look bounded).
const RELATIVE_WINDOW = 300;

/** The start of the last relative pronoun (الذي، التي…) in [from, to), or -1. */
function lastRelative(norm: string, from: number, to: number): number {
  let at = -1;
  for (const m of norm.slice(from, to).matchAll(/(?<![\p{L}\p{N}])(?:الذي|التي|الذين)(?![\p{L}\p{N}])/gu)) at = from + m.index;
  return at;
}

// How near (normalised characters) a person must be named before a relative pronoun to be its antecedent.
const RELATIVE_REACH = 90;
// "الدول التي لم تعترف بعد…": a negation may stand between the pronoun and its verb.
const RELATIVE = /(?:^|\s)(?:التي|الذي|الذين|اللتين|اللذين)\s+(?:(?:لم|لا|لن)\s+)?$/u;

/**
 * Spellings a verb shares with a noun, told apart by their neighbours: "أو رفض دخولهم" (a verbal
 * noun after أو), "رفض وقلق" (coordinated with a noun), "من الرئيس طلبا بـ…" (a dual form that is
 * an accusative noun: a dual verb opens its clause), "التي أعلن عنها" (a relative clause).
 */
function notAVerbHere(norm: string, start: number, end: number, w: string): boolean {
  const before = norm.slice(Math.max(0, start - 12), start);
  if (/(?:^|\s)او\s+$/.test(before)) return true;
  const next = /^\s+و(\p{L}+)/u.exec(norm.slice(end, end + 30));
  if (next && isObjectHead(next[1]) && !cueOf('و' + next[1])) return true;
  if (isDual(w) && /\p{L}\s+$/u.test(before) && !/(?:^|\s)(?:ان|انهما|بان|فان|قد|كما|ثم)\s+$/u.test(before) && !/(?:ان|ين)\s+$/u.test(before)) return true;
  return false;
}

// How many later cues of the same holder are looked at inside one statement (keeps the pass linear).
const INNER_LOOKS = 16;
// Words left dangling before a cut: "… لكنه | قال إن…", "… كما | أكد…".
const DANGLING = /(?:\s|^)(?:لكنه|لكنها|لكنهم|كما|ثم|حيث|فيما)\s*$/u;

/**
 * One position per cue: a reported statement that runs over a later cue of the same holder
 * ("…، كما أكدا سعيهما…", "… لكنه قال إنها…") ends where that cue starts, since the later cue
 * makes its own position. Quotations keep their words whole.
 */
function splitAtInnerCues(doc: Doc, found: Found[]): Found[] {
  const byCue = [...found].sort((a, b) => a.cue - b.cue);
  const out: Found[] = [];
  for (const f of found) {
    if (f.p.quote) { out.push(f); continue; }
    let cut = f.span.end;
    for (let i = lowerBound(byCue, f.span.start + 1, (x) => x.cue), n = 0; i < byCue.length && byCue[i].cue < cut && n < INNER_LOOKS; i++, n++) {
      // "مضيفا أن القرار … يكشف عن…": an inner cue whose subject opens the statement makes it a
      // frame (dropFrames keeps the inner one), not a statement to cut.
      const frame = byCue[i].p.rule.endsWith('/before') && byCue[i].cue - f.span.start < FRAME_REACH;
      if (byCue[i] !== f && byCue[i].p.holder === f.p.holder && !frame) cut = byCue[i].cue;
    }
    if (cut === f.span.end) { out.push(f); continue; }
    let end = cut;
    const dangling = DANGLING.exec(doc.norm.slice(Math.max(f.span.start, cut - 12), cut));
    if (dangling) end = cut - dangling[0].length;
    const span = trim(doc.norm, f.span.start, end);
    if (tokensIn(doc, span.start, span.end, 3).filter((t) => t.word).length < 2) continue;
    const o = orig(doc, span);
    out.push({ ...f, span, p: { ...f.p, statement: doc.text.slice(o.start, o.end), start: o.start, end: o.end } });
  }
  return out;
}

// Verbs of discussion (a meeting's agenda, not a stance): بحث، ناقش، تناول، استعرض، تطرق (+ dual).
const DISCUSSED = /^(?:[وف]?(?:بحث|ناقش|تناول|استعرض|تطرق|تباحث)(?:ا|ت|تا|وا)?)$/u;

/**
 * "أوضح المتحدث أن الجانبين بحثا خلال الاتصال العلاقات…": a statement that only says what a
 * meeting discussed (a discussion verb among its first words) is an agenda, not a position.
 */
function reportsDiscussion(doc: TokenSource, start: number, end: number): boolean {
  const words = tokensIn(doc, start, end, 8).filter((t) => t.word).map((t) => t.text);
  return MEETING_SUBJECTS.has(words[0] === 'ان' ? words[1] : words[0]) && words.slice(0, 6).some((w) => DISCUSSED.test(w));
}

// What a discussion verb has for subject when it reports a meeting's agenda.
const MEETING_SUBJECTS = new Set(['الجانبين', 'الجانبان', 'الطرفين', 'الطرفان', 'اللقاء', 'الاتصال', 'المحادثات', 'المباحثات', 'الاجتماع', 'القمه', 'الوزيرين', 'الرييسين']);

// Words that show a clause between a name and a relative pronoun: the pronoun's antecedent is then not the name.
const CLAUSE_WORDS = new Set(['من', 'في', 'علي', 'الي', 'عن', 'مع', 'ان', 'بان', 'قد', 'لا', 'لم']);

/**
 * True when only a description stands between a name and a relative pronoun ("X مؤسس شركة
 * النقل (…)، الذي"): no preposition, particle or number, so the name is the antecedent.
 */
function describesOnly(doc: TokenSource, from: number, to: number): boolean {
  return tokensIn(doc, from, to, 16).every((t) => (t.word ? !CLAUSE_WORDS.has(t.text) && !/\p{N}/u.test(t.text) : /[،,()«»"]/.test(t.text)) || /^(?:الذي|التي|الذين)$/.test(t.text));
}

// "…بحسب ما أعلنته الحركة في بيان لها": a statement named with its issuer, who is the verb's subject.
const STATEMENT_ISSUED = /(?:^|\s)[وف]?(?:اعلنته|اعلنت|اعلن|اعلنه|ذكرته|ذكرت|ذكر|اكدته|اكدت|اكد)\s+(?<who>(?:[^\s.،,]+\s+){1,5}?)في\s+بيان\s+(?:لها|له)(?![\p{L}\p{N}])/gu;
// How far back (normalised characters) a statement named with its issuer is looked for.
const ISSUER_REACH = 600;

/** The latest "أعلنته X في بيان لها" before `at`: X (resolved as a subject) and where it was named. */
function issuerNamedBefore(ctx: HolderContext, at: number): { holder: Holder; at: number } | undefined {
  const from = Math.max(0, at - ISSUER_REACH);
  let found: { holder: Holder; at: number } | undefined;
  for (const m of ctx.doc.norm.slice(from, at).matchAll(STATEMENT_ISSUED)) {
    const start = from + m.index + m[0].indexOf(m.groups!.who);
    const h = holderOf(ctx, start, start + m.groups!.who.trimEnd().length, false);
    if (h) found = { holder: { name: h.name, via: null, how: h.how }, at: start };
  }
  return found;
}

/** "وأكد البيان…" without an issuer: the speaker of this or the last sentences, else the meeting's sides. */
function reporterHolder(ctx: HolderContext, at: number, si: number, last: Speaker | undefined, reporter: string): Holder | undefined {
  const issuer = issuerNamedBefore(ctx, at);
  if (issuer && (!last || issuer.at > last.at)) return { ...issuer.holder, via: reporter, how: 'reporter' };
  if (last && at - last.at < SPEAKER_REACH) return { ...last.holder, via: reporter, how: 'reporter' };
  const j = ctx.meetings.length ? jointOf(ctx, at) : undefined;
  return j ? { ...j, via: reporter, how: 'reporter' } : undefined;
}

/**
 * A spokesman's or statement's report that holds another cue ("قال المتحدث إن الوزير أكد…") is
 * not a position of its own: the inner one is.
 */
function dropReported(found: Found[]): Found[] {
  const starts = found.map((f) => f.p.start).sort((a, b) => a - b);
  return found.filter(({ p }) => !(p.rule.endsWith('/spokesman') || p.rule.endsWith('/issuer')) || !startsWithin(starts, p.start + 1, p.end));
}

/** True when some value of the sorted array lies in [from, to). */
function startsWithin(sorted: number[], from: number, to: number): boolean {
  const lo = lowerBound(sorted, from, (x) => x);
  return lo < sorted.length && sorted[lo] < to;
}

/** A dual verb form: أكدا، أكدتا، يؤكدان (its stem is itself a cue). */
function isDual(w: string): boolean {
  const stem = /^(.+?)(?:تا|ان|ا)$/.exec(w)?.[1];
  return stem !== undefined && cueOf(stem)?.kind === 'verb';
}

/**
 * The start of a direct object standing between a subject and its complement particle, or 0: a
 * listed object head (ضرورة، دعم…) after the subject phrase, or any plain word right after a named
 * entity (not an adverbial, a particle, a conjoined ونظيره or a title).
 */
function objectAfterSubject(doc: TokenSource, holder: Holder & { end?: number }, compStart: number): number {
  const at = holder.nameEnd ?? holder.end;
  if (at === undefined) return 0;
  const [t] = tokensIn(doc, at, compStart, 1);
  if (!t || !t.word) return 0;
  if (isObjectHead(t.text)) return t.start;
  if (holder.nameEnd === undefined || /^[وف]/.test(t.text) || !isPlainObject(t.text)) return 0;
  return t.start;
}

// Words between a subject and its object that belong to neither: "نفت الهيئة، الأحد، ما تداولته…".
const BETWEEN = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'اليوم', 'امس', 'مساء', 'صباح', 'ايضا', 'مجددا', 'بدوره', 'بدورها', 'كذلك', 'بشده']);

/**
 * Where the object of a direct-object cue starts after its subject ends at `at`: past commas and
 * day words ("، الأحد،"), and past the other members of "كل من X و«Y»" (the subject names them all).
 */
function objectStart(doc: TokenSource, cueEnd: number, at: number, limit: number): number {
  const norm = doc.norm;
  const toks = tokensIn(doc, at, limit, 24);
  let i = 0;
  if (/^\s*كل من\s/.test(norm.slice(cueEnd, cueEnd + 12))) {
    // Skip "و«Y»" / "وY" members up to the comma that closes the subject.
    const comma = toks.findIndex((t) => t.text === '،' || t.text === ',');
    if (comma > 0 && toks.slice(0, comma).some((t) => t.word && t.text.startsWith('و'))) i = comma;
  }
  while (i < toks.length && (!toks[i].word ? /[،,]/.test(toks[i].text) : BETWEEN.has(toks[i].text))) i++;
  return i < toks.length ? toks[i].start : at;
}

/**
 * The start of the first word after `at` when it opens an object (ضرورة، التزامه…) or is a
 * definite verbal noun cue ("جدد التأكيد على…": the noun is what was renewed), else 0.
 */
function startsWithObject(doc: TokenSource, at: number, limit: number): number {
  const t = tokensIn(doc, at, limit, 1)[0];
  return t && t.word && (isObjectHead(t.text) || (t.text.startsWith('ال') && cueOf(t.text)?.kind === 'noun')) ? t.start : 0;
}

/** The opening quotation mark at a quote complement (": «" or "«"), if any. */
function quoteOpener(norm: string, start: number, end: number): string | null {
  const s = norm.slice(start, end);
  const q = /[«“"„]/.exec(s);
  return q ? q[0] : null;
}
