import { plainText, paragraphAt, remember, type Doc } from '../document.js';
import type { Entity, EntityIndex, Mention } from '../entities/model.js';
import type { MeetingFound } from '../meetings/model.js';
import { JOINT_GROUPS, JOINT_HOLDERS, REPORTING_NOUNS } from '../lexicon/cues.js';
import { wordAlternation } from '../lexicon/compile.js';
import { WordSet } from '../lexicon/phrases.js';
import { givenNames } from '../lexicon/compiled.js';
import { GROUP_COUNTS, JOINT_STATEMENT_WORDS, PERSON_GROUPS, SOURCE_PHRASES, STATE_GROUPS } from '../lexicon/positionWords.js';
import { normalizeForm, normalizeName } from '../normalize/index.js';
import { COUNTRIES } from '../lexicon/countries.js';
import type { Span } from '../types.js';
import { lowerBound, lowerBoundOf } from '../segment/search.js';
import { readSubject, subjectTokens, type SubjectPhrase } from './subject.js';
import { tokensIn, type Token, type TokenSource } from '../segment/tokens.js';
import { LETTER } from '../lexicon/wordChars.js';

/** The first word of a text (what precedes its first space): s.split(' ')[0] without the array. */
export function firstWord(s: string): string {
  const space = s.indexOf(' ');
  return space < 0 ? s : s.slice(0, space);
}

/** A word of three letters or more, letters only. */
const LETTERS_3 = new RegExp(`^${LETTER}{3,}$`, 'u');

/** A resolved holder: its canonical name (or phrase as written) and, when apart, who reported it. */
export interface Holder {
  name: string;
  via: string | null;
  /** Where the name that resolved it ends (an entity mention), when known. */
  nameEnd?: number;
  /** How it was resolved, appended to the position's rule. */
  how: 'entity' | 'phrase' | 'title' | 'joint' | 'source' | 'issuer' | 'spokesman' | 'before' | 'subject' | 'reporter';
}

/** Everything holder resolution needs about the article. */
export interface HolderContext {
  doc: Doc;
  entities: EntityIndex;
  meetings: MeetingFound[];
  /** People seen with a title before a name (fallback coreference): normalised title words → name, sorted by `at`. */
  titled: { title: string[]; name: string; at: number }[];
  /** Short forms seen so far → the full name they stand for (الغربي → كمال الغربي, الرابطة → الرابطة الوطنية للمهندسين). */
  fullNames: Map<string, string>;
  /** Where a holder whose head word (الوزارة) fullNames remembers spoke: a body named after it is nearer. */
  headAt: Map<string, number>;
  /** The article's first mention of a person or organisation: the joint holder when no meeting was found. */
  firstSide: Mention | undefined;
}

const JOINT = new WordSet(() => JOINT_HOLDERS);
const GROUPS = new WordSet(() => JOINT_GROUPS);
const REPORTERS = new WordSet(() => REPORTING_NOUNS);
// "أوردت الصحيفة نقلا عن X": X speaks. (بحسب / وفقا ل name where the report came from, not who spoke.)
const SOURCE_RE = new RegExp(`(?:^|\\s)(?:${wordAlternation(SOURCE_PHRASES)})\\s*`, 'u');
const PEOPLE = new WordSet(() => PERSON_GROUPS);
// "البيان المشترك"، "البيان الختامي": a statement of the meeting's sides.
const JOINT_STATEMENT = new RegExp(wordAlternation(JOINT_STATEMENT_WORDS), 'u');
const STATES = new WordSet(() => STATE_GROUPS);
const COUNTS = new WordSet(() => GROUP_COUNTS);

/**
 * Resolve the holder named in a subject zone [from, to) (between a cue and its complement).
 * "أكد الجانبان" → the meeting's first participant; "أوردت الصحيفة نقلا عن الوزير الغربي" →
 * الغربي via الصحيفة; an entity mention → its entity; else the fallback phrase finder. Undefined
 * when empty.
 */
export function holderOf(ctx: HolderContext, from: number, to: number, bounded: boolean): (Holder & { end: number }) | undefined {
  return holderOfTokens(ctx, subjectTokens(ctx.doc, from, to), from, to, bounded);
}

/** A subject word without a و before its article (والجانبان → الجانبان). */
function bare(w: string): string {
  return w.replace(/^و(?=ال)/, '');
}

/** True when the subject tokens name a joint holder: الجانبان، الطرفان، الزعماء الأربعة. */
export function isJointSubject(toks: Token[]): boolean {
  // only the first two words are read: no list of every word, and no replace() on the rest
  let first: string | undefined;
  let second = '';
  for (let k = 0; k < toks.length; k++) {
    if (!toks[k].word) continue;
    if (first !== undefined) {
      second = bare(toks[k].text);
      break;
    }
    first = bare(toks[k].text);
  }
  if (first === undefined) return false;
  return JOINT.has(first) || (GROUPS.has(first) && COUNTS.has(second));
}

/**
 * Resolve the holder named by the subject tokens `toks` (which lie in [from, to)), trying in turn:
 * a joint subject, a source (نقلا عن X), a statement's issuer, a spokesman for his body, a person
 * named after a title, an entity mention, and the phrase as written.
 */
export function holderOfTokens(ctx: HolderContext, toks: Token[], from: number, to: number, bounded: boolean): (Holder & { end: number }) | undefined {
  if (!toks.length) return undefined;
  from = toks[0].start;
  const first = toks[0].text;
  const end = toks[toks.length - 1].end;
  if (isJointSubject(toks)) {
    const j = jointSubject(ctx, first, from);
    if (j) return { ...j, end: bounded ? toks[0].end : end };
    // "الجانبان" with no meeting and no side named before names no one
    if (JOINT.has(bare(first))) return undefined;
  }
  // "استضافت القاهرة اجتماعا ضم الوزراء فلان وفلان وعلان. وأكد الوزراء …": a bare group word
  // right after a meeting of two or more sides in its paragraph or the one before means them
  if (GATHERED.has(bare(first)) && (toks.length === 1 || !toks[1].word || !toks[1].text.startsWith('ال'))) {
    const j = gatheredSides(ctx, from);
    if (j) return { ...j, end: toks[0].end };
  }
  const latter = latterHolder(ctx, toks, from);
  if (latter) return latter;
  const source = sourceHolder(ctx, from, end, to, bounded);
  if (source) return source;
  if (REPORTERS.has(first) || REPORTERS.has(`${first} ${toks[1]?.text ?? ''}`)) return issuerOf(ctx, from, end);
  const phrase = readSubject(toks, bounded);
  if (!phrase) return undefined;
  const spokesman = phrase.spokesFor ? spokesmanHolder(ctx, phrase, phrase.spokesFor, from) : undefined;
  if (spokesman) return spokesman;
  // "النائب الأول في البرلمان رائد الكبيسي": the title ran into "في"; a named person just after it is the holder.
  if (phrase.titleOnly && !bounded) {
    const after = namedAfterTitle(ctx, phrase.span.end, to);
    if (after) return { name: ctx.entities.entities[after.entity].name, via: null, how: 'entity', end: after.end };
  }
  return mentionHolder(ctx, phrase, end, bounded) ?? { ...phraseHolder(ctx, phrase, from), end: phrase.span.end };
}

/** Group words for the sides of a gathering just told (normalised): الوزراء، القادة، الزعماء، الرؤساء، المشاركون، المجتمعون. */
const GATHERED = new WordSet(() => ['الوزراء', 'القادة', 'الزعماء', 'الرؤساء', 'المشاركون', 'المشاركين', 'المجتمعون', 'المجتمعين']);

/** The sides of the last meeting of two or more told in the paragraph of `at` or the one before it, as a joint holder. */
function gatheredSides(ctx: HolderContext, at: number): Holder | undefined {
  const para = paragraphAt(ctx.doc, at);
  if (!para) return undefined;
  const k = ctx.doc.paragraphs.indexOf(para);
  const from = k > 0 ? ctx.doc.paragraphs[k - 1].start : para.start;
  for (let i = ctx.meetings.length - 1; i >= 0; i--) {
    const m = ctx.meetings[i];
    if (m.span.start >= at) continue;
    if (m.span.start < from) break;
    if (m.participants.length >= 2) return { name: commonName(ctx, m.participants[0]), via: null, how: 'joint' };
  }
  return undefined;
}

/** "الأخير"، "هذا الأخير" (the latter), normalised, with و or ف. */
const LATTER = /^[وف]?(?:الاخير|الاخيره)$/u;
/** How far back (characters) the one "the latter" means may be named. */
const LATTER_REACH = 400;

/**
 * "أعربت الوزيرة فلانة لنظيرها علان عن قلقها، بينما أصر الأخير على …": the latter is the person
 * named last before it (within a few sentences); undefined where the subject is no "الأخير" or no
 * person is named near enough before it. (A bare surname no entity stands for is not seen: "مع
 * كيم، فيما قال الأخير" then means the person named before كيم.)
 */
function latterHolder(ctx: HolderContext, toks: Token[], from: number): (Holder & { end: number }) | undefined {
  const words = toks.filter((t) => t.word);
  const k = words.length > 1 && /^(?:هذا|هذه)$/u.test(words[0].text) ? 1 : 0;
  if (!words[k] || !LATTER.test(words[k].text) || words.length > k + 1) return undefined;
  const m = ctx.entities.lastPersonBefore(from);
  if (!m || from - m.end > LATTER_REACH) return undefined;
  return { name: ctx.entities.entities[m.entity].name, via: null, how: 'entity', end: words[k].end };
}

/**
 * The holder of a joint subject: "الجانبان" always means the meeting's sides; "الدول الخمس" are
 * the meeting's sides only where its sides are states, and name themselves when no meeting was
 * found; "الزعماء الأربعة" with no meeting found stand for the first person named.
 */
function jointSubject(ctx: HolderContext, first: string, from: number): Holder | undefined {
  const pair = JOINT.has(bare(first));
  const states = STATES.has(bare(first)) && !ctx.meetings.some((m) => m.participants.some((id) => ctx.entities.entities[id].kind === 'country'));
  if (pair || (ctx.meetings.length && !states)) return jointHolder(ctx, from);
  return PEOPLE.has(first) ? firstPerson(ctx, from) : undefined;
}

/** "نقلا عن X": the source X holds the position; what came before it reported it. */
function sourceHolder(ctx: HolderContext, from: number, end: number, to: number, bounded: boolean): (Holder & { end: number }) | undefined {
  const { doc } = ctx;
  const src = SOURCE_RE.exec(doc.norm.slice(from, end));
  if (!src) return undefined;
  const at = from + src.index + src[0].length;
  const inner = holderOf(ctx, at, to, bounded);
  return inner && { ...inner, via: src.index > 0 ? plainText(doc, { start: from, end: from + src.index }).trim() : null, how: 'source' };
}

/**
 * "قال المتحدث باسم وزارة الزراعة هاني الزعبي": the ministry holds it; the spokesman, named after
 * his title or before it in apposition ("هاني الزعبي المتحدث باسم…"), reports it.
 */
function spokesmanHolder(ctx: HolderContext, phrase: SubjectPhrase, pf: Span, from: number): (Holder & { end: number }) | undefined {
  const { doc } = ctx;
  const principal = readSubject(subjectTokens(doc, pf.start, pf.end), false);
  const named = phrase.name.start < pf.start;
  const spokesman = named ? mentionIn(ctx, phrase.name.start, phrase.name.end) : mentionIn(ctx, pf.end, phrase.span.end);
  const via = spokesman ? ctx.entities.entities[spokesman.entity].name : named ? plainText(doc, phrase.name) : phraseHolder(ctx, phrase, from).name;
  const who = mentionIn(ctx, pf.start, pf.end);
  if (who) return { name: ctx.entities.entities[who.entity].name, via, how: 'spokesman', end: phrase.span.end };
  if (principal) return { ...phraseHolder(ctx, principal, from), via, how: 'spokesman', end: phrase.span.end };
  return undefined;
}

/**
 * The entity a subject phrase names: a mention inside its name (or anywhere in a title-only
 * subject). A name with its title after it ("كمال الغربي وزير الزراعة") is read from the name
 * alone: a description there may be linked to someone else; a title before the name may name the
 * holder. Bounded (a direct object follows): the subject ends with the mention that names it.
 */
function mentionHolder(ctx: HolderContext, phrase: SubjectPhrase, end: number, bounded: boolean): (Holder & { end: number }) | undefined {
  const appositive = phrase.title !== null && phrase.title.start > phrase.name.start;
  const mention = phrase.titleOnly
    ? mentionIn(ctx, phrase.span.start, phrase.span.end)
    : mentionIn(ctx, phrase.name.start, phrase.name.end, true) ?? (appositive || !phrase.title ? undefined : titleMention(ctx, phrase.title));
  if (!mention) return undefined;
  const e = ctx.entities.entities[mention.entity];
  return { name: e.name, via: null, how: 'entity', end: bounded ? mention.end : end, nameEnd: mention.end };
}

/**
 * "وأكد البيان…" with no issuer named: the reporting noun that opens the subject zone, as written,
 * so that the caller can give the statement to the current speaker or the meeting.
 */
export function reporterIn(ctx: HolderContext, from: number, to: number): string | undefined {
  const toks = subjectTokens(ctx.doc, from, to);
  const first = toks[0]?.text;
  if (!first || !REPORTERS.has(first)) return undefined;
  return plainText(ctx.doc, { start: toks[0].start, end: toks[0].end });
}

/**
 * The mention that names a subject within [from, to): a person named by name or alias first, then
 * any person mention (a description), then a non-nisba mention at the very start (وزارة الزراعة،
 * الأردن). "السفير الياباني" is not Japan. `namesOnly` keeps descriptions out (a name with no mention
 * stays a phrase rather than borrow a description linked elsewhere).
 */
function mentionIn(ctx: HolderContext, from: number, to: number, namesOnly = false): Mention | undefined {
  const ms = ctx.entities.mentions;
  let first: Mention | undefined;
  let description: Mention | undefined;
  for (let i = ctx.entities.mentionFrom(from); i < ms.length && ms[i].start < to; i++) {
    const m = ms[i];
    if (ctx.entities.entities[m.entity].kind === 'person') {
      if (m.type === 'name' || m.type === 'alias') return m;
      description ??= m;
      continue;
    }
    // (officials named by a nisba, "المسؤولون الأتراك", stand for their state as a side, not as a holder)
    if (!first && m.type !== 'nisba' && m.rule !== 'officials-of' && m.start - from < 2) first = m;
  }
  return (namesOnly ? undefined : description) ?? first;
}

/**
 * A description that is the whole title before a name-less or unnamed subject: "الرئيس الموريتاني"
 * in "وأعلن الرئيس الموريتاني تشكيل…" (a name inside the title, حزب التجديد, names someone else).
 */
function titleMention(ctx: HolderContext, title: Span): Mention | undefined {
  const m = ctx.entities.firstPersonIn(title.start, title.start + 2);
  return m && m.type !== 'name' && m.type !== 'alias' ? m : undefined;
}

/**
 * A person named right after a title that ran into a preposition phrase: "النائب الأول في البرلمان
 * رائد الكبيسي" → رائد الكبيسي (only ال-words after في); or set off by a comma after the title's
 * complements: "مدير المكتب في المنطقة الشرقية، فلان،" → فلان.
 */
function namedAfterTitle(ctx: HolderContext, from: number, to: number): Mention | undefined {
  const m = ctx.entities.firstPersonIn(from, to);
  if (!m || (m.type !== 'name' && m.type !== 'alias')) return undefined;
  const between = tokensIn(ctx.doc, from, m.start, 14);
  if (between.length >= 14) return undefined;
  if (between[0]?.text === 'في' && between.length < 8 && between.slice(1).every((t) => t.word && /^(?:ال|لل)/.test(t.text))) return m;
  // "نائب رئيس فرع الرابطة للدفاع عن حقوق الإنسان، فلان،"، "مدير المكتب في المنطقة الشرقية، فلان،":
  // the title's complements, then the name set off by a comma
  const last = between[between.length - 1];
  if (!last || !/^[،,]$/.test(last.text)) return undefined;
  return between.slice(0, -1).every((t) => t.word && !NOT_IN_TITLE.has(t.text)) ? m : undefined;
}

/** Words that never continue a title's complement: whom he met or spoke to comes after them. */
const NOT_IN_TITLE = new WordSet(() => ['مع', 'لدى', 'خلال', 'أثناء', 'بعد', 'قبل', 'عقب', 'لقائه', 'استقباله', 'اجتماعه', 'إن', 'أن', 'قال', 'وقال']);

/** A phrase with a definite word (ال، لل): رئيس الوزراء، مدير المكتب; not مسؤول حكومي. */
const DEFINITE = new RegExp(`(?:^|\\s)(?:ال|لل|وال)${LETTER}`, 'u');

/** The holder a subject phrase names: the name after a title, or the person last seen with that title. */
function phraseHolder(ctx: HolderContext, phrase: SubjectPhrase, before: number): Holder {
  const text = ctx.doc.norm.slice(phrase.span.start, phrase.span.end);
  // "قال مسؤول حكومي", "قادة دول المنطقة": an indefinite or plural title names no one in particular;
  // a title made definite by its complement (رئيس الوزراء الأردني، مدير المكتب) names its holder.
  if (phrase.titleOnly && ((!DEFINITE.test(text) && !phrase.placed) || phrase.group)) {
    // "قال مصدر في خفر السواحل"، "دعا نائب عن المعارضة في البرلمان": the unnamed one with where he is from
    const end = phrase.group ? phrase.span.end : whereFrom(ctx.doc, phrase.span.end);
    return { name: cleanName(plainText(ctx.doc, { start: phrase.span.start, end })), via: null, how: 'phrase' };
  }
  if (phrase.titleOnly) {
    // "قال مسؤول حكومي…" then "وتابع المسؤول": the one just quoted, not someone with that title.
    const quoted = ctx.fullNames.get(text);
    // (a phrase of several words only as rememberHead keeps it: المسؤول الحكومي after مسؤول حكومي)
    if (quoted && (!text.includes(' ') || text.startsWith('ال'))) return { name: quoted, via: null, how: 'title' };
    // a title made definite by its complement (رئيس الوزراء الأردني) names only one seen with that title
    const person = byTitle(ctx, phrase.span, before, text.startsWith('ال'));
    // (a title with its state or city and no one seen with it keeps where he serves: مندوب سوريا لدى الأمم المتحدة)
    const end = phrase.placed ? whereFrom(ctx.doc, phrase.span.end) : phrase.span.end;
    return { name: person ?? cleanName(plainText(ctx.doc, { start: phrase.span.start, end })), via: null, how: 'title' };
  }
  // "قال مصدر في خفر السواحل": an unnamed source with where he is from
  if (phrase.title === null && SOURCES.has(ctx.doc.norm.slice(phrase.name.start, phrase.name.end).split(' ')[0])) {
    return { name: cleanName(plainText(ctx.doc, { start: phrase.name.start, end: whereFrom(ctx.doc, phrase.name.end) })), via: null, how: 'phrase' };
  }
  return { name: fullName(ctx, cleanName(plainText(ctx.doc, phrase.name)), before), via: null, how: 'phrase' };
}

/** Unnamed sources (normalised) read as a subject of their own: مصدر أمني، مصادر مطلعة. */
const SOURCES: ReadonlySet<string> = new Set(['مصدر', 'مصادر']);

/** Prepositions that say where an unnamed official or source is from: في، عن، من، لدى. */
const FROM = /^(?:في|عن|من|لدي)$/u;
/** Nouns after في that open a frame of the saying, not the body he is from (في تصريح، في حديث). */
const SAYING_FRAMES = new Set(['تصريح', 'تصريحات', 'حديث', 'مقابله', 'بيان', 'اتصال', 'كلمه', 'لقاء', 'رساله', 'تغريده', 'مداخله', 'مؤتمر', 'وقت', 'الوقت', 'حين', 'اعقاب', 'اطار', 'ظل', 'حال']);
/** A definite word (normalised): ال or لل. */
const DEFINITE_WORD = /^(?:ال|لل)/u;
/** Definite words that are no part of a body's name: days, times, relative pronouns. */
const NOT_BODY = new Set(['الذي', 'التي', 'الذين', 'اليوم', 'الليله', 'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'الماضي', 'الماضيه', 'الحالي', 'الجاري', 'المقبل']);

/** Whether a token is a definite word that can be part of a body's name. */
function definite(t: Token | undefined): boolean {
  return t !== undefined && t.word && DEFINITE_WORD.test(t.text) && !NOT_BODY.has(t.text);
}
/** Particles after من that open what he said, not where he is from (من أن الوضع …). */
const PARTICLES_AFTER = new Set(['ان', 'انه', 'انها', 'بان', 'اجل', 'جهته', 'جانبه', 'جهتها', 'جانبها']);
/** How many words the body of an unnamed official may take (في خفر السواحل، عن المعارضة في مجلس العموم). */
const FROM_WORDS = 6;

/**
 * Where the complement of an unnamed official's title ends that says where he is from: "مصدر في
 * خفر السواحل"، "نائب عن المعارضة"، "مسؤول في البيت الأبيض" (a definite noun or a noun in construct
 * with one, after في، عن، من or لدى); `end` where there is none (في تصريح is a frame). Not بـ: after
 * a cue that takes it (أشاد ب…) it opens the statement.
 */
function whereFrom(doc: TokenSource, end: number): number {
  const toks = tokensIn(doc, end, Math.min(doc.norm.length, end + 120), FROM_WORDS * 2 + 2);
  let at = end;
  let i = 0;
  while (i < toks.length && toks[i].word && FROM.test(toks[i].text)) {
    let k = i + 1;
    if (!toks[k]?.word || SAYING_FRAMES.has(toks[k].text) || PARTICLES_AFTER.has(toks[k].text) || (!definite(toks[k + 1]) && !definite(toks[k]))) break;
    // a noun in construct (خفر السواحل، مجلس العموم) or a definite noun, and its definite adjectives
    k++;
    while (k < toks.length && definite(toks[k]) && k - i < FROM_WORDS) k++;
    at = toks[k - 1].end;
    i = k;
  }
  return at;
}

/** A phrase name without the quotation marks around a quoted part: صحيفة "المساء" → صحيفة المساء. */
function cleanName(name: string): string {
  return name.replace(/[«»"“”„]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A short form that stands for a name seen before: a surname (الغربي → كمال الغربي) or the head
 * of an organisation's name (الرابطة → الرابطة الوطنية للمهندسين).
 */
function fullName(ctx: HolderContext, name: string, before: number): string {
  const key = normalizeName(name);
  if (!key.includes(' ')) {
    const remembered = ctx.fullNames.get(key);
    const near = bodyByHead(ctx, key, before);
    // "وقالت وزارة الزراعة … ذكرت وزارة الخارجية الأميركية … وقالت المتحدثة باسم الوزارة": the body
    // named since the remembered holder spoke is the one meant
    if (remembered && near && (ctx.headAt.get(key) ?? Infinity) < near.at) return near.name;
    return remembered ?? near?.name ?? name;
  }
  // "المصدر المحلي" after "مصدر محلي": an indefinite holder made definite word by word
  return key.startsWith('ال') ? ctx.fullNames.get(key) ?? name : name;
}

/** How many mentions back a bare head looks for its body. */
const BODY_LOOKBACK = 300;

/**
 * "وقالت الوزارة" after "وزارة الخارجية الروسية"، "وأكدت المنظمة" after "منظمة العفو الدولية": a
 * head with the article that no holder made short is the body last named before with that head in
 * construct (an organisation of the article's entities).
 */
function bodyByHead(ctx: HolderContext, key: string, before: number): { name: string; at: number } | undefined {
  if (!key.startsWith('ال') || key.length < 5) return undefined;
  const { entities } = ctx.entities;
  const ms = ctx.entities.mentions;
  const from = ctx.entities.mentionFrom(before) - 1;
  // the nearest few hundred mentions: an adversarial run of heads must not read the whole text each
  // time; of them only the organisations' whose name opens with the head (indexes of mentions,
  // ascending), nearest first
  const orgs = organizationMentions(ctx.doc, ctx.entities).get(key.slice(2));
  if (orgs === undefined) return undefined;
  for (let k = lowerBoundOf(orgs, from + 1) - 1; k >= 0 && orgs[k] > from - BODY_LOOKBACK; k--) {
    const m = ms[orgs[k]];
    if (m.end <= before) return { name: entities[m.entity].name, at: m.start };
  }
  return undefined;
}

/**
 * The indexes (ascending) of an entity index's mentions that are of organisations, by the first
 * word of the organisation's normalised name, found once per document and index (each name
 * normalised once, not once for each bare head that looks back over it).
 */
function organizationMentions(doc: Doc, index: EntityIndex): Map<string, number[]> {
  const kept = remember(doc, 'positions/organizationMentions', () => ({ index, orgs: orgMentionsOf(index) }));
  if (kept.index !== index) [kept.index, kept.orgs] = [index, orgMentionsOf(index)];
  return kept.orgs;
}

function orgMentionsOf(index: EntityIndex): Map<string, number[]> {
  const heads = new Map<number, string>();
  const out = new Map<string, number[]>();
  for (let i = 0; i < index.mentions.length; i++) {
    const e = index.mentions[i].entity;
    if (index.entities[e].kind !== 'organization') continue;
    let head = heads.get(e);
    if (head === undefined) heads.set(e, (head = normalizeForm(index.entities[e].name).split(' ', 1)[0]));
    const list = out.get(head);
    if (list) list.push(i);
    else out.set(head, [i]);
  }
  return out;
}

/**
 * Remember a holder's name so that its surname (persons) or head word (ال-names) can refer back to it.
 * Only names of two to six words are remembered.
 */
export function rememberName(fullNames: Map<string, string>, name: string, kind: 'person' | 'group' | 'unknown'): void {
  // the words as split(' ') gives them, read off by offset (this runs for every entity and holder)
  const key = normalizeName(name);
  const first = key.indexOf(' ');
  if (first < 0) return;
  let count = 2;
  for (let p = key.indexOf(' ', first + 1); p >= 0; p = key.indexOf(' ', p + 1)) if (++count > 6) return;
  if (kind !== 'group' && count <= 4) fullNames.set(key.slice(key.lastIndexOf(' ') + 1), name);
  const head = key.slice(0, first);
  if (kind !== 'person' && head.startsWith('ال') && !fullNames.has(head)) fullNames.set(head, name);
}

/**
 * Remember an indefinite holder by its head with the article ("مسؤول حكومي" → المسؤول, "رابطة تمثل
 * عشر نقابات" → الرابطة), so that the definite head later refers back to it. The first one wins.
 */
export function rememberHead(fullNames: Map<string, string>, name: string, headAt?: Map<string, number>, at = 0): void {
  const words = normalizeName(name).split(' ');
  if (words.length < 2 || words.length > 12 || words[0].startsWith('ال') || !LETTERS_3.test(words[0])) return;
  // the head alone (المسؤول), then the head with its first adjectives made definite (المسؤول الحكومي)
  let key = 'ال' + words[0];
  if (!fullNames.has(key)) {
    fullNames.set(key, name);
    headAt?.set(key, at);
  }
  for (let k = 1; k < Math.min(words.length, 3) && !words[k].startsWith('ال') && LETTERS_3.test(words[k]); k++) {
    key += ' ال' + words[k];
    if (!fullNames.has(key)) fullNames.set(key, name);
  }
}

/** The joint holder of the meeting reported in the paragraph at `at` (or the article's first meeting). */
export function jointOf(ctx: HolderContext, at: number): Holder | undefined {
  return jointHolder(ctx, at);
}

/**
 * "أكد الجانبان": the first participant of the meeting in the same paragraph, else of the first
 * meeting; with no meeting found, the first person or organisation the article names (the sides
 * are named before they are called الجانبان).
 */
function jointHolder(ctx: HolderContext, at: number): Holder | undefined {
  const para = paragraphAt(ctx.doc, at);
  const ms = ctx.meetings;
  let m = ms[0];
  if (para) {
    const i = lowerBound(ms, para.start, (x) => x.span.start);
    if (i < ms.length && ms[i].span.start < para.end) m = ms[i];
  }
  const id = m?.participants[0];
  if (id !== undefined) return { name: commonName(ctx, id), via: null, how: 'joint' };
  if (ms.length) return undefined;
  const side = ctx.firstSide && ctx.firstSide.start < at ? ctx.firstSide : undefined;
  return side ? { name: ctx.entities.entities[side.entity].name, via: null, how: 'joint' } : undefined;
}

// "الجمهورية اللبنانية": a state's formal name made of الجمهورية and its adjective.
const FORMAL_STATE = new RegExp(`^الجمهوريه\\s+ال${LETTER}+$`, 'u');

/**
 * The name a joint holder goes by: a state's short name (لبنان) where the article calls it by its
 * formal adjective name too (الجمهورية اللبنانية), else the entity's name.
 */
function commonName(ctx: HolderContext, id: number): string {
  const e = ctx.entities.entities[id];
  if (e.kind !== 'country' || !FORMAL_STATE.test(normalizeForm(e.name))) return e.name;
  return e.aliases.find((a) => !normalizeForm(a).includes(' ')) ?? e.name;
}

/** The article's first person mention before `at`, as a joint holder ("الزعماء الأربعة" with no meeting found). */
function firstPerson(ctx: HolderContext, at: number): Holder | undefined {
  const m = ctx.entities.firstPersonIn(0, at);
  return m ? { name: ctx.entities.entities[m.entity].name, via: null, how: 'joint' } : undefined;
}

/**
 * "وتابع البيان أن…", "وذكر بيان لوزارة الزراعة أن…": the statement reports its issuer's words.
 * The issuer is named after ل / عن / صادر عن; a joint or final statement belongs to the meeting.
 */
function issuerOf(ctx: HolderContext, from: number, to: number): (Holder & { end: number }) | undefined {
  const { doc } = ctx;
  const zone = doc.norm.slice(from, to);
  const via = plainText(doc, { start: from, end: to }).trim();
  if (JOINT_STATEMENT.test(zone)) {
    const j = jointHolder(ctx, from);
    return j ? { ...j, via, end: to } : undefined;
  }
  const iss = /(?:صادر(?:ه)? عن|عن|من)\s+|\sل(?=ال|[^ا\s])/u.exec(zone);
  if (iss) {
    const at = from + iss.index + iss[0].length;
    const mention = ctx.entities.firstMentionIn(at, to);
    if (mention) return { name: ctx.entities.entities[mention.entity].name, via, how: 'issuer', end: to };
    const toks = tokensIn(doc, at, to, 12).filter((t) => t.word);
    if (!toks.length) return undefined;
    const name = plainText(doc, { start: toks[0].start, end: toks[Math.min(toks.length, 4) - 1].end });
    // "بيان للخارجية المغربية": ل + ال is written لل, the match starts at the article's ل
    const article = doc.norm[at - 1] === 'ل' && doc.norm[at] === 'ل' && toks[0].start === at;
    return { name: article ? `ا${name}` : name, via, how: 'issuer', end: to };
  }
  return undefined;
}

// How far back a title-only subject looks for the person last named with that title (keeps each lookup bounded).
const TITLE_LOOKBACK = 200;

/**
 * A title-only subject (الوزير، وزير الزراعة الأردني) → the latest person seen with a matching title:
 * every word of the subject is in that title, feminine and masculine forms alike (رئيسة الوزراء =
 * رئيس الوزراء), رئيس الحكومة = رئيس الوزراء; one country adjective outside the title (رئيس الوزراء
 * الأردني) matches where the person's country is that adjective's.
 */
function byTitle(ctx: HolderContext, span: Span, before: number, lastPerson = true): string | undefined {
  const words = titleKeys(ctx.doc.norm.slice(span.start, span.end));
  const hi = lowerBound(ctx.titled, before + 1, (t) => t.at);
  for (let i = hi - 1; i >= Math.max(0, hi - TITLE_LOOKBACK); i--) {
    const t = ctx.titled[i];
    const miss = missingKey(words, titledKeys(t));
    if (miss === true || (miss !== false && missingIsCountry(miss, countryOfName(ctx, t.name)))) return t.name;
  }
  const roled = byRole(ctx, words, before);
  if (roled || !lastPerson) return roled;
  const m = ctx.entities.lastPersonBefore(before);
  return m ? ctx.entities.entities[m.entity].name : undefined;
}

/**
 * Every subject word is in the title; or all but one country adjective, where the person's country
 * is that adjective's (رئيس الوزراء الأردني for one seen as رئيس الحكومة of Jordan).
 */
function titleMatches(words: string[], title: string[], country: () => string | null | undefined): boolean {
  const miss = missingKey(words, title);
  return miss === true || (miss !== false && missingIsCountry(miss, country()));
}

/**
 * titleMatches in two steps, for a loop over many titles (no array or closure per title): true
 * where every subject word is in the title; the one word missing where three or more words leave
 * out just one (a country adjective if it matches); else false.
 */
function missingKey(words: string[], title: string[]): string | boolean {
  let missing: string | undefined;
  for (let k = 0; k < words.length; k++) {
    if (title.includes(words[k])) continue;
    if (missing !== undefined) return false;
    missing = words[k];
  }
  if (missing === undefined) return true;
  return words.length < 3 ? false : missing;
}

/** The one word a title lacks is a country adjective of the person's country. */
function missingIsCountry(missing: string, country: string | null | undefined): boolean {
  const iso = nisbaCountry(missing);
  return iso !== undefined && iso === country;
}

/** A name that starts like one: a given name, or a word that is neither definite nor a nisba (not عسكري، التعاونية). */
function nameShaped(name: string): boolean {
  const first = firstWord(normalizeName(name));
  return givenNames.has(first) || !/^ال|ي$/u.test(first);
}

/**
 * The person last mentioned before `before` one of whose roles matches the subject's title words,
 * among the persons of the last TITLE_LOOKBACK mentions (each lookup stays bounded).
 */
function byRole(ctx: HolderContext, words: string[], before: number): string | undefined {
  const { mentions, entities } = ctx.entities;
  const seen = new Set<number>();
  for (let k = ctx.entities.mentionFrom(before) - 1, n = 0; k >= 0 && n < TITLE_LOOKBACK; k--, n++) {
    const e = entities[mentions[k].entity];
    if (e.kind !== 'person' || seen.has(e.id)) continue;
    seen.add(e.id);
    if (!e.roles.length || !nameShaped(e.name)) continue;
    if (roleKeys(e).some((keys) => titleMatches(words, keys, () => e.country))) return e.name;
  }
  return undefined;
}

// Title keys, computed once per titled entry and per entity: the lookups run for every title-only subject.
const TITLED_KEYS = new WeakMap<HolderContext['titled'][number], string[]>();
const ROLE_KEYS = new WeakMap<Entity, string[][]>();

/** The keys of a "title + name" entry's title. */
function titledKeys(t: HolderContext['titled'][number]): string[] {
  let keys = TITLED_KEYS.get(t);
  if (!keys) TITLED_KEYS.set(t, (keys = titleKeys(t.title.join(' '))));
  return keys;
}

/** The keys of each of a person's roles. */
function roleKeys(e: Entity): string[][] {
  let keys = ROLE_KEYS.get(e);
  if (!keys) ROLE_KEYS.set(e, (keys = e.roles.map((r) => titleKeys(normalizeForm(r)))));
  return keys;
}

// رئيس الحكومة (normalised) is رئيس الوزراء.
const PRIME_MINISTER = new RegExp(`(^|\\s)(${normalizeForm('رئيس')}ه?\\s+)(?:ال)?${normalizeForm('حكومة')}(?=\\s|$)`, 'gu');

/** The words a title is compared by: no article, no feminine ending, رئيس الحكومة read as رئيس الوزراء. */
function titleKeys(title: string): string[] {
  return title.replace(PRIME_MINISTER, '$1$2الوزراء').split(/\s+/).map((w) => stripAl(w).replace(/ه$/u, '')).filter(Boolean);
}

/** Country adjectives as title keys (اردني، مصري) → ISO code. */
let NISBA_KEYS: Map<string, string> | undefined;

/** The country a title key that is a country adjective names, else undefined. */
function nisbaCountry(key: string): string | undefined {
  NISBA_KEYS ??= new Map(COUNTRIES.flatMap((c) => c.nisba.map((f) => [titleKeys(normalizeForm(f))[0], c.iso] as const)));
  return NISBA_KEYS.get(key);
}

/** The country of the person entity with this name, if any. */
function countryOfName(ctx: HolderContext, name: string): string | null | undefined {
  return ctx.entities.entities.find((e) => e.kind === 'person' && e.name === name)?.country;
}

/** A title word without its article, ل + article or و + article (not والي, a title of its own); a lone comma is no word. */
function stripAl(w: string): string {
  return w.replace(/^وال(?=\S\S)|^ال|^لل/u, '').replace(/^[،,]$/, '');
}
