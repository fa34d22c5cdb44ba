/**
 * The audit's classifier: which outputs of one summary are wrong on their face (a holder that is
 * a particle, an unresolved honorific, a duplicated meeting…). Used by test/audit.mjs over a whole
 * corpus and unit-tested in test/audit/classify.test.ts. Conservative by design: each rule fires
 * only on forms from the typed lists in words.ts or on unmistakable shapes (a lone letter, a
 * number, more than eight words), because a false alarm misleads the one who reads the audit.
 */
import type { Meeting, Participant, Position, Span, Summary } from '../../src/types.js';
import { COUNTRIES } from '../../src/lexicon/countries.js';
import * as W from './words.js';

/** The classes of wrong-on-their-face outputs, with the label the report prints. */
export const CLASSES = {
  'holder.particle': 'holder is a particle or conjunction, or starts with one',
  'holder.preposition-start': 'holder starts with a preposition (على…، من…، لـ…، بالقول)',
  'holder.verb': 'holder is a verb, or starts or ends with one',
  'holder.participle': 'holder is a participle (قائلا، مضيفا), or starts or ends with one',
  'holder.adverb': 'holder is an adverb',
  'holder.pronoun': 'holder is a pronoun or pronoun-suffix form (هو، ذلك، لنا، لكنه)',
  'holder.quantifier': 'holder is a bare quantifier (أحد، بعض، عدد)',
  'holder.adjective': 'holder is a bare adjective (كبير، الأبيض)',
  'holder.abbreviation': 'holder is a single letter or abbreviation (د، م)',
  'holder.number': 'holder is a number',
  'holder.long': 'holder longer than 8 words (a clause, not a name)',
  'honorific.holder': 'unresolved honorific as holder (سموه، معاليه)',
  'honorific.participant': 'unresolved honorific as participant',
  'side.no-entity': 'meeting side that is no participant',
  'side.common-noun': 'meeting side that is a common or abstract noun (حسن الجوار)',
  'person.function-word': 'person name holding a verb, particle, pronoun or formula',
  'person.common-noun': 'person name that is a common noun (وفد…، فرع…، …الجوار)',
  'name.proclitic': 'participant name with a stray preposition (لأمم المتحدة)',
  'meeting.duplicate': 'the same encounter reported twice',
  'country.unsupported': 'person whose country is inferred, not stated or known near him',
  'country.unnamed': 'person with an inferred country the article never names',
  'negative.participants': 'participants in an article with no meeting word',
} as const;

/** The id of a class of wrong-on-its-face output. */
export type ClassId = keyof typeof CLASSES;

/** One wrong-on-its-face output of an article. */
export interface Finding {
  cls: ClassId;
  /** The word or form that triggered the class (for the per-form counts): قائلا, سموه, XX. */
  form: string;
  /** What is wrong: the holder, the participant's name, the meeting's sides. */
  name: string;
  /** Where its evidence is in the text. */
  span: Span;
  /** How to show the evidence: what leads up to a position's statement, the span with a little context, or the span itself. */
  show: 'before' | 'around' | 'span';
  /** More to read, e.g. the duplicated meeting's cue. */
  detail?: string;
}

// ---------------------------------------------------------------- folding and word sets

const FOLD = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640أإٱؤئ]/gu;
const FOLDED: Record<string, string> = { أ: 'ا', إ: 'ا', ٱ: 'ا', ؤ: 'و', ئ: 'ي' };

/**
 * The form words are compared in: harakat and tatweel removed, أ إ ٱ as ا, ؤ as و, ئ as ي. Taa
 * marbuta and alef maqsura are kept (باسمة, a name, is not باسمه; على is not علي), and so is آ
 * (آنا, Anna, is not أنا): a list form written otherwise in the text is missed, not mistaken.
 */
export function fold(s: string): string {
  return s.replace(FOLD, (ch) => FOLDED[ch] ?? '');
}

const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;

/**
 * The same, and ة as ه, ى as ي: for country and meeting words, where a looser match only makes
 * the audit more lenient (the press writes مصرية/مصريه, الى/إلى).
 */
export function foldLoose(s: string): string {
  return loosen(fold(s));
}
const loosen = (folded: string): string => folded.replace(/ة/gu, 'ه').replace(/ى/gu, 'ي');

const set = (xs: Iterable<string>): Set<string> => new Set([...xs].map(fold));
/** Forms with the conjunctions و and ف before them as well, less the excluded ones. */
function withConjunctions(xs: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const x of set(xs)) for (const c of ['', 'و', 'ف']) out.add(c + x);
  for (const x of W.EXCLUDED_FORMS) out.delete(fold(x));
  return out;
}
/** Host + pronoun suffix: له، منه، لكنه، إليه، اسمه، كلمته. */
function suffixForms(): string[] {
  const out: string[] = [];
  for (const host of W.SUFFIX_HOSTS) {
    const h = host.replace(/ى$/u, 'ي').replace(/ة$/u, 'ت');
    for (const s of W.SUFFIXES) out.push(h + s);
  }
  return out;
}

const PREP = withConjunctions([...W.PREPOSITIONS, 'ل', 'ب', 'ك']);
const PART = withConjunctions(W.PARTICLES);
const PERSONAL = withConjunctions([...W.PERSONAL_PRONOUNS, ...suffixForms()]);
const PRON = new Set([...PERSONAL, ...withConjunctions(W.PRONOUNS)]);
const VERB = withConjunctions(W.VERBS);
const NOUN_LIKE = withConjunctions(W.NOUN_LIKE_VERBS);
const PARTICIPLE = set(W.PARTICIPLES);
const ADV = withConjunctions(W.ADVERBS);
const QUANT = set(W.QUANTIFIERS);
const ADJ = set(W.ADJECTIVES);
const HONORIFIC = withConjunctions(W.HONORIFIC_PRONOUNS);
const AMBIGUOUS = set(W.AMBIGUOUS_NAME_FORMS);
const EXACT = new Map(W.EXACT_FORMS.map((f) => [fold(f), f]));
const HEAD = set(W.HEAD_NOUNS);
const ACCUSATIVE = set(W.ACCUSATIVE_ROLES);
const FORMULA = set(W.FORMULA_WORDS);
const COMMON = set(W.COMMON_NOUNS);
const ABSTRACT = set(W.ABSTRACT_NOUNS);
const ABSTRACT_FIRST = set(W.ABSTRACT_FIRST);
const ABSTRACT_PHRASES = set(W.ABSTRACT_PHRASES);
const NAME_PARTICLES = set(W.NAME_PARTICLES);
/**
 * Definite nisba forms (المصري، الأمريكية): one cannot start a person's name. Country names and
 * capitals can (إسرائيل كاتس، تشاد، فيكتوريا), so they are not here.
 */
const NISBA_FIRST = new Set(COUNTRIES.flatMap((c) => c.nisba.filter((n) => !(c.ambiguous ?? []).includes(n)).map(foldLoose)).filter((n) => n.startsWith('ال')));

/** A word of a holder or name: as written (for tatweel and tanween) and folded. */
interface Word {
  raw: string;
  w: string;
}

const SEPARATORS = /[\s\u060C\u061B\u061F,;:!?«»"“”'()[\]{}\-–—./\\|]+/u;

/**
 * The words of a holder or name: split at spaces and punctuation (a dot too: "د." is "د"). A word
 * of EXACT_FORMS written otherwise (إمام، انا) is kept apart from the lists by a folded form of its own.
 */
export function words(s: string): Word[] {
  return s
    .split(SEPARATORS)
    .map((raw) => {
      const w = fold(raw);
      const exact = EXACT.get(w);
      return { raw, w: exact === undefined || raw.replace(MARKS, '') === exact ? w : `${w}~` };
    })
    .filter((x) => x.w !== '');
}

const NUMBER = /^[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,٫٬]*[%٪]?$|^[%٪]$/u;
const LETTER = /^\p{L}$/u;
/** A clitic set off by tatweel: "لـ", "لـCNN", "بـ". */
const TATWEEL_CLITIC = /^[وف]?[لبك]ـ/u;
/** Fathatan, the accusative tanween: no name carries it (شرحاً، مفصلاً). */
const TANWEEN_FATH = /\u064B/u;

/**
 * The word carries a preposition ب or ل on a definite or institutional noun: "بالقول", "للشركة",
 * "بوزارة", "بالوفد", "لـCNN". A name starting with ب or ل (بلال، لبنان، لوران) does not match.
 * `strict` (for names) asks for an institutional noun after ب/ل or بال/لل: a transliterated
 * surname may start with بال (بالاثيو، بالوتيلي), which the loose reading of holders takes for ب+ال.
 */
export function attachedPreposition(x: Word, strict = false): boolean {
  if (TATWEEL_CLITIC.test(x.raw)) return true;
  const m = /^و?([بل])(.+)$/u.exec(x.w);
  if (!m) return false;
  const rest = m[2];
  const definite = m[1] === 'ل' && rest.startsWith('ل') ? rest.slice(1) : rest.startsWith('ال') ? rest.slice(2) : null; // لل = ل + ال
  if (HEAD.has(rest) || (definite !== null && HEAD.has(definite))) return true;
  if (strict || definite === null) return false;
  return definite.length >= 3;
}

/** Options for classifyHolder: the article's name words, which make an ambiguous form (لي، هو) a name. */
export interface HolderContext {
  /** Folded words of the article's multi-word person names (participants, aliases, holders). */
  nameWords?: ReadonlySet<string>;
}

/** A class and the word that triggered it. */
export interface Verdict {
  cls: ClassId;
  form: string;
}

/**
 * Why a position's holder cannot be a person, body, country or group noun, or null when nothing
 * on its face says so. One verdict per holder; the order of the checks decides between classes.
 */
export function classifyHolder(holder: string, ctx: HolderContext = {}): Verdict | null {
  const ws = words(holder);
  if (!ws.length) return null;
  const first = ws[0];
  const ambiguous = (w: string): boolean => AMBIGUOUS.has(w) && !!ctx.nameWords?.has(w);
  if (HONORIFIC.has(first.w)) return { cls: 'honorific.holder', form: first.raw };
  if (ws.every((x) => NUMBER.test(x.w))) return { cls: 'holder.number', form: holder };
  if (ws.length > 8) return { cls: 'holder.long', form: `${ws.length} words` };
  if (ws.length === 1) {
    const { w, raw } = first;
    if (ambiguous(w)) return null;
    if (PREP.has(w) || PART.has(w)) return { cls: 'holder.particle', form: raw };
    if (PRON.has(w)) return { cls: 'holder.pronoun', form: raw };
    if (PARTICIPLE.has(w) || (/^م/u.test(w) && TANWEEN_FATH.test(raw) && w.length >= 5)) return { cls: 'holder.participle', form: raw };
    if (VERB.has(w)) return { cls: 'holder.verb', form: raw };
    if (ADV.has(w)) return { cls: 'holder.adverb', form: raw };
    if (QUANT.has(w)) return { cls: 'holder.quantifier', form: raw };
    if (ADJ.has(w)) return { cls: 'holder.adjective', form: raw };
    if (LETTER.test(w)) return { cls: 'holder.abbreviation', form: raw };
    if (attachedPreposition(first, ctx.nameWords?.has(w))) return { cls: 'holder.preposition-start', form: raw };
    return null;
  }
  if (ws.every((x) => LETTER.test(x.w))) return { cls: 'holder.abbreviation', form: holder };
  if (!AMBIGUOUS.has(first.w)) {
    if (PREP.has(first.w) || attachedPreposition(first, ctx.nameWords?.has(first.w))) return { cls: 'holder.preposition-start', form: first.raw };
    if (PART.has(first.w)) return { cls: 'holder.particle', form: first.raw };
    if (PERSONAL.has(first.w)) return { cls: 'holder.pronoun', form: first.raw };
  }
  // a verb or participle first or last ("رأى كيري", "فقد يكون"); one inside may be a relative
  // clause of a fair holder ("دبلوماسي يتابع الأحداث")
  for (const x of [first, ws[ws.length - 1]]) {
    if (VERB.has(x.w) && !NOUN_LIKE.has(x.w)) return { cls: 'holder.verb', form: x.raw };
    if (PARTICIPLE.has(x.w)) return { cls: 'holder.participle', form: x.raw };
  }
  return null;
}

/** Why a person's name is no name: a function word or formula in it, or a common noun or place word first. */
export function classifyPersonName(name: string, ctx: HolderContext = {}): Verdict | null {
  const ws = words(name);
  if (!ws.length) return null;
  if (ws.length === 1 && HONORIFIC.has(ws[0].w)) return null; // counted as honorific.participant
  for (let k = 0; k < ws.length; k++) {
    const x = ws[k];
    if (NAME_PARTICLES.has(x.w) || (AMBIGUOUS.has(x.w) && (ws.length > 1 || ctx.nameWords?.has(x.w)))) continue;
    if (TANWEEN_FATH.test(x.raw) || ACCUSATIVE.has(x.w) || FORMULA.has(x.w) || PARTICIPLE.has(x.w)) return { cls: 'person.function-word', form: x.raw };
    if ((VERB.has(x.w) && !NOUN_LIKE.has(x.w)) || PRON.has(x.w) || HONORIFIC.has(x.w)) return { cls: 'person.function-word', form: x.raw };
    if (PREP.has(x.w) || PART.has(x.w)) return { cls: 'person.function-word', form: x.raw };
    if (k > 0 && attachedPreposition(x, true)) return { cls: 'person.function-word', form: x.raw };
  }
  if (COMMON.has(ws[0].w)) return { cls: 'person.common-noun', form: ws[0].raw };
  if (ws.length > 1 && NISBA_FIRST.has(foldLoose(ws[0].raw))) return { cls: 'person.common-noun', form: ws[0].raw };
  const last = ws[ws.length - 1];
  if (ws.length > 1 && ABSTRACT.has(last.w) && !NAME_PARTICLES.has(ws[ws.length - 2].w)) return { cls: 'person.common-noun', form: last.raw };
  return null;
}

/** A side's name is a common or abstract noun: an abstract phrase, or a body named by an abstract noun. */
export function commonNounSide(name: string, kind: Participant['kind'] | undefined): string | null {
  const f = words(name).map((x) => x.w);
  const joined = f.join(' ');
  for (const p of ABSTRACT_PHRASES) if (joined === p || joined.startsWith(p + ' ')) return p;
  if (kind === 'person') {
    if (COMMON.has(f[0])) return f[0];
    if (f.length > 1 && ABSTRACT.has(f[f.length - 1]) && !NAME_PARTICLES.has(f[f.length - 2])) return f[f.length - 1];
  } else if (ABSTRACT_FIRST.has(f[0])) return f[0];
  return null;
}

/** The name starts with a stray ب or ل (لأمم المتحدة، بالوفد الأمريكي، لوفد الحكومة). */
export function strayProclitic(name: string): string | null {
  const ws = words(name);
  return ws.length && attachedPreposition(ws[0], true) ? ws[0].raw : null;
}

// ---------------------------------------------------------------- meetings

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const subset = (a: readonly string[], b: readonly string[]): boolean => a.every((x) => b.includes(x));
const sameWords = (a: string | null, b: string | null): boolean => a !== null && b !== null && words(a).map((x) => x.w).join(' ') === words(b).map((x) => x.w).join(' ');

/**
 * Meetings that repeat an earlier one of the same article: the same set of sides, or overlapping
 * sides with the same place and the same date (both given). Overlapping means one set holds the
 * other or they share two sides: a host who receives two visitors in his office the same day
 * (sharing only himself) holds two meetings. Returns [earlier, later] index pairs, each later
 * meeting once.
 */
export function duplicateMeetings(meetings: readonly Meeting[]): [number, number][] {
  const out: [number, number][] = [];
  for (let j = 1; j < meetings.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = meetings[i];
      const b = meetings[j];
      const shared = a.participants.filter((x) => b.participants.includes(x)).length;
      const overlap = shared > 0 && (shared >= 2 || subset(a.participants, b.participants) || subset(b.participants, a.participants));
      if (sameSet(a.participants, b.participants) || (overlap && sameWords(a.location, b.location) && sameWords(a.date, b.date))) {
        out.push([i, j]);
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- countries

const countryRes = new Map<string, RegExp>();
/** Any word naming the country `iso` (name, nisba with or without ال, capital), with proclitics: للولايات المتحدة، بمصر، مصري. */
function countryRe(iso: string): RegExp | null {
  if (countryRes.has(iso)) return countryRes.get(iso)!;
  const c = COUNTRIES.find((x) => x.iso === iso);
  if (!c) return null;
  const forms = new Set<string>();
  for (const f of [...c.names, ...c.nisba, ...c.capitals].map(foldLoose)) {
    forms.add(f);
    if (f.startsWith('ال') && f.length > 4) {
      forms.add(f.slice(2)); // مصري، أمريكية
      forms.add('لل' + f.slice(2)); // للولايات المتحدة
    }
  }
  const alt = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'));
  const re = new RegExp(`(?<!\\p{L})(?:[وفبلك]{0,2})(?:${alt.join('|')})(?!\\p{L})`, 'u');
  countryRes.set(iso, re);
  return re;
}

/** How far around a mention the title phrase may reach, in words (before, after). */
const TITLE_BEFORE = 6;
const TITLE_AFTER = 4;
const SENTENCE_END = /[.!?؟\n]/u;

/** The text of up to `n` words before (or after) `at`, stopping at a sentence end. */
function wordsNear(text: string, at: number, n: number, dir: -1 | 1): string {
  const slice = dir < 0 ? text.slice(Math.max(0, at - 20 * n), at) : text.slice(at, at + 20 * n);
  const parts = dir < 0 ? slice.split(SENTENCE_END).pop()! : slice.split(SENTENCE_END)[0];
  const ws = parts.split(/\s+/u).filter(Boolean);
  return (dir < 0 ? ws.slice(-n) : ws.slice(0, n)).join(' ');
}

/** How a person's country is backed by the text. */
export type CountrySupport = 'supported' | 'unsupported' | 'unnamed' | 'unknown-iso';

/**
 * Whether a person's country is supported where he is named, by the audit's own reading: a word
 * for the country (name, nisba with or without ال, capital, ل+country) stands in one of his roles,
 * in a mention, or in the title phrase around a mention (six words before, four after, within the
 * sentence). An unsupported country the article names nowhere at all is "unnamed".
 */
export function countryInText(p: Participant, text: string, foldedText: () => string = () => foldLoose(text)): CountrySupport {
  if (!p.country) return 'supported';
  const re = countryRe(p.country);
  if (!re) return 'unknown-iso';
  for (const r of [p.role ?? '', ...p.roles]) if (re.test(foldLoose(r))) return 'supported';
  for (const m of p.mentions) {
    const phrase = `${wordsNear(text, m.start, TITLE_BEFORE, -1)} ${text.slice(m.start, m.end)} ${wordsNear(text, m.end, TITLE_AFTER, 1)}`;
    if (re.test(foldLoose(phrase))) return 'supported';
  }
  return re.test(foldedText()) ? 'unsupported' : 'unnamed';
}

/**
 * Whether a person's country is supported: where the extractor gives `affiliationSource` it
 * decides (stated and known are supported, inferred is not; an inferred country the article never
 * names is "unnamed"), else the audit's reading (countryInText).
 */
export function countrySupport(p: Participant, text: string, foldedText: () => string = () => foldLoose(text)): CountrySupport {
  if (!p.country) return 'supported';
  if (typeof p.affiliationSource !== 'string') return countryInText(p, text, foldedText);
  if (p.affiliationSource !== 'inferred') return 'supported';
  const re = countryRe(p.country);
  return !re || re.test(foldedText()) ? 'unsupported' : 'unnamed';
}

// ---------------------------------------------------------------- articles

const MEETING_RE = new RegExp(W.MEETING_STEMS.map(foldLoose).join('|'), 'u');

/** The article holds some meeting word (broadly: a stem anywhere in a word); `folded` is foldLoose(text) where known. */
export function hasMeetingWord(text: string, folded: string = foldLoose(text)): boolean {
  return MEETING_RE.test(folded);
}

/**
 * Rule names of an output item: every entry of `rules` (the registry's rule ids) as is, and its
 * `rule` field (positions' older, finer name: verb:qala/entity) marked `rule=`, so the two
 * vocabularies stay apart in the counts.
 */
export function rulesOf(item: object): string[] {
  const r = item as { rule?: unknown; rules?: unknown };
  const out: string[] = [];
  if (Array.isArray(r.rules)) for (const x of r.rules) if (typeof x === 'string') out.push(x);
  if (typeof r.rule === 'string') out.push(`rule=${r.rule}`);
  return out;
}

/** What the audit reads from one article's summary. */
export interface ArticleAudit {
  findings: Finding[];
  /** `kind: id` for every rule an output item names (positions: cue-verb, positions: rule=verb:qala/entity). */
  rules: { key: string; span: Span; name: string }[];
  negativeLike: boolean;
  /** Persons with a country by the extractor's affiliationSource and the audit's own reading (countryInText). */
  countrySources: Record<string, number>;
}

/** Every wrong-on-its-face output of one article, its rules, and whether it has no meeting word. */
export function auditArticle(summary: Summary, text: string): ArticleAudit {
  const findings: Finding[] = [];
  let foldedText: string | undefined;
  const folded = (): string => (foldedText ??= foldLoose(text));
  const byName = new Map(summary.participants.map((p) => [p.name, p]));
  const nameWords = new Set<string>();
  for (const p of summary.participants) {
    if (p.kind !== 'person') continue;
    for (const n of [p.name, ...p.aliases]) {
      const ws = words(n);
      if (ws.length > 1) for (const x of ws) nameWords.add(x.w);
    }
  }
  for (const pos of summary.positions) {
    const ws = pos.holder ? words(pos.holder) : [];
    if (ws.length > 1 && ws.length <= 8) for (const x of ws) nameWords.add(x.w);
  }
  const ctx = { nameWords };
  for (const pos of summary.positions) {
    if (!pos.holder) continue;
    const v = classifyHolder(pos.holder, ctx);
    if (v) findings.push({ ...v, name: pos.holder, span: { start: pos.start, end: pos.end }, show: 'before', detail: describePosition(pos) });
  }
  for (const p of summary.participants) {
    const span = { start: p.start, end: p.end };
    const honorific = [p.name, ...p.aliases].find((n) => HONORIFIC.has(fold(n.trim())));
    if (honorific) findings.push({ cls: 'honorific.participant', form: honorific, name: p.name, span, show: 'around' });
    const stray = strayProclitic(p.name);
    if (stray) findings.push({ cls: 'name.proclitic', form: stray, name: p.name, span, show: 'around', detail: p.kind });
    if (p.kind === 'person') {
      const v = classifyPersonName(p.name, ctx);
      if (v && !(stray && v.form === stray)) findings.push({ ...v, name: p.name, span, show: 'around' });
    }
  }
  for (const m of summary.meetings) {
    const span = { start: m.start, end: m.end };
    for (const side of m.participants) {
      const p = byName.get(side);
      if (!p) {
        findings.push({ cls: 'side.no-entity', form: side, name: side, span, show: 'span', detail: `cue ${m.cue}` });
        continue;
      }
      if (HONORIFIC.has(fold(side.trim()))) continue; // counted as honorific.participant
      const noun = commonNounSide(side, p.kind);
      if (noun) findings.push({ cls: 'side.common-noun', form: noun, name: side, span, show: 'span', detail: `${p.kind}, cue ${m.cue}` });
    }
  }
  for (const [i, j] of duplicateMeetings(summary.meetings)) {
    const a = summary.meetings[i];
    const b = summary.meetings[j];
    const same = sameSet(a.participants, b.participants);
    findings.push({
      cls: 'meeting.duplicate',
      form: same ? 'same sides' : 'overlapping sides, same place and date',
      name: b.participants.join(' + '),
      span: { start: b.start, end: b.end },
      show: 'span',
      detail: `repeats #${i + 1} (${a.cue} @${a.location ?? '—'}/${a.date ?? '—'}) as #${j + 1} (${b.cue} @${b.location ?? '—'}/${b.date ?? '—'})`,
    });
  }
  const countrySources: Record<string, number> = {};
  for (const p of summary.participants) {
    if (p.kind !== 'person' || !p.country) continue;
    const s = countrySupport(p, text, folded);
    // the extractor's word beside the audit's reading, to see where they part (stated, yet no word near him)
    const key = typeof p.affiliationSource === 'string' ? `${p.affiliationSource} (in text: ${countryInText(p, text, folded)})` : `no affiliationSource (in text: ${s})`;
    countrySources[key] = (countrySources[key] ?? 0) + 1;
    if (s === 'unsupported' || s === 'unnamed') {
      // a person with no title at all has nothing his country could have come from nearby
      const form = p.roles.length ? p.country : `${p.country}, no title`;
      const cls = s === 'unnamed' ? 'country.unnamed' : 'country.unsupported';
      findings.push({ cls, form, name: p.name, span: { start: p.start, end: p.end }, show: 'around', detail: `${p.country}; roles: ${p.roles.join(' | ') || '—'}` });
    }
  }
  const negativeLike = !hasMeetingWord(text, folded());
  if (negativeLike && summary.participants.length) {
    findings.push({ cls: 'negative.participants', form: `${summary.participants.length} participants`, name: summary.participants.map((p) => p.name).join(', '), span: { start: 0, end: Math.min(text.length, 80) }, show: 'span' });
  }
  const rules: ArticleAudit['rules'] = [];
  const kinds = [['participants', summary.participants], ['meetings', summary.meetings], ['positions', summary.positions], ['resolutions', summary.resolutions]] as const;
  for (const [kind, items] of kinds) {
    for (const item of items as readonly (object & Span)[]) {
      for (const r of rulesOf(item)) rules.push({ key: `${kind}: ${r}`, span: { start: item.start, end: item.end }, name: nameOf(item) });
    }
  }
  return { findings, rules, negativeLike, countrySources };
}

function describePosition(p: Position): string {
  return `${p.rule}${p.cue ? `, cue ${p.cue}` : ''}`;
}

function nameOf(item: object): string {
  const x = item as { holder?: unknown; name?: unknown; participants?: unknown; text?: unknown };
  if (typeof x.holder === 'string') return x.holder;
  if (typeof x.name === 'string') return x.name;
  if (Array.isArray(x.participants)) return x.participants.join(' + ');
  if (typeof x.text === 'string') return x.text;
  return '';
}
