import type { Span } from '../types.js';
import { normalizeForm } from '../normalize/index.js';
import { CITY_HEADS } from '../lexicon/places.js';
import { cliticForms } from '../segment/tokens.js';
import { plainText, type Doc } from '../document.js';
import { PHRASE_LEXICONS } from '../lexicon/compiled.js';

const cityHeads = new Set(CITY_HEADS.map(normalizeForm));
/** Words of a day, and prepositions, after a venue's head (normalised): اليوم، أمس، الاثنين، مع، منذ. */
const DAY_WORDS = /^(?:اليوم|امس|غدا|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|مساء|صباح|ظهر|عصر|ليل|ليله|حاليا|مع|منذ|حيث|عند|علي|عن|الي|من|في|لدي|خلال|بعد|قبل)$/u;
/** Locative proclitics and prepositions: بالقاهرة، في جنيف، استضافت القاهرة، زار القاهرة. */
const LOCATIVE = new Set([
  'في', 'الي', 'داخل',
  ...['استضافت', 'استضاف', 'تستضيف', 'يستضيف', 'احتضنت', 'تحتضن', 'استضافتها', 'استضافته', 'احتضنتها', 'احتضنته'].map(normalizeForm),
  // a city visited is where the visitor's meetings are: "زار القاهرة واجتمع بالرئيس"
  ...['زار', 'زارت', 'يزور', 'تزور', 'وزار', 'وزارت'].map(normalizeForm),
]);

/**
 * The meeting place in tokens [from, to): a venue (بقصر قرطاج، بمنزل رئيس الحركة) or a city,
 * capital or country introduced by في / ب / إلى. `blocked` marks tokens that belong to a role or
 * a name (المبعوث إلى سوريا), which are not places of the meeting.
 */
export function findPlace(doc: Doc, from: number, to: number, blocked: (i: number) => boolean, personEndsAt: (i: number) => boolean = () => false): Span | null {
  const tokens = doc.tokens;
  for (let i = from; i < to; i++) {
    if (blocked(i)) continue;
    const prev = tokens[i - 1]?.text;
    // "زار الوزير فلان القاهرة"، "زار فلان مقر القيادة": the place right after the visitor's name
    // (asked only of a place written with no proclitic)
    const v = doc.lex.venues.match(i);
    if (v && (VENUE_PROCLITICS.has(v.pre || (prev && LOCATIVE.has(prev) ? 'في' : '')) || (v.pre === '' && visitedAt(doc, from, i, blocked, personEndsAt)))) {
      // the venue runs up to a place name within four words, or is the head plus one word
      for (let k = i + v.len; k < Math.min(to, i + v.len + 5); k++) {
        if (!tokens[k].joined) break;
        const c = doc.lex.cities.match(k) ?? doc.lex.countryNames.match(k);
        if (c) return { start: v.start, end: c.end };
      }
      const next = tokens[i + v.len];
      // "في القصر الرئاسي": a venue of two words or more is whole on its own
      if (v.len >= 2) return { start: v.start, end: v.end };
      // "في مكتبه اليوم"، "بمكتبه مع": a time or a function word after the head is none of the venue
      if (next?.joined && DAY_WORDS.test(next.text)) return { start: v.start, end: v.end };
      if (next?.joined) return { start: v.start, end: next.end };
    }
    const c = doc.lex.cities.match(i);
    // "في العاصمة البلجيكية بروكسل": the head and its nisba belong to the place as written
    if (c && c.pre === '' && i >= 2 && tokens[i].joined && tokens[i - 1].joined && cityHeads.has(cliticForms(tokens[i - 2].text).at(-1) ?? '') && doc.lex.countryNisba.match(i - 1, true)) {
      const head = tokens[i - 2];
      const bare = cliticForms(head.text).at(-1) ?? head.text;
      return { start: head.end - bare.length, end: c.end };
    }
    // "اعترف بالقدس عاصمة لإسرائيل": a city named as a capital is what is recognised, not a place
    if (c && tokens[i + c.len]?.joined && /^(?:عاصمه|عاصمتها|عاصمته)$/u.test(tokens[i + c.len].text)) continue;
    // "بحثا الوضع في إدلب": the place of a topic noun is what was discussed, not where
    if (c && ((c.pre === '' && visitedAt(doc, from, i, blocked, personEndsAt)) || locative(doc, i, c.pre, prev, personEndsAt)) && !(prev === 'في' && topicBefore(doc, i - 1))) return { start: c.start, end: c.end };
    const country = c ? undefined : doc.lex.countryNames.match(i);
    if (country && country.pre === '' && prev === 'في' && !topicBefore(doc, i - 1)) return { start: country.start, end: country.end };
  }
  return null;
}

/** Verbs of visiting (normalised, with و or ف): زار، زارت، يزور، تزور. */
const VISIT_VERB = /^[وف]?(?:زار|زارت|يزور|تزور)$/u;
/** How many words of title and name may stand between a visit verb and the place visited. */
const VISITOR_WORDS = 12;

/** Whether token i follows the name of a visitor right after his visit verb (visitorAfterVisit). */
function visitedAt(doc: Doc, from: number, i: number, blocked: (i: number) => boolean, personEndsAt: (i: number) => boolean): boolean {
  return i > from && personEndsAt(i - 1) && visitorAfterVisit(doc, from, i - 1, blocked);
}

/**
 * Whether the name ending at token `last` is the subject of a visit verb right before it, past only
 * title, honorific and name words: "زار وزير الخارجية الأردني سامر الحديدي" + the place visited.
 */
function visitorAfterVisit(doc: Doc, from: number, last: number, blocked: (i: number) => boolean): boolean {
  let j = last;
  while (j >= from && last - j < VISITOR_WORDS && (blocked(j) || doc.lex.honorifics.match(j, true))) j--;
  return j >= from && j < last && VISIT_VERB.test(doc.tokens[j].text);
}

/** What may lead a venue (بقصر، في القصر، وبمقر). */
const VENUE_PROCLITICS: ReadonlySet<string> = new Set(['ب', 'في', 'وب']);
/** A locative ب on a place name (بالقاهرة، وبجنيف، فبغداد). */
const LOCATIVE_PROCLITICS: ReadonlySet<string> = new Set(['ب', 'وب', 'فب']);

/**
 * Whether a place named at token i (its proclitics `pre`, the word before it `prev`) says where: a
 * locative ب on it, or a word before it that places (في، استضافت، العاصمة، بولاية after a time or a name).
 */
function locative(doc: Doc, i: number, pre: string, prev: string | undefined, personEndsAt: (i: number) => boolean): boolean {
  return LOCATIVE_PROCLITICS.has(pre) || (pre === '' && !!prev && (LOCATIVE.has(prev) || cityHeads.has(prev) || (inHead(prev) && headAttaches(doc, i - 2, personEndsAt))));
}

/** "بولاية توزر"، "بمدينة جدة"، "وبالعاصمة تونس": a place head with the locative ب (normalised word). */
function inHead(word: string): boolean {
  const m = /^[وف]?ب(.+)$/u.exec(word);
  return m !== null && cityHeads.has(m[1]);
}

/**
 * "بولاية توزر" says where only after a word it cannot belong to as an attribute: a date or time
 * (السبت بولاية توزر), a meeting word (لقائها بولاية منوبة), a person's name (مع الرئيس فلان بمدينة
 * سوتشي) or another place (في إمبابة بمحافظة الجيزة). After a body or an office (مدير الصحة
 * بمحافظة الأحساء) or a topic (المواجهة بمحافظة إدلب) the place is theirs.
 */
function headAttaches(doc: Doc, k: number, personEndsAt: (i: number) => boolean): boolean {
  const w = doc.tokens[k];
  if (!w || !doc.tokens[k + 1].joined) return false;
  if (WHEN_WORD.test(w.text) || MEETING_WORD.test(w.text) || personEndsAt(k)) return true;
  return !!(doc.lex.cities.match(k) ?? doc.lex.countryNames.match(k));
}

/** Dates and times (normalised): السبت، اليوم، أمس، مساء، الماضي، a day or year number. */
const WHEN_WORD = /^(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|يوم|امس|مساء|صباح|ظهر|عصر|ليل|ليله|ماضي|ماضيه|جاري|جاريه|\d{1,4})$/u;
/** Meeting words, with a pronoun (normalised): اجتماع، لقائها، مباحثاتهما، القمة، زيارته. */
const MEETING_WORD = /^[وف]?(?:ال)?(?:اجتماع|لقاء|لقاي|مباحثات|محادثات|قمه|مؤتمر|ملتقي|منتدي|زياره|زيارت|جوله|جولت|اجتماعات|لقاءات)(?:ه|ها|هم|هما)?$/u;

/** Nouns of what is discussed (normalised): "الوضع في إدلب"، "التطورات في اليمن" name a topic, not a place. */
const TOPIC_HEADS: ReadonlySet<string> = new Set(
  ['الوضع', 'الأوضاع', 'التطورات', 'المستجدات', 'الأزمة', 'الأزمات', 'الأحداث', 'الحرب', 'الصراع', 'النزاع', 'الملف', 'العملية', 'التصعيد', 'الاستقرار', 'السلام', 'الأمن', 'الحل', 'التسوية', 'المعارك', 'القتال', 'الهدنة', 'العنف']
    .flatMap((w) => [w, 'و' + w])
    .map(normalizeForm),
);

/** The word before the preposition at `at` (or the one before its adjective: الأوضاع الإنسانية في) is a topic noun. */
function topicBefore(doc: Doc, at: number): boolean {
  const tokens = doc.tokens;
  const w1 = tokens[at - 1];
  if (!w1 || !tokens[at].joined) return false;
  if (TOPIC_HEADS.has(w1.text)) return true;
  const w2 = tokens[at - 2];
  return !!w2 && w1.joined && /^ال\S+(?:يه|ي)$/u.test(w1.text) && TOPIC_HEADS.has(w2.text);
}

/**
 * A meeting place as the article names it, without the preposition ل on it, and the span of the
 * words that write it: "للندن" is ل + لندن (the span moves past the ل); "للسعودية"، "للعاصمة
 * الأردنية عمان" write ل + ال as لل, so the name's ا is given back (السعودية) over the span of the
 * whole word. Any other place is its span's plain text.
 */
export function placeAsWritten(doc: Doc, span: Span): { text: string; span: Span } {
  const text = plainText(doc, span);
  if (!text.startsWith('لل')) return { text, span };
  const rest = text.slice(1);
  const first = rest.split(/\s/u)[0];
  const { cities, countryNames } = PHRASE_LEXICONS;
  const named = (form: string): boolean => exactPlace(cities, form) || exactPlace(countryNames, form);
  // "للندن"، "لليبيا"، "للوس أنجلوس": the place's own ل after the preposition's
  if ((named(rest) || named(first)) && !named('ا' + first)) return { text: rest, span: { start: span.start + (text.length - rest.length), end: span.end } };
  return { text: 'ا' + rest, span };
}

/** The lexicon holds `form` as a whole place name, as written (no ل + ال undone). */
function exactPlace(lexicon: { lookup(form: string): unknown }, form: string): boolean {
  return !form.startsWith('ل') ? lexicon.lookup(form) !== undefined : lexicon.lookup(form) !== undefined && lexicon.lookup('ا' + form) === undefined;
}
