import { cliticForms, type Token } from '../segment/tokens.js';
import { normalizeForm } from '../normalize/index.js';
import { HONORIFIC_PRONOUNS, MEDIA_ADDRESSEES } from '../lexicon/positionWords.js';
import { wordAlternation } from '../lexicon/compile.js';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from '../lexicon/givenNames.js';
import { CITY_HEADS } from '../lexicon/places.js';
import { PHRASE_LEXICONS, commonWords, isSuffixedObjectHead, titleHeads, givenNames, honorificHeads, isMannerParticiple, particles, roleQualifiers, stopwords } from '../lexicon/compiled.js';
import { orig, origText, type Doc } from '../document.js';
import { cueOfWord, startsWithConjunction } from '../lexicon/cueForms.js';
import { actorFirstWords, actorSurnames, isKnownFullName } from '../lexicon/actors/index.js';

/** Words after a name that tell a generation of one family name (normalised): الابن، جونيور. */
const GENERATION: ReadonlySet<string> = new Set(['الابن', 'الاب', 'الاصغر', 'الاكبر', 'جونيور', 'الثاني', 'الثالث', 'الاول', 'سينيور']);

const titles = PHRASE_LEXICONS.titles;

/** A person's name found in the tokens: [from, to) token range, offsets without leading proclitics. */
export interface NameSpan {
  from: number;
  to: number;
  start: number;
  end: number;
  /** Normalised words of the name, proclitics of the first word peeled. */
  words: string[];
  /** True where the first word is a known given name. */
  given: boolean;
}

const MAX_WORDS = 6;
/** The particle أبي, written like the name آبي (Abe) once hamza and madda are normalised away. */
const NAME_PARTICLE = normalizeForm('أبي');

/** Seats of government named like cities, which stand for their state rather than a place. */
const SEATS: ReadonlySet<string> = new Set(['الكرملين', 'الاليزيه', 'الكريملين'].map(normalizeForm));

/** Heads of a place's name (العاصمة، مدينة، محافظة), which end a person's name. */
const PLACE_HEADS: ReadonlySet<string> = new Set(CITY_HEADS.map(normalizeForm));

/** Names led by these particles are given names in themselves: عبد الله، أبو بكر. */
const LEADING_PARTICLES = new Set(['عبد', 'ابو', 'عبد ال']);
/** The lengths of LEADING_PARTICLES' words, a bit each. */
const LEADING_LENGTHS = [...LEADING_PARTICLES].reduce((bits, w) => bits | (1 << Math.min(w.length, 31)), 0);

/** LEADING_PARTICLES.has(w), asked at every word: a word of another length is passed over without hashing it for the set. */
function isLeadingParticle(w: string): boolean {
  return (LEADING_LENGTHS & (1 << Math.min(w.length, 31))) !== 0 && LEADING_PARTICLES.has(w);
}
/** Particles that join a person to a parent: محمد بن سلمان، إسماعيل ولد الشيخ. */
export const PATRONYMICS: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ولد']);
/** Imperfect verbs in the dual or plural (يبحثان، سيعقدان، يلتقون): never a name word. */
/** A present verb with an object pronoun suffix (normalised): يرافقه، تدعمها، يزورهم. */
const OBJECT_VERB = /^[وف]?[يت]\S{2,}(?:ه|ها|هم|هما)$/u;
/** Tanween (ً ٌ ٍ), as the original text writes it. */
const TANWEEN = /[\u064B-\u064D]/u;
const PLURAL_VERB = /^(?:س[يت]\S{3,}(?:ان|ون)|ي\S{2,}(?:ان|ون)|ت\S{2,}ان)$/u;
/**
 * A word shaped like an imperfect verb of the third person (normalised): ي or ت, a consonant, and no
 * final vowel letter or ة (يحاور، تستقيل، يعتذر); not يونكر، تيلرسون، ترودو، يماني.
 */
const IMPERFECT_SHAPE = /^[يت][^اويء\s]\S+[^اويه\s]$/u;
/** Whether the word of token k goes on to a word joined to it, or ends its line or the text. */
function verbGoesOn(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  return !next || next.joined || doc.norm.slice(doc.tokens[k].end, next.start).includes('\n');
}
/** A nisba-shaped word that may be a family name: العربي، الإسلامي (الخاص never is: no final ي). */
const SURNAME_ADJECTIVE = /^ال\S{2,}ي$/u;
const ambiguousGiven = new Set(AMBIGUOUS_GIVEN_NAMES.map(normalizeForm));

/**
 * Names that are also Arabic words once normalised, with the article or a question's أ (الآن، أليس،
 * ألن، الفريد، الهام، اليأس، آلاء، ألفت): their first letters may be no part of a name.
 */
const ARTICLE_LOOKALIKES: ReadonlySet<string> = new Set(['الان', 'اليس', 'الن', 'الفريد', 'الهام', 'الياس', 'الاء', 'الفت']);
/**
 * Foreign given names the lexicon writes with a hamza'd alef and lam (ألكسندر، إليزابيث، ألبرت):
 * normalised they start with ال, but it is no article (normalised).
 */
let foreignAl: Set<string> | undefined;

/** Whether a normalised word is a foreign given name whose first letters only look like the article (ألكسندر، أليكسي، إليزابيث). */
export function isForeignAlName(w: string): boolean {
  foreignAl ??= new Set(
    GIVEN_NAMES.filter((f) => /^[أإآ]ل/u.test(f))
      .map(normalizeForm)
      .filter((x) => x.startsWith('ال') && !ARTICLE_LOOKALIKES.has(x) && !ambiguousGiven.has(x) && !commonWords.has(x) && !stopwords.has(x)),
  );
  return foreignAl.has(w);
}

const YA = 0x64a; // ي
const MAQSURA = 0x649; // ى
const DAGGER_ALEF = 0x670;

/**
 * Record which "علي" tokens were written على (a preposition) in the original text, for texts that
 * write alef maqsura at all; where a text never does, "علي" is a name only before بن or a given name.
 */
export function noteAli(doc: Doc): void {
  const tokens = doc.tokens;
  const prepositions = new Set<number>();
  let maqsuraUsed = false;
  for (let k = 0; k < tokens.length; k++) {
    // (a code-unit test, not a call of endsWith: this runs at every word)
    const w = tokens[k].text;
    if (w.charCodeAt(w.length - 1) !== YA) continue;
    // the original's last units, read in place (no slice of it per word): ى, or ى and a dagger alef
    const o = orig(doc, tokens[k]);
    const text = doc.text;
    const last = o.end > o.start ? text.charCodeAt(o.end - 1) : -1;
    if (last === MAQSURA || (last === DAGGER_ALEF && o.end - o.start >= 2 && text.charCodeAt(o.end - 2) === MAQSURA)) {
      maqsuraUsed = true;
      if (tokens[k].text === 'علي') prepositions.add(k);
    }
  }
  doc.memo.ali = { prepositions, maqsuraUsed };
  doc.memo.nameLike = undefined; // answers given before this note may differ for علي
}

/** "علي الصلابي" is a name, "على الصعيد" is not; see noteAli. */
function aliIsName(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const info = doc.memo.ali;
  if (info?.prepositions.has(k)) return false;
  if (info?.maqsuraUsed) return true;
  const next = tokens[k + 1];
  return !!next && next.joined && (particles.has(next.text) || givenNames.has(next.text));
}

/** Spokesman heads before "باسم" (normalised): المتحدث باسم الوزارة. */
const SPEAKS_FOR = /^[وف]?(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه|متحدثون|ناطقون)(?:ين|ان)?$/u;

/**
 * "المتحدث باسم أغاديس"، "باسم الدين"، "باسم الوطن": باسم is "in the name of" after a spokesman
 * word or before a common noun, not the given name Bassem (باسم عوض الله، باسم التميمي).
 */
function bismIsPreposition(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const prev = tokens[k - 1];
  if (prev && tokens[k].joined && SPEAKS_FOR.test(prev.text)) return true;
  const next = tokens[k + 1];
  return !!next && next.joined && commonWords.has(next.text);
}

/**
 * Whether clitic form f of token k (`word`) is a given name: read off the lexicon pass's marks
 * (doc.noted.given) where it made them, else looked up.
 */
function givenForm(doc: Doc, k: number, f: number, word: string): boolean {
  const marks = doc.noted.given;
  return marks !== undefined ? (marks[k] & (1 << f)) !== 0 : givenNames.has(word);
}

/**
 * Whether the first word of a name parsed from token `from` is a given name: with no conjunction
 * peeled (peel 0) it is that token's word (givenForm), else the rest of it, looked up.
 */
function givenFirst(doc: Doc, from: number, peel: number, word: string): boolean {
  return peel === 0 ? givenForm(doc, from, 0, word) : givenNames.has(word);
}

/** A present-tense verb the cue or stop lists know (يطلب، يلتقي، تعقد). */
function isPresentVerb(w: string): boolean {
  // (يوم is a stopword but no verb: "سيوم مسفن" is a name)
  if (stopwords.has(w) && w.length >= 4) return true;
  const f = cueOfWord(w);
  return f !== undefined && f.kind === 'verb';
}

/**
 * True where a word may be part of a person's name (not a function word, title, country or nisba).
 * The answer is kept per token (doc.memo.nameLike: 0 = not asked, 1 = yes, 2 = no): name parses
 * starting at nearby tokens ask about the same words again.
 */
export function nameLike(doc: Doc, k: number): boolean {
  const memo = (doc.memo.nameLike ??= new Uint8Array(doc.tokens.length + 1));
  const known = memo[k];
  if (known !== 0 && known !== undefined) return known === 1;
  const r = nameLikeUncached(doc, k);
  if (k >= 0 && k < memo.length) memo[k] = r ? 1 : 2;
  return r;
}

/** Whether a word holds a digit 0-9 (/\d/.test(w), by code unit: asked of every word a name parse reads). */
function hasAsciiDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

function nameLikeUncached(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const w = tokens[k].text;
  if (w.length < 2 || hasAsciiDigit(w)) return false;
  if (w === 'علي') return aliIsName(doc, k);
  if (w === 'باسم' && bismIsPreposition(doc, k)) return false;
  // "غازي عنتاب", "خميس مشيط", "بندر عباس": a city of two words or more that starts with a given name
  const place = doc.lex.cities.match(k);
  if (place && place.len > 1) return false;
  // "غير بيدرسون": the first word of a known office holder's full name, though it is also a common word
  if (opensKnownFullName(doc, k)) return true;
  // "مساعد بن فهد": a given name that is also a title or common word, before بن
  const beforeBin = tokens[k + 1]?.joined && PATRONYMICS.has(tokens[k + 1].text);
  if (givenForm(doc, k, 0, w) && beforeBin) return true;
  if (stopwords.has(w) || roleQualifiers.has(w) || titles.has(w)) return false;
  // "سيطلب"، "ستعقد": a verb in the future tense (سـ + a present verb of the cue or stop lists)
  if (/^[وف]?س[يتن]/.test(w) && isPresentVerb(w.replace(/^[وف]?س/, ''))) return false;
  // "يمني", "مصرية": a bare nisba is an adjective, even where a name looks the same (يمنى), unless
  // a given name of that form leads a longer name: "تركي المالكي"
  if (doc.lex.countryNisbaBare.match(k, true)) {
    const next = tokens[k + 1];
    return givenForm(doc, k, 0, w) && !!next?.joined && !stopwords.has(next.text) && !commonWords.has(next.text) && !doc.lex.countryNisbaBare.match(k + 1, true);
  }
  if (givenForm(doc, k, 0, w)) return true;
  // "ورئيس", "والوزير": a proclitic before a word that ends the name.
  // (ك is not peeled: كيري is a name, not ك + يرى)
  const forms = tokens[k].forms ?? cliticForms(w);
  // the forms past the first are the word with proclitics peeled (index loops: no array of them,
  // no iterator per word)
  const firstPeeled = w.startsWith('ك') ? forms.length : 1;
  for (let p = firstPeeled; p < forms.length; p++) if (stopwords.has(forms[p]) || titles.has(forms[p])) return false;
  // "بالقول", "للصحفيين": a preposition fused with the article starts a phrase, never a name word
  if (/^[وف]?(?:بال|لل|كال)/.test(w) && w.length > 4) return false;
  // "تنسيق الجهد", "لإطلاق النار", "أولى جولاته": common words of the prose, with or without proclitics
  if (commonWords.has(w) || isSuffixedObjectHead(w)) return false;
  for (let p = firstPeeled; p < forms.length; p++) if (forms[p].length >= 3 && commonWords.has(forms[p])) return false;
  // "الجلاصي لحل الأزمة": ل on a short common word (حل، دور) after a name word is a preposition
  if (w.length === 3 && w.startsWith('ل') && tokens[k - 1]?.text && tokens[k + 1]?.joined && commonWords.has(w.slice(1))) return false;
  // "سيعقدان", "يبحثون": a verb in the dual or plural, future or present
  if (PLURAL_VERB.test(w)) return false;
  // "يرافقه"، "تدعمها": a present verb with an object pronoun (the original has no ة there)
  if (OBJECT_VERB.test(w) && !/ة$/u.test(origText(doc, tokens[k]))) return false;
  // "تاركًا"، "تراثًا": a word with tanween is an adverb or an indefinite noun, no part of a name
  if (TANWEEN.test(origText(doc, tokens[k]))) return false;
  // "وصاحب السمو": an honorific (with a proclitic) starts a new name
  for (let p = 0; p < forms.length; p++) if (honorificHeads.has(forms[p])) return false;
  if (doc.lex.countryNisba.match(k, true) || doc.lex.countryNames.match(k) || doc.lex.organizations.match(k, true)) return false;
  // "لموسكو", "بالرياض": a city with a preposition
  const city = doc.lex.cities.match(k);
  if (city && city.pre !== '' && city.len === 1) return false;
  // "بمدينة"، "بمكتبه"، "لمقر"، "باتحاد": a preposition on a noun of places and bodies starts a phrase
  if (/^[وف]?[بل]/u.test(w) && PLACE_NOUN.test(w.replace(/^[وف]?[بل]/u, ''))) return false;
  return true;
}

/** Nouns of places and bodies that a preposition turns into a phrase: مدينة، مكتب، مقر، قصر، منزل، اتحاد. */
const PLACE_NOUN = /^(?:مدينه|مدينتي|مكتب|مكتبه|مقر|مقره|قصر|منزل|منزله|مبني|مركز|محافظه|منطقه|ولايه|اتحاد|مجلس|مطار|مستشفي|جامعه|ميناء)$/u;


/**
 * "سامي سلطان العمري": a bare title word (قائد، أمير، سلطان) inside a name, where the word after it
 * is a name word that the article uses again or that ends at punctuation. A title in its own right
 * would take a genitive noun (قائد الجيش), which is no name word.
 */
function titleInsideName(doc: Doc, k: number, from: number): boolean {
  const tokens = doc.tokens;
  const w = tokens[k].text;
  const next = tokens[k + 1];
  if (k === from || w.startsWith('ال') || !titles.has(w) || !next?.joined || !nameLike(doc, k + 1)) return false;
  const after = tokens[k + 2];
  // "رئيس الديوان الأميري": an adjective after the noun makes it a title phrase
  if (after?.joined && after.text.startsWith('ال')) return false;
  return formCount(doc, next.text) >= 2 || !after || !after.joined;
}

/**
 * "غادة والي إن …"، "سامي أمير، وزير …": a bare title word that is also a family name (والي، أمير)
 * after a given name, where nothing of an office follows it: the next word is punctuation or a
 * function word (إن، في، على), not a genitive (والي الجهة، أمير قطر).
 */
function bareTitleAsFamilyName(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const w = tokens[k].text;
  const hit = doc.lex.titles.match(k);
  if (!hit || hit.len !== 1 || hit.pre !== '' || !hit.ambiguous || w.startsWith('ال')) return false;
  const next = tokens[k + 1];
  return !next || !next.joined || AFTER_NAME.has(next.text);
}

/**
 * "محافظ جدة"، "أمير قطر": a bare title word that is also a family name, followed by a city or a
 * country: an office and where it is, not a name word.
 */
function titleBeforeItsPlace(doc: Doc, k: number): boolean {
  const hit = doc.lex.titles.match(k);
  if (!hit || hit.len !== 1 || hit.pre !== '' || !hit.ambiguous || doc.tokens[k].text.startsWith('ال')) return false;
  const next = doc.tokens[k + 1];
  if (!next?.joined || !next.word) return false;
  return doc.lex.cities.match(k + 1) !== undefined || doc.lex.countryNames.match(k + 1) !== undefined;
}

/**
 * How many words from token k (one to three, joined) complete the words before into a known office
 * holder's full name where token k is no name word of its own (قائد in الباجي قائد السبسي); else 0.
 */
function knownNameRunsOn(doc: Doc, words: string[], k: number): number {
  const tokens = doc.tokens;
  if (nameLike(doc, k) || !tokens[k].joined) return 0;
  // the longest run first: "حسين أمير عبد اللهيان" runs three words past the title word
  for (let n = 3; n >= 1; n--) {
    if (k + n > tokens.length) continue;
    let joined = true;
    for (let m = 1; m < n && joined; m++) joined = tokens[k + m].joined;
    if (!joined) continue;
    const more: string[] = [];
    for (let m = 0; m < n; m++) more.push(tokens[k + m].text);
    if (isKnownFullName([...words, ...more])) return n;
  }
  return 0;
}

/** Function words that may follow a closed name (normalised): إن، أن، في، على، خلال، أمس. */
const AFTER_NAME: ReadonlySet<string> = new Set(['إن', 'أن', 'بأن', 'في', 'على', 'من', 'إلى', 'عن', 'مع', 'خلال', 'لدى', 'أمس', 'اليوم'].map(normalizeForm));

/**
 * "إبراهيم بن محمد السلطان … وقال المهندس السلطان": after a patronymic (بن محمد), a definite title
 * word whose bare form is a given name (السلطان، الأمير) is the family name where it closes the
 * name and the article uses it again. A title there would start a new phrase (بن محمد الوزير سامر).
 */
function titleAsFamilyName(doc: Doc, k: number, from: number): boolean {
  const tokens = doc.tokens;
  const w = tokens[k].text;
  if (k < from + 2 || !PATRONYMICS.has(tokens[k - 2].text) || !w.startsWith('ال') || !titles.has(w) || !givenNames.has(w.slice(2))) return false;
  // "فيصل بن معمر الأمين العام": the word opens a longer title
  if (honorificHeads.has(w) || (doc.lex.titles.match(k)?.len ?? 1) > 1) return false;
  const next = tokens[k + 1];
  if (next?.joined && nameLike(doc, k + 1)) return false;
  return formCount(doc, w) >= 2;
}

/**
 * "، وعبد الرحيم العمري"، "ومحمود الجلاصي": a conjunction on a known given name or particle is
 * peeled; the words it opens the name with (the particle and its word, or the given name).
 */
function peelConjunction(doc: Doc, from: number): { words: string[]; peel: number } {
  const tokens = doc.tokens;
  const first = tokens[from]?.text ?? '';
  if (!startsWithConjunction(first) || givenForm(doc, from, 0, first)) return { words: [], peel: 0 };
  const rest = first.slice(1);
  if (particles.has(rest) && rest !== 'ال' && tokens[from + 1]?.joined) {
    // "وآبي على القمة"، "وآبي إنه": آبي (also the particle أبي) before no name word is the name alone
    const next = tokens[from + 1].text;
    if (rest === NAME_PARTICLE && ((next === 'علي' && !aliIsName(doc, from + 1)) || !(nameLike(doc, from + 1) || (givenForm(doc, from + 1, 0, next) && !stopwords.has(next))))) return { words: [rest], peel: 1 };
    return { words: [rest, tokens[from + 1].text], peel: 1 };
  }
  if (givenNames.has(rest) && !ambiguousGiven.has(rest) && rest !== 'علي' && !stopwords.has(rest)) return { words: [rest], peel: 1 };
  return { words: [], peel: 0 };
}

/** Whether token k opens a known office holder's full name of two or three words (بان كي مون، غير بيدرسون), its first word listed or not. */
function opensKnownFullName(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const w = tokens[k].text;
  if (!actorFirstWords.has(w) || !tokens[k + 1]?.joined) return false;
  return isKnownFullName([w, tokens[k + 1].text]) || (tokens[k + 2]?.joined === true && isKnownFullName([w, tokens[k + 1].text, tokens[k + 2].text]));
}

/**
 * Whether parseName(doc, j) can give a name led by a given name (or عبد/أبو) starting at j: its
 * first word is token j's word or, past a conjunction, the rest of it. A cheap test that spares
 * the parse (and its per-word tests) at the many words that open no such name.
 */
export function mayOpenGivenName(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  if (!t) return false;
  const w = t.text;
  if (givenForm(doc, j, 0, w) || isLeadingParticle(w)) return true;
  // "بان كي مون"، "غير بيدرسون": the first word of a known full name that is no given name of the list
  if (opensKnownFullName(doc, j)) return true;
  if (w[0] !== 'و' && w[0] !== 'ف') return false;
  // (the word without its first letter is its second clitic form where it has one: no new string)
  const second = t.forms?.[1];
  if (second !== undefined && second.length === w.length - 1) return givenForm(doc, j, 1, second) || isLeadingParticle(second);
  const rest = w.slice(1);
  return givenNames.has(rest) || isLeadingParticle(rest);
}

/**
 * Parse a name starting at token j: optional honorifics (الشيخ، الدكتور), then up to six name
 * words joined by spaces only, with particles (بن، أبو، آل، عبد، ولد) binding to the next word.
 * Example: "سلمان بن عبدالعزيز آل سعود" (5 words), "أحمد أبو الغيط".
 */
export function parseName(doc: Doc, j: number): NameSpan | undefined {
  const tokens = doc.tokens;
  let k = j;
  for (let h = doc.lex.honorifics.match(k, true); h && k < tokens.length; h = doc.lex.honorifics.match(k, true)) {
    k += h.len;
    if (!tokens[k]?.joined) return undefined;
  }
  const from = k;
  let lastIsName = false;
  const { words, peel } = peelConjunction(doc, from);
  k += words.length;
  while (k < tokens.length && words.length < MAX_WORDS) {
    const tok = tokens[k];
    if (k > from && !tok.joined) break;
    // "شينزو آبي، الأحد" / "وأكد آبي خلال": a particle that is also a given name (آبي = أبي) and is
    // followed by no name word is that name
    // (nor علي where the text writes the preposition على: "ترامب وآبي على القمة")
    const nameParticle = tok.text === NAME_PARTICLE && !(tokens[k + 1]?.joined && !(tokens[k + 1].text === 'علي' && !aliIsName(doc, k + 1)) && (nameLike(doc, k + 1) || (givenForm(doc, k + 1, 0, tokens[k + 1].text) && !stopwords.has(tokens[k + 1].text))));
    if (nameParticle) {
      words.push(tok.text);
      k++;
      lastIsName = true;
      break;
    }
    if (particles.has(tok.text) && k + 1 < tokens.length && tokens[k + 1].joined && (k > from || tok.text !== 'ال')) {
      // a particle binds the next word whatever it is: "ولد الشيخ أحمد", "أبو الغيط"
      words.push(tok.text, tokens[k + 1].text);
      k += 2;
      continue;
    }
    // "مون جاي-إن": a short syllable hyphened to the word before is of the name, whatever word it looks like
    if (k > from && tok.joined && tok.text.length <= 4 && doc.norm.charCodeAt(tok.start - 1) === 0x2d) {
      words.push(tok.text);
      k++;
      continue;
    }
    // "الباجي قائد السبسي": a known office holder's full name runs on past a word that is also a title
    const known = k > from ? knownNameRunsOn(doc, words, k) : 0;
    if (known > 0) {
      for (let n = 0; n < known; n++) words.push(tokens[k + n].text);
      k += known;
      // the name ends there, or runs on into a longer known form (عبد الله الثاني بن الحسين)
      let longest = 0;
      for (let n = 1; n <= 3 && k + n <= tokens.length && tokens[k + n - 1].joined; n++) {
        if (isKnownFullName([...words, ...tokens.slice(k, k + n).map((t) => t.text)])) longest = n;
      }
      for (let n = 0; n < longest; n++) words.push(tokens[k + n].text);
      k += longest;
      lastIsName = true;
      break;
    }
    if (!nameLike(doc, k) && !titleInsideName(doc, k, from)) {
      // "نبيل العربي.": an adjective-shaped family name after a given name, closing the name
      if (k > from && words.length === 1 && givenFirst(doc, from, peel, words[0]) && SURNAME_ADJECTIVE.test(tok.text) && roleQualifiers.has(tok.text) && !tokens[k + 1]?.joined) {
        words.push(tok.text);
        k++;
      } else if (k > from && words.length === 1 && givenFirst(doc, from, peel, words[0]) && bareTitleAsFamilyName(doc, k)) {
        // "الوزيرة غادة والي إن …": a bare ambiguous title closing a given name is its family name
        words.push(tok.text);
        k++;
      } else if (titleAsFamilyName(doc, k, from)) {
        words.push(tok.text);
        k++;
      }
      break;
    }
    // "يزور فلان الفلاني موسكو": a city after a name of two words is where he goes, not his name
    // (one word, not a seat of government standing for its state: الكرملين، البيت الأبيض)
    if (words.length >= 2 && !givenForm(doc, k, 0, tok.text) && doc.lex.cities.match(k)?.len === 1 && !SEATS.has(tok.text)) break;
    // "الأمير فلان بن فلان محافظ جدة": a title word that is also a family name (محافظ، أمير، والي)
    // opens his office where a city or a country follows it
    if (words.length >= 2 && titleBeforeItsPlace(doc, k)) break;
    // "وأبدى فلان الفلاني سعادته بـ…": an honorific or a noun with "his" (سعادته، معاليه) is no name word
    if (k > from && HONORIFIC_WORDS.has(tok.text)) break;
    // "قال مسؤول تركي لرويترز"، "لـCNN"، "لوكالة الأنباء": whom he spoke to is no name word
    if (k > from && tok.text.charCodeAt(0) === 0x644 && TO_MEDIA.test(tok.text)) break;
    // "زار فلان الفلاني العاصمة الماليزية": a place head (العاصمة، محافظة، ولاية) is never a name word,
    // nor a participle of manner ("قال فلان الفلاني مبتسما")
    // (not after a short particle of a foreign name: دي مستورا)
    if (k > from && (PLACE_HEADS.has(tok.text) || (isMannerParticiple(tok.text) && tokens[k - 1].text.length > 2))) break;
    // "وعدد من", "وصاحب": inside a name, و is a conjunction unless the word is a given name (وليد)
    if (k > from && tok.text.length > 2 && tok.text.startsWith('و') && !givenForm(doc, k, 0, tok.text)) break;
    // "ميلانيا بمنزلهما"، "ترامب قمتهما": a word with a dual or plural pronoun suffix, or a
    // preposition and a pronoun suffix, is no name word
    if (k > from && (/\S{2}(?:هما|كما)$/u.test(tok.text) || /^[وف]?[بل]\S{3,}(?:هم|ها)$/u.test(tok.text))) break;
    // "حسن روحاني قمع المتظاهرين": a known office holder's full name is whole; a word that makes it
    // no name of his ends it, unless it marks a generation (جورج بوش الابن، دونالد ترامب جونيور);
    // not a nasab (محمد بن عبد الرحمن is the start of many names)
    if (words.length >= 2 && !GENERATION.has(tok.text) && !givenForm(doc, k, 0, tok.text) && !words.some((w) => particles.has(w)) && isKnownFullName(words) && !isKnownFullName([...words, tok.text])) break;
    // "فلان الفلاني يعتذر"، "فلان بن فلان يحاور الصحفيين": after a name of two words or more, a word
    // shaped like an imperfect verb that the article writes only here, and that is no given name and
    // no known surname, is the verb of a headline, not a name word; a verb goes on to its object or
    // ends its line (a name set off by a comma, كيم يونغ تشول، keeps its last word)
    if (words.length >= 2 && IMPERFECT_SHAPE.test(tok.text) && !givenForm(doc, k, 0, tok.text) && !actorSurnames.has(tok.text) && formCount(doc, tok.text) === 1 && verbGoesOn(doc, k)) break;
    words.push(tok.text);
    k++;
  }
  while (words.length && particles.has(words[words.length - 1]) && !lastIsName) {
    words.pop();
    k--;
  }
  if (!words.length) return undefined;
  // a known office holder's full name is one though its given name is also a word (عادل الجبير)
  const given = (givenFirst(doc, from, peel, words[0]) && !ambiguousGiven.has(words[0])) || (words.length >= 2 && !givenNames.has(words[0]) && isKnownFullName(words)) || (LEADING_PARTICLES.has(words[0]) && words.length >= 2) || (words.length >= 2 && ambiguousGiven.has(words[0]) && (isKnownFullName(words) || nasabAfter(words)));
  return { from, to: k, start: tokens[from].start + peel, end: tokens[k - 1].end, words, given };
}

/**
 * Whether a name in a slot that wants a person (after "نظيره الأردني") is believable: plausible,
 * or two words or more led by a given name that is also a common word (ناصر الحديدي، سليم العمري).
 */
export function plausibleInSlot(name: NameSpan, doc: Doc): boolean {
  return plausibleName(name, doc) || twoWordName(name);
}

/**
 * After a title: a given name that is also a common word (نبيل، جودة، خطاب) and one more word
 * that is no common word (نبيل الزعبي، نبيل فقيه; not جودة الأداء).
 */
export function ambiguousGivenAfterTitle(name: NameSpan, doc: Doc): boolean {
  const second = name.words[1] ?? '';
  // a definite second word is a family name where it is shaped like one (الزعبي), not a noun (الأداء)
  return plausibleName(name, doc) || (name.words.length === 2 && ambiguousGiven.has(name.words[0]) && !commonWords.has(second) && (!second.startsWith('ال') || second.endsWith('ي')));
}

/** Two words or more led by a given name, the second no common word. */
function twoWordName(name: NameSpan): boolean {
  return name.words.length >= 2 && givenNames.has(name.words[0]) && !commonWords.has(name.words[1]);
}

/**
 * Whether a name candidate is believable: led by a clear given name (or عبد/أبو), or its family
 * name recurs elsewhere in the article (تيلرسون … وقال تيلرسون), or it has two or more words and
 * ends at punctuation ("هاني سلطان الزعبي، صباح اليوم"). Keeps "تأكيدات" or "فرصة للتأكيد"
 * after a title from being taken for names.
 */
export function plausibleName(name: NameSpan, doc: Doc): boolean {
  const tokens = doc.tokens;
  const norm = doc.norm;
  if (name.given) return true;
  // a patronymic chain is a name: "بدر بن ناصر", "محمد ولد عبد العزيز"
  if (name.words.slice(1, -1).some((w) => PATRONYMICS.has(w))) return true;
  const last = name.words[name.words.length - 1];
  const inName = name.words.filter((w) => w === last).length;
  if (formCount(doc, last) > inName) return true;
  const next = tokens[name.to];
  const gap = next ? norm.slice(tokens[name.to - 1].end, next.start) : '.';
  // "… منير الجلاصي وعضو المكتب": the next title of a list ends the name as a comma would
  const nextTitle = !!next && /^و/.test(next.text) && (titles.has(next.text.slice(1)) || titleHeads.has(next.text.slice(1)));
  return name.words.length >= 2 && (/[،,.:؛;()«»"]/.test(gap) || nextTitle);
}

/**
 * How many words of the document have `w` among their clitic forms (a word right after a particle
 * is part of a name, بن زايد, not a family name on its own, and is not counted). Few words of an
 * article are asked about (and most articles ask about none): each is counted by a scan of the
 * words when first asked, and the answer kept on the document. In a long text (INDEX_FORMS_FROM
 * words) every form is counted in one pass from the second word on (formIndex), so that it is read
 * once, not once a word asked about.
 */
function formCount(doc: Doc, w: string): number {
  const memo = doc.memo;
  if (memo.formIndex !== undefined) return memo.formIndex.get(w) ?? 0;
  const counts = (memo.formCounts ??= new Map());
  let n = counts.get(w);
  if (n !== undefined) return n;
  if (counts.size > 0 && doc.tokens.length >= INDEX_FORMS_FROM) return (memo.formIndex = formIndex(doc)).get(w) ?? 0;
  n = 0;
  const tokens = doc.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const forms = tokens[k].forms ?? cliticForms(tokens[k].text);
    let times = 0;
    for (let fi = 0; fi < forms.length; fi++) if (forms[fi] === w) times++;
    // (the particle before looked up only for a word that has the form: most have not)
    if (times > 0 && counted(tokens, k)) n += times;
  }
  counts.set(w, n);
  return n;
}

/** ل + a medium or an outlet spoken to (normalised): للصحفيين، لوكالة، لرويترز، لـCNN. */
const TO_MEDIA = new RegExp(`^لل?(?:${wordAlternation(MEDIA_ADDRESSEES.map(normalizeForm))})$`);

/** Honorific pronouns (normalised): سموه، معاليه، سعادته. */
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(HONORIFIC_PRONOUNS.map(normalizeForm));

/** Particles of lineage and family (normalised): a word before "بن فلان" or "آل فلان" is a given name. */
const NASAB: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ال', 'ولد'].map(normalizeForm));

/** "عادل آل عمر"، "صالح بن حميد": a given name that is also a word, with a particle of lineage or family after it and a name word after that. */
function nasabAfter(words: readonly string[]): boolean {
  return words.length >= 3 && NASAB.has(words[1]) && !stopwords.has(words[0]);
}

/**
 * How many words a text must have for formCount to count every form at its second word: an
 * article asks about two or three words at most, and one scan each costs less than the index
 * (which cost a warm summarize() some 1.4%, bench-ab).
 */
const INDEX_FORMS_FROM = 2048;

/** Whether word k counts towards formCount: not a word joined to a particle before it. */
function counted(tokens: readonly Token[], k: number): boolean {
  return !(k > 0 && tokens[k].joined && particles.has(tokens[k - 1].text));
}

/**
 * formCount of every clitic form of the document's words, in one pass: the words are counted by
 * their text (one lookup a word), then each distinct word's forms by its count.
 */
function formIndex(doc: Doc): Map<string, number> {
  const words = new Map<string, { n: number; forms: readonly string[] }>();
  const tokens = doc.tokens;
  for (let k = 0; k < tokens.length; k++) {
    if (!counted(tokens, k)) continue;
    const t = tokens[k];
    const seen = words.get(t.text);
    if (seen !== undefined) seen.n++;
    else words.set(t.text, { n: 1, forms: t.forms ?? cliticForms(t.text) });
  }
  const index = new Map<string, number>();
  for (const { n, forms } of words.values()) for (let fi = 0; fi < forms.length; fi++) index.set(forms[fi], (index.get(forms[fi]) ?? 0) + n);
  return index;
}
