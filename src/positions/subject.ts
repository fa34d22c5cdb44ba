import { commonWords, givenNames, indefiniteNisbas, isMannerParticiple, isSuffixedObjectHead, titleWords } from '../lexicon/compiled.js';
import { wordAlternation } from '../lexicon/compile.js';
import { WordSet } from '../lexicon/phrases.js';
import { COUNTRIES } from '../lexicon/countries.js';
import { CITIES } from '../lexicon/places.js';
import { AMBIGUOUS_GIVEN_NAMES } from '../lexicon/givenNames.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import {
  AGENT_NOUNS, BODY_ADJECTIVE_WORDS, BODY_HEADS_WITH_LAM, CONSTRUCT_BODY_HEADS, HONORIFIC_PRONOUNS, LEADING_PRONOUN_PHRASES, MEDIA_ADDRESSEES, NAME_LINKS as NAME_LINK_WORDS, NON_NAME_PARTICLES, OBJECT_HEADS as OBJECT_HEAD_WORDS,
  PLURAL_TITLE_HEADS, SPOKESMAN_HEADS, SUBJECT_ENDS, SUBJECT_OPENERS, TITLE_BODY_HEADS, TITLE_HEADS as TITLE_HEAD_WORDS, TITLE_TAIL_WORDS,
} from '../lexicon/positionWords.js';
import type { Span } from '../types.js';
import { QUOTE_PAIRS, tokensIn, type Token, type TokenSource } from '../segment/tokens.js';
import { LETTER } from '../lexicon/wordChars.js';
import { normalizeForm } from '../normalize/index.js';

/** A definite nisba with two letters or more before its ending. */
const DEFINITE_NISBA = new RegExp(`^ال${LETTER}{2,}(?:ي|يه|يون|يين)$`, 'u');

/** A definite nisba (الـ…ي، …ية، …يون، …يين). */
const DEFINITE_NISBA_ANY = new RegExp(`^ال${LETTER}+(?:ي|يه|يون|يين)$`, 'u');

/**
 * The fallback holder phrase finder, used when the entity index has no mention in a cue's subject.
 * It reads the noun phrase between the cue and its complement:
 *   "وأكدت الرابطة الوطنية للمهندسين أن…" → الرابطة الوطنية للمهندسين
 *   "وقال وزير الزراعة الأردني كمال الغربي إن…" → كمال الغربي (title stripped, kept apart)
 */
export interface SubjectPhrase {
  /** The whole subject (title and name), normalised offsets. */
  span: Span;
  /** The name after a title, or the whole phrase where there is no title. */
  name: Span;
  /** The title before the name, when there is one. */
  title: Span | null;
  /** True when the phrase is only a title or description (الوزير، وزير الزراعة الأردني). */
  titleOnly: boolean;
  /** For a spokesman (المتحدث باسم وزارة الزراعة), whom he speaks for: وزارة الزراعة. */
  spokesFor: Span | null;
  /** True when the title is a plural (قادة، وزراء، زعماء): a group, never one person. */
  group?: boolean;
  /** True when a place ends the title (محافظ جدة): it is definite as a city is, and names its one holder. */
  placed?: boolean;
}

const PLURAL_HEADS = new WordSet(() => PLURAL_TITLE_HEADS);
const TITLE_HEADS = new WordSet(() => [...TITLE_HEAD_WORDS, ...PLURAL_TITLE_HEADS]);
const TITLE_TAIL = new WordSet(() => TITLE_TAIL_WORDS);
const BODY_HEADS = new WordSet(() => TITLE_BODY_HEADS);
const SPOKESMAN = new WordSet(() => SPOKESMAN_HEADS);
const AGENTS = new WordSet(() => AGENT_NOUNS);
const NAME_LINKS = new WordSet(() => NAME_LINK_WORDS);
// A subject ends where an adverbial starts: "وقال الوزير في تصريح…", "خلال اللقاء", "للصحفيين".
const ADVERBIAL = new WordSet(() => SUBJECT_ENDS);
/** Head nouns of a body named in quotes right after them (رئيس جمعية «…»، زعيم حزب "…"), normalised. */
const QUOTED_NAME_HEADS = new WordSet(() => BODY_HEADS_WITH_LAM);
const LEADING_PRONOUN_PP = new WordSet(() => LEADING_PRONOUN_PHRASES);
const OBJECT_HEADS = new WordSet(() => OBJECT_HEAD_WORDS);
const PARTICLE_WORDS = new WordSet(() => NON_NAME_PARTICLES);
const OPENERS = new WordSet(() => SUBJECT_OPENERS);
// "قال للصحفيين"، "لوكالة الأنباء"، "لقناة…": whom he spoke to, not who spoke.
const TO_MEDIA = new RegExp(`^لل?(?:${wordAlternation(MEDIA_ADDRESSEES.map(normalizeForm))})$`);

/** True for a word that opens an object: a listed head, bare or with a possessive suffix (حرصه), or a noun with a plural or dual one (التزامهما، بلاده). */
export function isObjectHead(w: string): boolean {
  // (the endings compared as strings, and the stem regex run only on a word ending in ه, which its match ends in: no regex per word)
  return (
    OBJECT_HEADS.has(w) ||
    isSuffixedObjectHead(w) ||
    (w.length >= 6 && (w.endsWith('هما') || w.endsWith('هم') || w.endsWith('ها'))) ||
    w === 'بلاده' ||
    w === 'بلادها' ||
    w === 'بلادهم' ||
    (w.charCodeAt(w.length - 1) === 0x647 && POSSESSED_MASDAR.test(w))
  );
}

// A verbal noun with "his" (استنكاره، تقديره، تفهمه): the stems استفعال، تفعيل، تفعّل never begin a name.
const POSSESSED_MASDAR = new RegExp(`^(?:است${LETTER}{3,}|ت${LETTER}{2}ي${LETTER}|ت${LETTER}{2}[^ي\\s])ه$`, 'u');

/**
 * A subject written before its verb (SVO), back to أن / إن / the sentence start:
 * "وقال المتحدث إن الوزير الغربي أكد على…" → الوزير الغربي. Empty when there is none.
 */
export function subjectBefore(doc: TokenSource, sentenceStart: number, cueStart: number): Token[] {
  const toks = tokensIn(doc, Math.max(sentenceStart, cueStart - 160), cueStart, 40);
  // "إن المبعوث نبيل العمراني، يعتقد أن…": a comma may close the subject's name before its verb.
  if (toks.length > 1 && /^[،,]$/.test(toks[toks.length - 1].text) && toks[toks.length - 2].word) toks.pop();
  let k = toks.length;
  // "وكانت الوزارة قد أعلنت…": the subject stands between كان and قد.
  const qad = k > 0 && toks[k - 1].text === 'قد';
  if (qad) k--;
  const last = k;
  // "وكان مصدر بالإدارة العامة في مصر قد صرح": كان … قد frames the whole subject, prepositions and all
  if (qad) {
    for (let j = last - 1; j >= 0 && last - j <= 10 && toks[j].word; j--) {
      if (!/^[وف]?(?:كان|كانت)$/.test(toks[j].text)) continue;
      return toks.slice(j + 1, last);
    }
  }
  for (;;) {
    if (k > 0 && toks[k - 1].word && !PARTICLE_WORDS.has(toks[k - 1].text) && !ADVERBIAL.has(toks[k - 1].text) && toks[k - 1].text !== 'فان' && last - k < 8) { k--; continue; }
    // "رؤساء البلديات المشاركون في الملتقى أكدوا": a definite modifier with في inside the subject.
    if (k > 1 && toks[k - 1].text === 'في' && k < last && toks[k].text.startsWith('ال') && toks[k - 2].word && toks[k - 2].text.startsWith('ال') && last - k < 8) { k--; continue; }
    break;
  }
  let words = toks.slice(k, last);
  if (!words.length) return [];
  if (qad) {
    // Only "كان/كانت … قد": a bare قد after a noun is no subject frame.
    if (!/^[وف]?(?:كان|كانت)$/.test(words[0].text)) return [];
    words = words.slice(1);
    return words.length ? words : [];
  }
  // "وكان عضو الحزب X قال…"، "لكن المتحدثة فلانة أوضحت…": كان or لكن before the subject is no part of it.
  if (/^[وف]?(?:كان|كانت|لكن)$/.test(words[0].text)) words = words.slice(1);
  if (!words.length) return [];
  const boundary = toks[k - 1];
  const atStart = k === 0 && toks[0].start - sentenceStart < 2;
  if (!atStart && !(boundary && (OPENERS.has(boundary.text) || /[«"“]/.test(boundary.text)))) return [];
  if (/(?:ته|نبه)$/.test(words[words.length - 1].text)) return [];
  return words;
}

/** Honorifics among the title heads (الدكتور «فلان»): a quoted word after them is the name, no body. */
const HONORIFIC_TITLES = new WordSet(() => ['الدكتور', 'د', 'السيد', 'السيدة', 'الشيخ', 'الأستاذ', 'البروفيسور', 'المهندس']);

/** Heads of an envoy's title, whose post is named with لدى: سفير السعودية لدى الأمم المتحدة. */
const ENVOY_HEADS = new WordSet(() =>
  ['سفير', 'سفيرة', 'مندوب', 'مندوبة', 'ممثل', 'ممثلة', 'مبعوث', 'مبعوثة', 'القائم'].flatMap((w) => [w, `ال${w}`, `وال${w}`, `و${w}`]),
);

/**
 * "مندوبة الولايات المتحدة لدى الأمم المتحدة نيكي هالي": لدى at toks[i] names the post of an envoy's
 * title begun in `out`, where a state or a body follows it, not a verbal noun (لدى استقباله، لدى وصوله).
 */
function envoyPost(out: Token[], toks: Token[], i: number): boolean {
  if (toks[i].text !== 'لدي' || !out.length || !ENVOY_HEADS.has(out[0].text)) return false;
  const next = toks[i + 1];
  return !!next?.word && (next.text.startsWith('ال') || !next.text.endsWith('ه'));
}

/** The words of the subject zone before any adverbial (the zone is [from, to)). */
export function subjectTokens(doc: TokenSource, from: number, to: number): Token[] {
  let toks = tokensIn(doc, from, to, 40);
  while (toks.length && LEADING_PRONOUN_PP.has(toks[0].text)) toks = toks.slice(1);
  // "أعرب للرئيس عن…": a ل-phrase first is whom he spoke to; the subject is elsewhere.
  if (toks.length && /^لل/.test(toks[0].text)) return [];
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // (TO_MEDIA only where the word starts with ل: no regex run at the other words)
    if (t.word && (ADVERBIAL.has(t.text) || (t.text.charCodeAt(0) === 0x644 && TO_MEDIA.test(t.text))) && !envoyPost(out, toks, i)) break;
    // "وقال متأسفا:"، "قال الوزير فلان مبتسما": a participle of manner tells how he spoke, not who:
    // passed over first, it ends the subject after
    if (t.word && isMannerParticiple(t.text) && !(out.length && out[out.length - 1].text.length <= 2)) {
      if (out.length) break;
      continue;
    }
    // "تحالف «الفجر الجديد»", "حزب "التجديد"": a short quoted name after the first word is the name itself.
    if (!t.word && t.text in QUOTE_PAIRS && out.length > 0) {
      const close = toks.findIndex((x, k) => k > i && x.text === QUOTE_PAIRS[t.text]);
      const short = close > i + 1 && close - i <= 5 && toks.slice(i + 1, close).every((x) => x.word);
      // "زعيم حزب «…» (يسار) فلان"، "رئيس جمعية «…»، فلان،": a title's quoted body, then (past a
      // bracketed gloss or a comma) its holder's name
      const named = short && out.length > 1 && out.length <= 6 && QUOTED_NAME_HEADS.has(out[out.length - 1].text) && isTitleHead(out[0].text, false) ? nameAfterQuote(toks, close) : -1;
      if (named > 0) {
        out.push(...toks.slice(i + 1, close));
        i = named - 1;
        continue;
      }
      if (short && out.length <= 2) {
        out.push(...toks.slice(i + 1, close));
        // "عمدة بلدية "بوندي" سلفين توماسين": a title's quoted body, then its holder's name
        const next = toks[close + 1];
        if (isTitleHead(out[0].text, false) && !HONORIFIC_TITLES.has(out[0].text) && next?.word && !ADVERBIAL.has(next.text) && (!next.text.startsWith('و') || givenNames.has(next.text))) {
          i = close;
          continue;
        }
        break;
      }
    }
    if (!t.word && !/[،,#]/.test(t.text)) break;
    out.push(t);
  }
  while (out.length && !out[out.length - 1].word) out.pop();
  return out;
}

/** Where a name starts after a quoted body's closing mark at toks[close] (past a bracketed gloss and a comma), else -1. */
function nameAfterQuote(toks: Token[], close: number): number {
  let k = close + 1;
  if (toks[k]?.text === '(') {
    const shut = toks.findIndex((x, m) => m > k && x.text === ')');
    if (shut > k && shut - k <= 5) k = shut + 1;
  }
  if (toks[k] && /^[،,]$/.test(toks[k].text)) k++;
  return toks[k]?.word && givenNames.has(toks[k].text) ? k : -1;
}

/**
 * Read a subject phrase from its tokens: a title chunk (head, ال-words, ل-genitives, باسم + noun,
 * a coordinated title ووزير…) followed by a name; or a name or organisation alone. `bounded` keeps
 * only a name-shaped run (for cues with a direct object: "أدان الوزير محمد علي الهجوم").
 */
export function readSubject(toks: Token[], bounded = false): SubjectPhrase | undefined {
  const words = toks.filter((t) => t.word);
  if (!words.length) return undefined;
  // "شدد كل من الوزير … و…": the first of the coordinated holders.
  if (words[0].text === 'كل' && words[1]?.text === 'من') words.splice(0, 2);
  // "وأوضح صاحب السمو الملكي الأمير فلان"، "سعادة الأمين العام": a form of address is no part of
  // the subject's title or name
  const address = addressAt(words);
  if (address < words.length) words.splice(0, address);
  if (!words.length) return undefined;
  // "وثمن سموه الجهود": an honorific pronoun is the whole subject; what follows is the object
  if (SUFFIXED_HONORIFICS.has(words[0].text)) {
    const t = { start: words[0].start, end: words[0].end };
    return { span: t, name: t, title: null, titleOnly: false, spokesFor: null };
  }
  // "نفى البيت الأبيض العلاقة": a seat of government of two words is one subject, its state's voice
  const seat = seatAt(words);
  if (seat) {
    const t = { start: words[0].start, end: words[seat - 1].end };
    return { span: t, name: t, title: null, titleOnly: false, spokesFor: null };
  }
  const { end, titled, spokesFor } = titleChunk(words, bounded);
  let i = end;
  const group = PLURAL_HEADS.has(words[0].text);
  const span = { start: words[0].start, end: words[words.length - 1].end };
  if (titled && i >= words.length) return { span, name: span, title: span, titleOnly: true, spokesFor, group };
  if (!titled && isObjectHead(words[0].text)) return undefined;
  if (titled) i = pastTitlePlace(words, i);
  const nameStart = i;
  // "أشاد الوزير بالجمعية": ب or ل with the article opens an object or a place, never a name
  if (titled && i < words.length && /^(?:و?بال|لل)/.test(words[i].text)) {
    const t = { start: words[0].start, end: words[i - 1].end };
    return { span: t, name: t, title: t, titleOnly: true, spokesFor, group };
  }
  const j = bounded || titled ? nameEnd(words, nameStart, bounded, false, titled) : nameEnd(words, nameStart, false, true);
  if (j <= nameStart) {
    const t = { start: words[0].start, end: words[i - 1]?.end ?? words[0].end };
    return titled ? { span: t, name: t, title: t, titleOnly: true, spokesFor, group } : undefined;
  }
  // "وأكد محافظ جدة أن …": a place right after the title, and nothing after it, is the title's own
  // (the city governed), not a name
  if (titled && j === nameStart + 1 && isOneWordPlace(words[nameStart].text)) {
    const t = { start: words[0].start, end: words[nameStart].end };
    return { span: t, name: t, title: t, titleOnly: true, spokesFor, group, placed: true };
  }
  // "وحذر وزير خارجية كوريا الشمالية"، "قال مسؤول إماراتي بارز"، "حذر قائد فيلق القدس": after a
  // title head of one word with no article, a run that opens with no article and has no given name
  // in it is the head's complement (its portfolio, state or body), not a name: the whole phrase is a
  // title alone (after a complement, وزير الصحة مات هانكوك, or a run with the article, مدير
  // الميزانية ميك مولفاني, the run may be a name no list holds)
  if (titled && nameStart === 1 && !/^(?:ال|لل)/u.test(words[0].text) && !/^[وفبل]?(?:ال|لل)/u.test(words[nameStart].text) && !words.slice(nameStart, j).some((w) => clearGivenName(w.text))) {
    const t = { start: words[0].start, end: words[j - 1].end };
    // (a state or city as the complement makes the title definite: أمير قطر names its one holder)
    return { span: t, name: t, title: t, titleOnly: true, spokesFor, group, placed: j === nameStart + 1 && isStateName(words[nameStart].text) };
  }
  // "مسؤول حكومي", "مصدر دبلوماسي": a title with a nisba adjective names no one.
  // (a nisba that is also a given name, تركي، يمني, after an indefinite title: مسؤول تركي)
  if (titled && j === nameStart + 1 && j === words.length && (isNisba(words[nameStart].text) || (!words[0].text.startsWith('ال') && indefiniteNisbas.has(words[nameStart].text)))) return { span, name: span, title: span, titleOnly: true, spokesFor, group };
  const name = { start: words[nameStart].start, end: words[j - 1].end };
  // "وقال مجلس الوزراء"، "قال مكتب (رئيس الوزراء|الرئيس) الفرنسي": a body's head noun and its genitive, not a name
  // with its title after it: the holder runs over the genitive
  if (!titled && j === nameStart + 1 && CONSTRUCT_HEADS.has(words[nameStart].text) && j < words.length && (/^ال\S{2,}$/u.test(words[j].text) || isTitleHead(words[j].text, false))) {
    let k = j + 1;
    while (k < words.length && k < nameStart + 6 && (isDefiniteNisba(words[k].text) || /^(?:ال|لل)\S{2,}$/u.test(words[k].text)) && !PARTICLE_WORDS.has(words[k].text) && !ADVERBIAL.has(words[k].text)) k++;
    const whole = { start: words[nameStart].start, end: words[k - 1].end };
    return { span: { start: words[0].start, end: whole.end }, name: whole, title: null, titleOnly: false, spokesFor };
  }
  if (!titled && j < words.length && isTitleHead(words[j].text, false) && !givenNames.has(words[j].text)) {
    // "كمال الغربي وزير الزراعة الأردني": a name with its title after it (apposition);
    // "هاني الزعبي المتحدث باسم الهيئة": a spokesman's, who speaks for the body named after باسم.
    if (SPOKESMAN.has(words[j].text) && words[j + 1]?.text === 'باسم') {
      const k = titleTail(words, j + 2);
      if (k > j + 2) return { span: { start: words[0].start, end: words[k - 1].end }, name, title: { start: words[j].start, end: words[k - 1].end }, titleOnly: false, spokesFor: { start: words[j + 2].start, end: words[k - 1].end } };
    }
    const k = titleTail(words, j + 1);
    return { span: { start: words[0].start, end: words[k - 1].end }, name, title: { start: words[j].start, end: words[k - 1].end }, titleOnly: false, spokesFor };
  }
  const title = titled ? { start: words[0].start, end: words[nameStart - 1].end } : null;
  return { span: { start: words[0].start, end: name.end }, name, title, titleOnly: false, spokesFor };
}

/** Forms of address by office or rank, of one to three words (صاحب السمو الملكي، معالي، فضيلة), not those that are also names or titles (الشيخ، السيد). */
const ADDRESS = new WordSet(() => HONORIFICS.filter((h) => !h.ambiguous).flatMap((h) => h.forms).filter((f) => f.split(' ').length <= 3 && ADDRESS_HEADS.includes(f.split(' ')[0])));
/** The words forms of address by office or religious rank open with (not courtesy prefixes such as الدكتور، المهندس, which read as titles). */
const ADDRESS_HEADS: readonly string[] = ['فخامة', 'معالي', 'معالى', 'سعادة', 'عطوفة', 'سيادة', 'سمو', 'صاحب', 'صاحبة', 'جلالة', 'حضرة', 'سماحة', 'فضيلة', 'قداسة', 'غبطة', 'نيافة'];

/**
 * The first words of a set's phrases: a phrase of the set can start only at one of them, so that
 * the words after any other word are neither joined nor looked up (most subjects open with none).
 */
function firstWordsOf(set: WordSet): () => ReadonlySet<string> {
  let firsts: ReadonlySet<string> | undefined;
  return () => (firsts ??= new Set([...set.words()].map((w) => w.split(' ')[0])));
}
const ADDRESS_FIRSTS = firstWordsOf(ADDRESS);

/** Honorific pronouns with their suffix (سموه، معاليه، جلالته; not the bare سمو of "سمو الأمير"), normalised. */
const SUFFIXED_HONORIFICS = new WordSet(() => HONORIFIC_PRONOUNS.filter((w) => /[ها]$/u.test(w) && w !== 'سمو'));

/** How many words a form of address takes at the start of `words`, else 0. */
function addressAt(words: Token[]): number {
  if (!words.length || !ADDRESS_FIRSTS().has(words[0].text)) return 0;
  for (const n of [3, 2, 1]) if (words.length > n && ADDRESS.has(words.slice(0, n).map((w) => w.text).join(' '))) return n;
  return 0;
}

/** Seats of government named in two words or more (البيت الأبيض، قصر الإليزيه), normalised. */
const SEATS = new WordSet(() => COUNTRIES.flatMap((c) => c.capitals).filter((f) => f.includes(' ')));

const SEAT_FIRSTS = firstWordsOf(SEATS);

/** Capitals of one word (موسكو، لندن، طهران), normalised: a state's voice as a subject. */
const ONE_WORD_SEATS = new WordSet(() => COUNTRIES.flatMap((c) => c.capitals).filter((f) => !f.includes(' ') && !CAPITALS_ALSO_WORDS.includes(f)));
/** Capitals written like everyday words once normalised: كيف (Kyiv / "how"), مالية (Malé / "financial"). */
const CAPITALS_ALSO_WORDS: readonly string[] = ['كيف', 'مالية', 'ماليه', 'سول', 'أبيا'];

/** Cities and capitals of one word (جدة، عدن، الرس، بنغازي), normalised. */
const ONE_WORD_PLACES = new WordSet(() => [...CITIES, ...COUNTRIES.flatMap((c) => c.capitals)].filter((f) => !f.includes(' ')));

/** Whether a normalised word is a city or capital of one word, not a given name as well (a title's place: محافظ جدة). */
function isOneWordPlace(w: string): boolean {
  return ONE_WORD_PLACES.has(w) && !givenNames.has(w);
}

const BODY_ADJECTIVES = new WordSet(() => BODY_ADJECTIVE_WORDS);
const CONSTRUCT_HEADS = new WordSet(() => CONSTRUCT_BODY_HEADS);

/** Given names that are also common words or nisbas (عهد، سعيد، تركي), normalised. */
const AMBIGUOUS_GIVEN = new WordSet(() => AMBIGUOUS_GIVEN_NAMES);

/** A given name that is no common word or nisba as well: after a bare title head it starts a name (مسؤول سعيد… is rare, ولي عهد common). */
function clearGivenName(w: string): boolean {
  // (علي is also the preposition على, normalised: مسؤول سعودي على صلة بالتحقيق)
  return givenNames.has(w) && !AMBIGUOUS_GIVEN.has(w) && !indefiniteNisbas.has(w) && w !== 'علي';
}

/** States named in one word (قطر، مصر، روسيا), normalised. */
const ONE_WORD_STATES = new WordSet(() => COUNTRIES.flatMap((c) => c.names).filter((f) => !f.includes(' ')));

/** Whether a normalised word names a state, or a city or capital, not a given name as well (أمير قطر، محافظ جدة). */
function isStateName(w: string): boolean {
  return (ONE_WORD_STATES.has(w) && !givenNames.has(w)) || isOneWordPlace(w);
}

/** Whether normalised words are a seat of government of two words or more (بيونغ يانغ، البيت الأبيض): a state's voice. */
export function isSeatOfWords(words: readonly string[]): boolean {
  return words.length >= 2 && SEATS.has(words.join(' '));
}

/** Whether a normalised word is a capital of one word (لندن، بغداد): a holder, though it opens with ل or ب. */
export function isOneWordCapital(w: string): boolean {
  return ONE_WORD_SEATS.has(w);
}

/**
 * How many words a seat of government takes at the start of `words`, else 0: one of two words or
 * more, or a capital of one word before another capital ("وتتهم لندن موسكو بالوقوف …": the first
 * accuses the second, they are no name of two words).
 */
function seatAt(words: Token[]): number {
  if (words.length >= 2 && SEAT_FIRSTS().has(words[0].text)) for (const n of [3, 2]) if (words.length >= n && SEATS.has(words.slice(0, n).map((w) => w.text).join(' '))) return n;
  return words.length >= 2 && ONE_WORD_SEATS.has(words[0].text) && ONE_WORD_SEATS.has(words[1].text) ? 1 : 0;
}

/** "باسمه"، "باسمها": in the name of one named before (normalised). */
const SPOKEN_FOR_PRONOUN: ReadonlySet<string> = new Set(['باسمه', 'باسمها', 'باسمهم', 'باسمهما']);

/**
 * The title chunk at the start of a subject: heads (a later one may come with و), the words that
 * continue them (الزراعة، العام، للأمم، المتحدة، الأردني) and باسم + the body spoken for.
 */
function titleChunk(words: Token[], bounded: boolean): { end: number; titled: boolean; spokesFor: Span | null } {
  let i = 0;
  let titled = false;
  let spokesFor: Span | null = null;
  // (a form of address with و is the next person's: "أمير البلاد وفخامة الرئيس فلان")
  while (i < words.length && isTitleHead(words[i].text, i > 0) && !(i > 0 && isNextPersonTitle(words[i].text))) {
    titled = true;
    const spokesman = SPOKESMAN.has(words[i].text);
    i++;
    while (i < words.length) {
      const w = words[i].text;
      // "الناطق الرسمي باسمها فلان": spokesman of one named before (باسمه، باسمها): the title goes on
      if (w === 'باسم' || w === 'الرسمي' || w === 'الرسميه' || (spokesman && SPOKEN_FOR_PRONOUN.has(w))) {
        if (w !== 'باسم') { i++; continue; }
        const from = i + 1;
        i = titleTail(words, from);
        if (spokesman && i > from) spokesFor = { start: words[from].start, end: words[i - 1].end };
        continue;
      }
      const next = titleTail(words, i, bounded);
      if (next === i) break;
      i = next;
    }
  }
  return { end: i, titled, spokesFor };
}

/** ب + a body or place an office is of: بالمنطقة، بالجمعية، بالوزارة. */
const BI_PLACES = new WordSet(() => [...TITLE_BODY_HEADS, 'مدينة', 'وزارة', 'جامعة', 'هيئة', 'مجلس'].map((w) => `بال${w}`));

/**
 * "مدير فرع الوزارة بالمنطقة الشرقية سامي العلي": where toks[i] is ب + a place of the title (a listed
 * body or place; any ب + ال word where `anyPlace`) and a given name follows it past its adjectives,
 * the index of that name; else -1.
 */
export function nameAfterTitlePlace(toks: Token[], i: number, anyPlace = false): number {
  if (i >= toks.length || !(anyPlace ? /^بال/.test(toks[i].text) : BI_PLACES.has(toks[i].text))) return -1;
  let k = i + 1;
  while (k < toks.length && toks[k].word && isDefiniteNisba(toks[k].text)) k++;
  return k < toks.length && toks[k].word && givenNames.has(toks[k].text) ? k : -1;
}

/**
 * Past a ب-place of the title to the name after it, or `i` where there is none. Inside a subject any
 * ب + ال word may place the title; before a ب-complement only a listed one (complement.ts).
 */
function pastTitlePlace(words: Token[], i: number): number {
  const k = nameAfterTitlePlace(words, i, true);
  return k < 0 ? i : k;
}

/** A word that may open a direct object after a name: not an adverbial, a particle or a title. */
export function isPlainObject(w: string): boolean {
  // A definite nisba (الأردنية، الأمريكي) still describes the subject: "وزارة الزراعة الأردنية".
  return !ADVERBIAL.has(w) && !PARTICLE_WORDS.has(w) && !TITLE_HEADS.has(w) && !LEADING_PRONOUN_PP.has(w) && !/^لل/.test(w) && w !== 'فان' && !DEFINITE_NISBA_ANY.test(w);
}

/** A definite relational adjective: المدني، الأردنية، السوريون. */
function isDefiniteNisba(w: string): boolean {
  return DEFINITE_NISBA.test(w);
}

/** A relational adjective (حكومي، دبلوماسي), not a given name that ends the same way (علي، سامي). */
function isNisba(w: string): boolean {
  return w.length >= 4 && w.endsWith('ي') && !givenNames.has(w);
}

/** Titles of members who sit for a bloc or a constituency (عن): النائب، العضو (normalised). */
const MEMBER_HEADS = new WordSet(() => ['النائب', 'نائب', 'النائبة', 'نائبة', 'العضو', 'عضو']);

/** Forms of address by office that open a person's title (normalised): فخامة، سمو، معالي، سماحة، دولة. */
const ADDRESS_TITLES = new WordSet(() => ['فخامة', 'سمو', 'معالي', 'سماحة', 'دولة']);

/** و + a form of address (وفخامة، وسمو): a next person's title, not a second office (الكاتب والمحلل فلان is one person). */
function isNextPersonTitle(w: string): boolean {
  if (!w.startsWith('و') || TITLE_HEADS.has(w)) return false;
  const rest = w.slice(1);
  return ADDRESS_TITLES.has(rest);
}

/** A title head; a later one may come with و (نائب رئيس الحكومة ووزير المالية). */
function isTitleHead(w: string, later: boolean): boolean {
  return TITLE_HEADS.has(w) || (later && w.startsWith('و') && TITLE_HEADS.has(w.slice(1)));
}

/**
 * Past the words that continue a title from `i`: ال-words, ل-genitives (للأمم، لجامعة الدول), العام، شؤون.
 * Before a direct object (`bounded`), a definite word after a complete definite phrase continues it only
 * as a title word or a nisba: "أدان وزير الخارجية الهجوم" → وزير الخارجية.
 */
function titleTail(words: Token[], i: number, bounded = false): number {
  let k = i;
  while (k < words.length) {
    const w = words[k].text;
    if (TITLE_HEADS.has(w) && !w.startsWith('ال')) break;
    // "أمير البلاد المفدى وفخامة الرئيس فلان": a form of address with و is the next person's
    // (ووزير المالية، والمستشار القانوني are a second office of the same)
    if (isNextPersonTitle(w)) break;
    if (bounded && k > 0 && w.startsWith('ال') && words[k - 1].text.startsWith('ال') && !titleWords.has(w) && !isDefiniteNisba(w)) break;
    if (w.startsWith('ال') || w.startsWith('لل') || w.startsWith('وال')) { k++; continue; }
    if (w.startsWith('ل') && k + 1 < words.length && words[k + 1].text.startsWith('ال')) { k++; continue; }
    // "النائب عن ائتلاف دولة القانون فلان": the bloc or constituency a member sits for
    // (up to a given name within a few words; else عن is no part of the title)
    if (w === 'عن' && k === i && k > 0 && MEMBER_HEADS.has(words[k - 1].text)) {
      let m = k + 1;
      while (m < words.length && m - k <= 5 && words[m].word && !givenNames.has(words[m].text)) m++;
      if (m > k + 1 && m < words.length && m - k <= 5 && givenNames.has(words[m].text)) { k = m; break; }
    }
    // "السفير السعودي لدى مصر": the post of an envoy
    if (envoyPost(words.slice(0, k), words, k)) { k += 2; continue; }
    // "أمين سر الهيئة الإدارية": سر is part of the title.
    if (TITLE_TAIL.has(w)) { k++; continue; }
    if (BODY_HEADS.has(w)) {
      k++;
      // "رئيس غرفة جدة": the body's own name, written without the article, is part of the title
      const n = words[k]?.text;
      if (n !== undefined && !n.startsWith('ال') && !givenNames.has(n) && !TITLE_HEADS.has(n) && !NAME_LINKS.has(n) && !PARTICLE_WORDS.has(n) && !ADVERBIAL.has(n) && !BODY_HEADS.has(n)) k++;
      continue;
    }
    break;
  }
  return k;
}

/**
 * Where a name run starting at `i` ends (exclusive). Unbounded: the rest of the zone (at most 6 words).
 * Bounded: plain words and links (بن، أبو، عبد) with at most one ال-family name, which ends it:
 * "كمال الغربي الهجوم" → كمال الغربي; "عبد الرحيم بن سالم آل منصور" stays whole.
 */
function nameEnd(words: Token[], i: number, bounded: boolean, untitled = false, titled = false): number {
  const max = Math.min(words.length, i + 6);
  let j = i;
  if (untitled) {
    // An untitled subject (an organisation, a group, a bare name: "ثلاث من نقابات الرابطة") runs on,
    // up to an object (تقريرها), a title in apposition (كمال الغربي وزير…) or a relative (وهي…).
    while (j < max && !(j > i && (isObjectHead(words[j].text) || (TITLE_HEADS.has(words[j].text) && !givenNames.has(words[j].text) && !NAME_LINKS.has(words[j - 1].text)))) && !ADVERBIAL.has(words[j].text)) j++;
    return j;
  }
  while (j < max) {
    const w = words[j].text;
    if (isObjectHead(w) || ADVERBIAL.has(w) || PARTICLE_WORDS.has(w)) break;
    // "… وفخامة الرئيس فلان": a form of address with و opens the next person, as does a title with
    // و after a state that completes the title before (أمير قطر والرئيس فلان)
    if (isNextPersonTitle(w) || (j === i + 1 && isStateName(words[i].text) && isTitleHead(w, true) && !TITLE_HEADS.has(w))) break;
    const afterLink = j > i && NAME_LINKS.has(words[j - 1].text);
    if (NAME_LINKS.has(w) || !w.startsWith('ال') || afterLink) { j++; continue; }
    if (!bounded) { j++; continue; }
    // "أدان الوزير الهجوم": a common noun after the title is the object, no family name; untitled
    // ("تجدد الاشتباكات"), a common noun that names no body is no subject
    if (j === i && commonWords.has(w) && (titled || !AGENTS.has(w))) break;
    // An ال-word is a family name after one given name (كمال الغربي), or a name alone (الغربي);
    // definite nisba adjectives may follow it ("هيئة النقل البحري الأردني").
    if (j - i <= 1) j++;
    // a body's feminine noun and the adjectives of bodies that agree with it (الأمانة العامة، الهيئة
    // الوطنية، الحكومة الشرعية), then the genitive with لل they may take (الهيئة الوطنية للصحافة)
    if (!titled && j === i + 1 && w.endsWith('ه') && j < max && BODY_ADJECTIVES.has(words[j].text)) {
      j++;
      while (j < max && BODY_ADJECTIVES.has(words[j].text)) j++;
      if (j < max && /^لل\S{2,}$/u.test(words[j].text)) j++;
    }
    while (j < max && isDefiniteNisba(words[j].text)) j++;
    break;
  }
  return j;
}

