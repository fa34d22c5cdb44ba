import { CUES, type CueEntry, type CueFormKind, type CueGate } from './cues.js';
import { normalizeForm } from '../normalize/index.js';
import type { Token } from '../segment/tokens.js';
import { LateFilter, packedValue, WordSet, type WordLookup } from './phrases.js';
import { THANKS_INTENSIFIERS, THANKS_LETTER_NOUNS, THANKS_LETTERS, THANKS_NOUNS } from './positionWords.js';

/**
 * Reporting cue forms: every inflected form of the cue lexicon (cues.ts) with the entry it
 * inflects, and the cue words of a document found over its tokens. Shared by positions and
 * meetings (both ask whether a word is a reporting cue).
 */

/** A reporting cue form, with the entry it inflects and how it stands in its clause. */
export interface CueForm {
  entry: CueEntry;
  kind: CueFormKind;
}

// Regular inflection of the stems (written forms; normalisation happens below).
// Past: أكد → أكدت، أكدوا، أكدا، أكدتا. Present: يؤكد → تؤكد، يؤكدون، يؤكدان، تؤكدان.
// Participle: مشير → مشيرا، مشيرة، مشيرين، مشيرون، مشيران (the bare stem is left out: مؤكد = "certain").
// Verbal noun: تأكيد → التأكيد، تأكيده، تأكيدها، تأكيدهم، تأكيدهما; إشارة → إشارته.
const PAST = ['', 'ت', 'وا', 'ا', 'تا'];
const PRESENT = ['', 'ون', 'ان'];
const PARTICIPLE = ['ا', 'ة', 'ين', 'ون', 'ان', 'تين'];
const POSSESSIVE = ['ه', 'ها', 'هم', 'هما'];

/** Every written form of a cue entry with its kind. */
export function inflect(entry: CueEntry): [string, CueFormKind][] {
  const out: [string, CueFormKind][] = [];
  for (const p of entry.past) for (const s of PAST) out.push([p + s, 'verb']);
  for (const p of entry.present) {
    const fem = p.startsWith('ي') ? 'ت' + p.slice(1) : p;
    for (const s of PRESENT) out.push([p + s, 'verb'], [fem + s, 'verb']);
  }
  for (const p of entry.participle) for (const s of PARTICIPLE) out.push([p + s, 'participle']);
  for (const n of entry.nouns) {
    out.push([n, 'noun'], ['ال' + n, 'noun']);
    const stem = n.endsWith('ة') ? n.slice(0, -1) + 'ت' : n;
    for (const s of POSSESSIVE) out.push([stem + s, 'noun']);
  }
  for (const [kind, forms] of Object.entries(entry.forms ?? {}) as [CueFormKind, string[]][]) for (const f of forms) out.push([f, kind]);
  return out;
}

/** A cue form as findCueHits tries it at a word: the normalised form and its words. */
interface FirstForm {
  form: string;
  words: string[];
}

/** The compiled forms, asked one by one: what a form is a cue of, and what forms start with a word. */
interface Compiled {
  /** The cue of a normalised form (the first entry that has it), else undefined. */
  form(n: string): CueForm | undefined;
  /** The forms whose first word is `word`, longest first (then in code-unit order), else undefined. */
  first(word: string): readonly FirstForm[] | undefined;
  /** Every first word (see cueFirstWords), and whether one is too short to be a clitic form. */
  firsts(): { words: WordLookup; short: boolean };
}
let compiled: Compiled | undefined;

function compile(): Compiled {
  return (compiled ??= fromPacked(packedValue('cueForms')) ?? fromSources());
}

/** The forms made from the entries: every inflection of every entry, normalised. */
function fromSources(): Compiled {
  const byForm = new Map<string, CueForm>();
  for (const entry of CUES)
    for (const [f, kind] of inflect(entry)) {
      const n = normalizeForm(f);
      if (n && !byForm.has(n)) byForm.set(n, { entry, kind });
    }
  const byFirst = new Map<string, FirstForm[]>();
  for (const form of byForm.keys()) {
    const words = form.split(' ');
    const list = byFirst.get(words[0]);
    if (list) list.push({ form, words });
    else byFirst.set(words[0], [{ form, words }]);
  }
  for (const list of byFirst.values()) list.sort(byMatchOrder);
  const filter = new LateFilter(() => byForm.keys());
  let firsts: { words: WordLookup; short: boolean } | undefined;
  return {
    form: (n) => (filter.mayHave(n) ? byForm.get(n) : undefined),
    first: (word) => byFirst.get(word),
    firsts: () => (firsts ??= { words: new Set(byFirst.keys()), short: [...byFirst.keys()].some(isShortFirst) }),
  };
}

/** A first word too short to be among a word's clitic forms: one letter, or ال + at most one letter after ل. */
function isShortFirst(w: string): boolean {
  return w.length < 2 || (w.startsWith('ال') && w.length <= 3);
}

/** The kinds of form, numbered as packed (PackedCues.forms). */
const KINDS: readonly CueFormKind[] = ['verb', 'participle', 'noun'];

/**
 * The compiled forms as the build packs them with the phrase tables (packedValue('cueForms')):
 * JSON objects that a run reads by key, making a form's cue or a word's list on first sight, so
 * that a cold start neither inflects and normalises the entries' thousand-odd forms nor builds
 * their maps and sets (some 4-6 ms of a one-article run).
 */
interface PackedCues {
  /** How many entries they were made from (CUES.length): tables of other entries are not read. */
  entries: number;
  /** Normalised form → the number of its entry among CUES times KINDS.length, plus its kind's, in the order fromSources meets them. */
  forms: Record<string, number>;
  /** First word → its forms, longest first (then in code-unit order). */
  firsts: Record<string, string[]>;
  /** Whether some first word is too short to be a clitic form (isShortFirst). */
  short: boolean;
}

/** The compiled forms packed by the build (cueTable), made from the entries fromSources reads. */
export function cueTable(): PackedCues {
  const made = fromSources();
  const forms: [string, number][] = [];
  for (const entry of CUES) {
    for (const [f] of inflect(entry)) {
      const n = normalizeForm(f);
      const cue = n ? made.form(n) : undefined;
      if (cue && !forms.some(([g]) => g === n)) forms.push([n, CUES.indexOf(cue.entry) * KINDS.length + KINDS.indexOf(cue.kind)]);
    }
  }
  const { words, short } = made.firsts();
  return {
    entries: CUES.length,
    forms: Object.fromEntries(forms),
    firsts: Object.fromEntries([...words].map((w) => [w, made.first(w)!.map((f) => f.form)])),
    short,
  };
}

/** The compiled forms read from what the build packed, or undefined where it packed none (or from other entries). */
function fromPacked(value: unknown): Compiled | undefined {
  const packed = value as PackedCues | undefined;
  if (!packed || packed.entries !== CUES.length) return undefined;
  const { forms, firsts } = packed;
  const cues = new Map<string, CueForm>();
  const lists = new Map<string, FirstForm[]>();
  const words: WordLookup = { has: (w) => Object.hasOwn(firsts, w), [Symbol.iterator]: () => Object.keys(firsts)[Symbol.iterator]() };
  return {
    form(n) {
      let cue = cues.get(n);
      if (cue === undefined && Object.hasOwn(forms, n)) {
        const code = forms[n];
        cues.set(n, (cue = { entry: CUES[Math.floor(code / KINDS.length)], kind: KINDS[code % KINDS.length] }));
      }
      return cue;
    },
    first(word) {
      let list = lists.get(word);
      if (list === undefined && Object.hasOwn(firsts, word)) lists.set(word, (list = firsts[word].map((form) => ({ form, words: form.split(' ') }))));
      return list;
    },
    firsts: () => ({ words, short: packed.short }),
  };
}

/** The order in which forms are tried at a word: the longest first, then in code-unit order. */
function byMatchOrder(a: { form: string }, b: { form: string }): number {
  return b.form.length - a.form.length || (a.form < b.form ? -1 : 1);
}

/**
 * The cue a matched (normalised) word is a form of, undoing the ل + ال contraction (لتاكيد →
 * التاكيد). A gated verb (رفع، قدم: a cue only before its complement) is none unless `gated`.
 */
export function cueOf(word: string, gated = false): CueForm | undefined {
  const cues = compile();
  // (most words asked about are one word: no replace)
  const n = word.includes(' ') ? word.replace(/ +/g, ' ') : word;
  let found = cues.form(n);
  if (found === undefined && n.charCodeAt(0) === 0x644) found = cues.form('ا' + n); // ل
  return found !== undefined && found.entry.gate !== undefined && !gated ? undefined : found;
}

const THANKS = new WordSet(() => THANKS_NOUNS);
const INTENSIFIERS = new WordSet(() => THANKS_INTENSIFIERS);
const LETTERS = new WordSet(() => THANKS_LETTERS);
const LETTER_NOUNS = new WordSet(() => THANKS_LETTER_NOUNS);
/** How many words a gated cue's subject and adverbials may take before its phrase of thanks. */
const THANKS_REACH = 14;
/** What ends the search for the phrase: the sentence's end, a colon, أن / إن. */
const THANKS_STOP = new Set(['.', '!', '?', '؟', '\n', ':', 'ان', 'انه', 'انها', 'بان']);

/**
 * Where a phrase of thanks, congratulation or condolence opens at word `i` (normalised offset,
 * after a ب: تقدم بالشكر → الشكر), else -1: a noun of thanks (الشكر، تهانيه، التحية), after words
 * that praise it (أخلص التهاني، كل الشكر، أسمى آيات التهاني), or a letter of thanks (رسالة شكر).
 */
export function thanksAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const w = t.text.charCodeAt(0) === 0x628 && t.text.length > 3 ? t.text.slice(1) : t.text; // ب
  const start = t.start + t.text.length - w.length;
  if (THANKS.has(w)) return start;
  let k = i + 1;
  if (INTENSIFIERS.has(w)) {
    while (k < i + 3 && tokens[k]?.word && INTENSIFIERS.has(tokens[k].text)) k++;
    return tokens[k]?.word && THANKS.has(tokens[k].text) ? start : -1;
  }
  return LETTERS.has(w) && tokens[k]?.word && LETTER_NOUNS.has(tokens[k].text) ? start : -1;
}

/** How many words a gated cue's subject (and what stands between) may take before its frame opens. */
const GATE_REACH: Readonly<Record<CueGate, number>> = {
  thanks: THANKS_REACH,
  // the outlet, before عن
  source: 10,
  // the source's name and titles, between commas, before فإن
  according: 16,
  // the subject and the one blamed, before مسؤولية
  blame: 12,
};
/** مسؤولية with or without the article or a suffix (normalised): the blame a حمّل lays. */
const RESPONSIBILITY = /^(?:ال)?مسووليه$|^مسووليت(?:ه|ها|هم|هما)$/u;
/** فإن and its suffixed forms (normalised): what opens the words of the source after بحسب. */
const FAINNA = new Set(['فان', 'فانه', 'فانها', 'فانهم', 'فانهما']);

/** Whether word k opens a gated cue's frame: a phrase of thanks, the عن before a source, مسؤولية, فإن. */
function opensFrame(gate: CueGate, tokens: readonly Token[], k: number): boolean {
  switch (gate) {
    case 'thanks': return thanksAt(tokens, k) >= 0;
    case 'source': return tokens[k].text === 'عن';
    case 'blame': return RESPONSIBILITY.test(tokens[k].text);
    case 'according': return FAINNA.has(tokens[k].text);
  }
}

/**
 * The word index at which the frame of a gated cue at word `i` opens, searching from word `from`
 * within its clause (commas allowed: "وجهت فلانة، زوجة الرئيس، رسالة شكر"، "ونقلت وسائل إعلام،
 * السبت، عن …"), else -1 (see opensFrame). An `according` cue (بحسب) must also open its sentence.
 */
function gateOpensAt(gate: CueGate, norm: string, tokens: readonly Token[], i: number, from: number): number {
  if (gate === 'according' && !opensSentence(norm, tokens[i].start)) return -1;
  const reach = GATE_REACH[gate];
  for (let k = from, words = 0; k < tokens.length && words <= reach; k++) {
    const t = tokens[k];
    if (THANKS_STOP.has(t.text)) return -1;
    if (!t.word) continue;
    words++;
    if (opensFrame(gate, tokens, k)) return k;
    // another cue, gated or not, opens its own clause ("وتقدم المسرحيات، مقدما شكره…")
    if (gate === 'thanks' && (cueOf(t.text, true) !== undefined || (startsWithConjunction(t.text) && cueOf(t.text.slice(1), true) !== undefined))) return -1;
  }
  return -1;
}

/** Whether a word starts with و or ف (/^[وف]/.test(word), by code unit: asked of most words of a clause). */
export function startsWithConjunction(word: string): boolean {
  const c = word.charCodeAt(0);
  return c === 0x648 || c === 0x641;
}

/** The cue a word is a form of, with a conjunction (و، ف) on it or not: وأضاف، فأكد. */
export function cueOfWord(word: string): CueForm | undefined {
  return cueOf(word) ?? (startsWithConjunction(word) ? cueOf(word.slice(1)) : undefined);
}

/** One cue word found in the article (normalised offsets): its proclitics, the word, and its form. */
export interface CueHit {
  /** Start of the whole match, proclitics included. */
  index: number;
  /** The index of its (first) word among the document's words (Doc.tokens): the word that starts at `index`. */
  i: number;
  pre: string;
  w: string;
  /** End of the match. */
  end: number;
  form: CueForm;
}

/**
 * How many letters of proclitics a cue may carry at the start of `word`, longest first ([وف]?[بلك]?
 * read greedily, then given back): bit 2 set for two letters, bit 1 for one; none is always tried.
 * A bit set, not a list: this runs at every word of every article.
 */
function procliticLengths(word: string): number {
  const c0 = word[0];
  const c1 = word[1];
  if (c0 === 'و' || c0 === 'ف') return c1 === 'ب' || c1 === 'ل' || c1 === 'ك' ? 6 : 2;
  return c0 === 'ب' || c0 === 'ل' || c0 === 'ك' ? 2 : 0;
}

/**
 * The first words of every cue form: a document's pass over its lexicons looks them up with the
 * phrase lexicons' first words (scanLexicons), so that findCueHits need visit only the words
 * noted there. Undefined where some first word is too short to be among a word's clitic forms (one
 * letter, or ال + at most one letter after ل): then every word must be visited.
 */
export function cueFirstWords(): WordLookup | undefined {
  const { words, short } = compile().firsts();
  return short ? undefined : words;
}

/**
 * Every cue word of the document's words, in order. At each word the proclitics are tried longest
 * first and, for each, the forms longest first; a form's words must follow joined by spaces. A form
 * with the article also matches after ل, which swallows its alef (للتأكيد = ل + التأكيد).
 * `at` (ascending token indices), where given, are the only words that can start a cue: those with
 * a clitic form among cueFirstWords(), as scanLexicons notes them.
 */
export function findCueHits(norm: string, tokens: readonly Token[], at?: readonly number[]): CueHit[] {
  const cues = compile();
  const out: CueHit[] = [];
  let from = 0;
  const count = at ? at.length : tokens.length;
  for (let j = 0; j < count; j++) {
    const i = at ? at[j] : j;
    const t = tokens[i];
    if (t.start < from) continue;
    const text = t.text;
    const lengths = procliticLengths(text);
    // the word's clitic forms (filled by the lexicon pass) hold the strings looked up below: no new
    // string per word; without them, each is sliced
    const forms = t.forms ?? [text];
    // a word that is itself a form (بقوله) is that form, not a proclitic on a shorter one (ب + قوله)
    const whole = lengths !== 0 && cues.first(text)?.some((c) => follows(tokens, i, c.words));
    for (let len = whole ? 0 : 2; len >= 0; len--) {
      if (len > 0 && (lengths & (1 << len)) === 0) continue;
      if (len >= text.length) continue;
      const rest = len === 0 ? text : formAfter(forms, text, len);
      let cands = cues.first(rest);
      if (len > 0 && text.charCodeAt(len - 1) === LAM && rest.charCodeAt(0) === LAM) {
        const elided = cues.first(elidedAfter(forms, text, len))?.filter((c) => c.form.startsWith('ال'));
        if (elided?.length) cands = [...(cands ?? []), ...elided].sort(byMatchOrder);
      }
      const hit = cands?.find((c) => follows(tokens, i, c.words));
      if (!hit) continue;
      const end = tokens[i + hit.words.length - 1].end;
      // a cue of one word is the word with its proclitics peeled: `rest`, a string the word's forms
      // hold already (no copy per cue kept for the whole article)
      const w = hit.words.length === 1 ? rest : norm.slice(t.start + len, end);
      const form = cueOf(w, true);
      // a gated verb is a cue only before its frame (رفع، قدم، وجه: a phrase of thanks; نقل: عن and a source)
      const gate = form?.entry.gate;
      if (form && (gate === undefined || gateOpensAt(gate, norm, tokens, i, i + hit.words.length) >= 0)) out.push({ index: t.start, i, pre: len === 1 ? oneLetter(text.charCodeAt(0)) : text.slice(0, len), w, end, form });
      from = end;
      break;
    }
  }
  return out;
}

/**
 * The hits whose original spelling is another word's: an entry's homographs (إبان "during", which
 * normalises to أبان "made clear"), read in the original text by `original(start, end)` of a hit's
 * normalised span. Most articles have none: the hits are returned as they are.
 */
export function dropHomographs(hits: CueHit[], original: (start: number, end: number) => string): CueHit[] {
  if (!hits.some((h) => h.form.entry.homographs)) return hits;
  return hits.filter((h) => {
    const other = h.form.entry.homographs;
    if (!other) return true;
    const written = original(h.index, h.end);
    return !other.some((w) => written.endsWith(w));
  });
}

/** Whether offset `at` opens a sentence or line: nothing but spaces between it and the text's start or a full stop, line break, ! or ؟ before it. */
function opensSentence(norm: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = norm[k];
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return c === '.' || c === '\n' || c === '!' || c === '?' || c === '؟';
  }
  return true;
}

const LAM = 0x644;
const ALEF = 0x627;

/** Strings of one code unit, made once each: a cue's proclitic (و، ف، ب، ل) is one of a few letters. */
const ONE_LETTER = new Map<number, string>();

/** The string of one code unit `c`, the same string each time. */
function oneLetter(c: number): string {
  let s = ONE_LETTER.get(c);
  if (s === undefined) ONE_LETTER.set(c, (s = String.fromCharCode(c)));
  return s;
}

/**
 * text.slice(len), taken from the word's clitic forms where they hold it: the form of that length
 * that starts with text[len] (the ل + ال form of one letter more peeled starts with ا, and exists
 * only where text[len] is ل).
 */
function formAfter(forms: readonly string[], text: string, len: number): string {
  const n = text.length - len;
  const c = text.charCodeAt(len);
  for (let k = 1; k < forms.length; k++) if (forms[k].length === n && forms[k].charCodeAt(0) === c) return forms[k];
  return text.slice(len);
}

/** 'ا' + text.slice(len) (ل swallowed the alef of ال), from the word's clitic forms where they hold it. */
function elidedAfter(forms: readonly string[], text: string, len: number): string {
  const n = text.length - len + 1;
  for (let k = 1; k < forms.length; k++) if (forms[k].length === n && forms[k].charCodeAt(0) === ALEF && forms[k].charCodeAt(1) === LAM) return forms[k];
  return 'ا' + text.slice(len);
}

/** The words after the first of a form follow token i, joined by spaces only. */
function follows(tokens: readonly Token[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || !t.joined || t.text !== words[k]) return false;
  }
  return true;
}
