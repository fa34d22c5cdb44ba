import type { CueComplement } from '../lexicon/cues.js';
import { cueOfWord, startsWithConjunction, thanksAt } from '../lexicon/cueForms.js';
import { formIndex } from '../lexicon/compile.js';
import { WordSet } from '../lexicon/phrases.js';
import { BODY_HEADS_WITH_LAM, COMPLEMENT_PARTICLES, MEDIA_BEFORE_QUOTE, NOT_BI_OBJECTS, PLACE_HEADS_BEFORE_QUOTE } from '../lexicon/positionWords.js';
import { QUOTE_PAIRS, tokensIn, type Token, type TokenSource } from '../segment/tokens.js';
import { nameAfterTitlePlace } from './subject.js';
import { isSuffixedObjectHead } from '../lexicon/compiled.js';
import { orig, type Doc } from '../document.js';
import { LETTER_OR_DIGIT } from '../lexicon/wordChars.js';

/** One letter or digit. */
const LETTER_OR_DIGIT_RE = new RegExp(LETTER_OR_DIGIT, 'u');

/** Where a cue's statement begins: the particle (أن، على، إلى…) and the first word after it. */
export interface Complement {
  kind: CueComplement;
  /** The particle or mark (normalised offsets). */
  start: number;
  end: number;
  /** Where the content starts: after أن / على / إلى / عن / من / the colon; at the ب- word; inside a quote. */
  contentStart: number;
  /** Index of the particle among the tokens scanned (how far from the cue it is). */
  distance: number;
}

// The particle words, normalised (أن/إن → ان; على → علي; إلى → الي), with the complement each opens.
const PARTICLES: ReadonlyMap<string, CueComplement> = formIndex(
  Object.entries(COMPLEMENT_PARTICLES).flatMap(([kind, words]) => words.map((w): [string, CueComplement] => [w, kind as CueComplement])),
);

// Words starting with ب that are not the object of رحب ب / طالب ب (بين، بعد، بيان…).
const NOT_BI = new WordSet(() => NOT_BI_OBJECTS);

/** "بالقول"، "بقوله": a saying noun after the cue (ومضى بالقول إن…، وختم بقوله: «…»), normalised. */
const SAYING: ReadonlySet<string> = new Set(['بالقول', 'بقوله', 'بقولها', 'بقولهم']);

/** Tokens that end the search: the end of a sentence. */
const STOP = new Set(['.', '!', '?', '؟', '\n']);

/**
 * The first complement that `allowed` admits within `maxWords` words after `from`, before `limit`.
 * e.g. "وأكد الوزير خلال الزيارة أن …" → `an` at أن, content from the next word.
 */
export function findComplement(doc: TokenSource, from: number, limit: number, allowed: readonly CueComplement[], maxWords: number): Complement | undefined {
  const norm = doc.norm;
  const toks = tokensIn(doc, from, limit, maxWords * 2 + 4);
  // what the cue admits, read once (not a search of the list at every word)
  const obj = allowed.includes('obj');
  const quote = allowed.includes('quote');
  const fi = allowed.includes('fi');
  const bi = allowed.includes('bi');
  const thanks = allowed.includes('thanks');
  let words = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word) {
      // (a word, a run of letters and digits, is never one of the stops)
      if (STOP.has(t.text)) return undefined;
      // "وأكد فلان خلال الاجتماع، التزامه تغيير الدستور الذي فرضه … على": after a comma, a noun with
      // a pronoun suffix opens the cue's object; a particle further on is another clause's
      if ((t.text === '،' || t.text === ',') && obj && words > 0 && opensObject(doc, toks[i + 1])) return undefined;
      if (t.text === ':' && quote) return quoteComplement(toks, i);
      // A quoted name is not a quote: "لـ«الأفق»", "صحيفة «المساء»", "باسم قوات الحماية «…» العقيد X أنه".
      if (t.text in QUOTE_PAIRS && opensQuote(norm, t.start) && !namesMedia(toks[i - 1]) && opensStatement(doc, toks, i, allowed, words)) return quoteComplement(toks, i);
      continue;
    }
    if (words++ >= maxWords) return undefined;
    // "وأكد حزب المبادرة دعمه التام للحكومة في حربها على الفساد": a suffixed object head after the
    // subject opens the cue's object; a particle further on is the object's own
    if (words > 1 && words <= OBJECT_AFTER_SUBJECT && obj && isSuffixedObjectHead(t.text) && subjectOnly(toks, i)) return undefined;
    // "…، مبينا أن…": a particle after another cue is that cue's complement.
    if (i > 0 && isOtherCue(t.text)) return undefined;
    const kind = PARTICLES.get(t.text);
    if (kind && allowed.includes(kind)) return { kind, start: t.start, end: t.end, contentStart: contentAfter(toks, i, kind), distance: i };
    // "يأمل الوزير في التوصل …": في opens the statement only for the few cues that take it (not a
    // particle of every cue's search: "أكد في تغريدة أن …" is a frame)
    if (t.text === 'في' && fi) return { kind: 'fi', start: t.start, end: t.end, contentStart: nextStart(toks, i), distance: i };
    // "ومضى بالقول إن…"، "وختم بقوله: «…»": the saying noun is no content; what it introduces
    // (a colon or quotation, أن / إن) opens the statement as it would after قال
    if (bi && SAYING.has(t.text)) {
      const next = toks[i + 1];
      if (next && (next.text === ':' || (next.text in QUOTE_PAIRS && opensQuote(norm, next.start)))) return { ...quoteComplement(toks, i + 1), start: t.start, distance: i };
      if (next && PARTICLES.get(next.text) === 'an') return { kind: 'an', start: t.start, end: next.end, contentStart: nextStart(toks, i + 1), distance: i };
      return { kind: 'bi', start: t.start, end: t.end, contentStart: nextStart(toks, i), distance: i };
    }
    // "رفع الوزير أخلص التهاني…"، "وتقدم بالشكر…": the phrase of thanks is the statement's start
    if (thanks) {
      const at = thanksAt(toks, i);
      if (at >= 0) return { kind: 'thanks', start: t.start, end: t.start, contentStart: at, distance: i };
    }
    // "أشاد ب المستوى": the word ب itself is no content.
    if (bi && t.text === 'ب') return { kind: 'bi', start: t.start, end: t.end, contentStart: nextStart(toks, i), distance: i };
    if (bi && isBiWord(t.text) && !placeOfTitle(toks, i)) return { kind: 'bi', start: t.start, end: t.end, contentStart: t.start, distance: i };
  }
  return undefined;
}

// A quote with fewer words than this, far from its cue, is a name or a term («3 + 2», «الخطة الخمسية»).
const MIN_QUOTE_WORDS = 5;
// How many words may stand between a cue that takes no quote and its quoted object ("وحذر وزير الزراعة الأردني كمال الغربي «…»").
const MAX_WORDS_BEFORE_QUOTE = 8;
// How far to look for a quote's closing mark here (the statement itself may run further).
const QUOTE_REACH = 3000;

/**
 * Whether the quote opening at toks[i] is the cue's statement: not when a particle the cue takes
 * follows its closing mark closely (then the quote named part of the subject); for a cue that
 * takes quotes, when it is near the cue or long; for any other cue, only when it is long
 * ("وحذر الوزير «…»").
 */
function opensStatement(doc: TokenSource, toks: Token[], i: number, allowed: readonly CueComplement[], wordsBefore: number): boolean {
  const norm = doc.norm;
  const t = toks[i];
  // "كل من «X» و«Y»": a quoted name joined by و is one more member of the subject.
  if (norm[t.start - 1] === 'و' && /\s/.test(norm[t.start - 2] ?? ' ')) return false;
  const rel = norm.slice(t.end, t.end + QUOTE_REACH).indexOf(QUOTE_PAIRS[t.text]);
  if (rel < 0) return allowed.includes('quote');
  const close = t.end + rel;
  const inside = tokensIn(doc, t.end, close, MIN_QUOTE_WORDS + 1).filter((x) => x.word).length;
  // "لهيئة الإذاعة البريطانية «بي بي سي»: «…»": a short quote with a colon after it names whom he
  // spoke to; the statement follows the colon
  if (inside < MIN_QUOTE_WORDS && /^\s*:/u.test(norm.slice(close + 1, close + 4))) return false;
  // The words right after the closing mark, up to the next punctuation.
  const after: Token[] = [];
  for (const x of tokensIn(doc, close + 1, close + 80, 7)) {
    // Punctuation or a new cue ("…» مضيفا أن") ends the words that could still be the subject.
    if (!x.word || cueOfWord(x.text)) break;
    after.push(x);
  }
  if (after.some((x) => { const k = PARTICLES.get(x.text); return k !== undefined && allowed.includes(k); })) return false;
  if (allowed.includes('quote')) return wordsBefore <= 6 || inside >= 3;
  // "قرار يدين \"…\" لأن النص جاء منحازا، إذ إن الصياغة \"…\"": far from a cue that takes no
  // quote, a quotation belongs to another clause.
  return inside >= MIN_QUOTE_WORDS && wordsBefore <= MAX_WORDS_BEFORE_QUOTE;
}

/** "قال: «…»" or "قال «…»": content starts inside the quote, or after the colon. */
function quoteComplement(toks: Token[], i: number): Complement {
  const t = toks[i];
  const next = toks[i + 1];
  if (t.text === ':' && next && next.text in QUOTE_PAIRS) return { kind: 'quote', start: t.start, end: next.end, contentStart: nextStart(toks, i + 1), distance: i };
  return { kind: 'quote', start: t.start, end: t.end, contentStart: nextStart(toks, i), distance: i };
}

/** Words before a quotation mark that make the quote a name: media (صحيفة «…»), bodies (جماعة «…») and places (بلدة «…»). */
const MEDIA = new WordSet(() => [...MEDIA_BEFORE_QUOTE, ...BODY_HEADS_WITH_LAM, ...PLACE_HEADS_BEFORE_QUOTE]);

/** True when the word before a quotation mark makes the quote a name: لـ«…»، صحيفة «…»، جماعة «…». */
function namesMedia(prev: Token | undefined): boolean {
  return prev !== undefined && MEDIA.has(prev.text);
}

/**
 * Where the content after the particle toks[i] starts: after أن / عن / من / على; at إلى, which is
 * part of what he called for or pointed to ("دعا إلى التهدئة": إلى التهدئة), but not before أن
 * (أشار إلى أن …: from أن on, as before).
 */
function contentAfter(toks: Token[], i: number, kind: CueComplement): number {
  if (kind !== 'ila') return nextStart(toks, i);
  const next = toks[i + 1];
  return next && PARTICLES.get(next.text) === 'an' ? nextStart(toks, i) : toks[i].start;
}

/** Where the token after toks[i] starts (or toks[i]'s end when it is the last). */
function nextStart(toks: Token[], i: number): number {
  return toks[i + 1]?.start ?? toks[i].end;
}

/**
 * "أفاد مدير فرع الوزارة بالمنطقة الشرقية سامي العلي أن …": ب + a place or body after the subject's
 * first words, with a given name after it, places the title; it is no ب-complement.
 */
function placeOfTitle(toks: Token[], i: number): boolean {
  return i > 0 && nameAfterTitlePlace(toks, i) >= 0;
}

/** How many words after the cue (the subject's and the head's) a suffixed object head may stand. */
const OBJECT_AFTER_SUBJECT = 6;
/** Words that open an adverbial or relative clause: a suffixed head after them is that clause's. */
const NOT_SUBJECT = new Set(['فيه', 'فيها', 'ايضا', 'كذلك', 'مجددا', 'في', 'خلال', 'امام', 'عن', 'علي', 'من', 'الي', 'مع', 'الذي', 'التي', 'الذين', 'بعد', 'قبل', 'لدي', 'عند', 'حول', 'اثناء']);

/** The words before token `i` are plain words that may all be the cue's subject: no mark, preposition or relative. */
function subjectOnly(toks: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) {
    const w = toks[k].text;
    if (!toks[k].word || NOT_SUBJECT.has(w) || /^[لب]/u.test(w) || cueOfWord(w)) return false;
  }
  return true;
}

/** بالاتفاق، بضرورة، بأن: a word made of ب + a noun (not بين، بعد، بيان…). */
function isBiWord(w: string): boolean {
  return w.length >= 4 && w[0] === 'ب' && !NOT_BI.has(w) && !w.startsWith('بي');
}

/**
 * A noun with a pronoun suffix, normalised (التزامه، حرصها، دعمهم): not after و or ف (ومقره: an
 * aside), ب، ل، ك (بدوره، لديه: a frame) or as a present verb (يقوده، تدعمه).
 */
const SUFFIXED_NOUN = /^[^وفبلكي\s]\S{2,}(?:ه|ها|هم|هما)$/u;

/**
 * The word opens an object: a noun with a pronoun suffix that is no particle, preposition or cue
 * (التزامه، استعداده). The original text tells the suffix ه from a ة the normalised copy writes ه.
 */
function opensObject(doc: TokenSource, t: Token | undefined): boolean {
  if (!t?.word || !SUFFIXED_NOUN.test(t.text) || PARTICLES.has(t.text) || NOT_OBJECT.has(t.text) || cueOfWord(t.text)) return false;
  if (!('text' in doc)) return false;
  const d = doc as Doc;
  const o = orig(d, { start: t.start, end: t.end });
  return !d.text.slice(o.start, o.end).replace(/[\u064B-\u065F\u0670\u0640]/gu, '').endsWith('ة');
}

/** Suffixed words after a comma that open a frame or clause, not an object: خلاله، لديه، منه، عليه، أنه. */
const NOT_OBJECT: ReadonlySet<string> = new Set([
  'خلاله', 'خلالها', 'خلالهم', 'منه', 'منها', 'منهم', 'عليه', 'عليها', 'عليهم', 'فيه', 'فيها', 'فيهم', 'انه', 'انها', 'بينه', 'بينها', 'بينهم', 'عنده', 'عندها', 'عندهم',
  'معه', 'معها', 'معهم', 'اليه', 'اليها', 'اليهم', 'نفسه', 'نفسها', 'نفسهم', 'حينها', 'حينه', 'وقتها', 'وقته', 'بعدها', 'قبلها', 'اثرها', 'عقبها', 'اثناءها',
  'كلاهما', 'كلتاهما', 'كلهم', 'جميعهم', 'بعضهم', 'احدهم', 'اغلبهم', 'معظمهم', 'عنها', 'عنه', 'عنهم', 'اياه', 'اياها', 'اياهم', 'مثله', 'مثلها', 'هذه',
]);

/** A participle or a و-verb cue (مبينا، وأضاف): it opens its own clause. */
function isOtherCue(w: string): boolean {
  const f = cueOfWord(w);
  return f !== undefined && (f.kind === 'participle' || (f.kind === 'verb' && startsWithConjunction(w)));
}

/**
 * Whether the mark at `at` opens a quotation. «“„ always do; a straight " does when a word follows
 * it and no word runs into it (a proclitic ب / ل / و before it is allowed: بـ"…"). The " after
 * «حملة وطنية» closes one.
 */
export function opensQuote(norm: string, at: number): boolean {
  if (norm[at] !== '"') return true;
  if (!LETTER_OR_DIGIT_RE.test(norm[at + 1] ?? '')) return false;
  const prev = norm[at - 1] ?? ' ';
  return !LETTER_OR_DIGIT_RE.test(prev) || (/[بلو]/.test(prev) && !LETTER_OR_DIGIT_RE.test(norm[at - 2] ?? ' '));
}
