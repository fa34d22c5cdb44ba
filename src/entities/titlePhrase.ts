import type { OrganizationEntry, TitleEntry } from '../lexicon/types.js';
import { ORGANIZATIONS } from '../lexicon/organizations.js';
import { commonWords, givenNames, honorificHeads, particles, roleQualifiers, stopwords, titleHeads } from '../lexicon/compiled.js';
import { enabled, entityText, origText, type Doc } from '../document.js';
import { anotherBodyAfter, namesAnotherBody } from './findBodies.js';
import { normalizeForm } from '../normalize/index.js';
import { PLACES } from '../lexicon/places.js';
import { COUNTRIES } from '../lexicon/countries.js';
import { NUMBER } from '../lexicon/wordChars.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { WordSet } from '../lexicon/phrases.js';

/** A number anywhere in a word. */
const HAS_NUMBER = new RegExp(NUMBER, 'u');

/** A title with its qualifiers as written: "وزير الخارجية المصري", "الأمين العام لجامعة الدول العربية". */
export interface TitlePhrase {
  /** First and one-past-last token. */
  from: number;
  to: number;
  /** Offsets (normalised) of the phrase without leading proclitics. */
  start: number;
  end: number;
  entry: TitleEntry;
  /** The head title words as matched (normalised), e.g. "وزير الخارجيه". */
  head: string;
  country: string | null;
  org: OrganizationEntry | null;
  /** Span of the organisation words inside the phrase, where one was named. */
  orgSpan: { start: number; end: number } | null;
}

/** Words that introduce a complement of a title: لدى لبنان، إلى سوريا، في ليبيا. */
const PREPOSITIONS = new Set(['لدي', 'الي', 'في', 'عن', 'باسم', 'لشوون']);
/** Prepositions after which a country is the destination of the office holder, not his own. */
const DESTINATION = new Set(['الي', 'لدي']);
/** The proclitics a title may carry (none, و، ف، ب، ل and their pairs). */
const TITLE_PROCLITICS = new Set(['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب']);
/** Qualifiers that make a title one of the United Nations (المبعوث الأممي، المنسق الأممي). */
const UN_QUALIFIERS = new Set(['الاممي', 'الامميه']);
const UN = ORGANIZATIONS.find((o) => o.id === 'UN');
/** "المنسق الأوروبي لمكافحة الإرهاب"، "المفوضة الأوروبية": a title of the European Union (normalised). */
const EU_QUALIFIERS = new Set(['الاوروبي', 'الاوروبيه', 'الاوربي', 'الاوربيه']);
const EU = ORGANIZATIONS.find((o) => o.id === 'EU');
/** Heads that with الأوروبي say where a leader is from, not the Union's office: "الرئيس الأوروبي الوحيد" (normalised). */
const NOT_EU_HEADS: ReadonlySet<string> = new Set(['الرييس', 'رييس', 'الزعيم', 'زعيم', 'القاده', 'الزعماء', 'الملك', 'ملك']);
/** Words standing before a country name inside a title: وزير خارجية دولة الكويت. */
const STATE_WORDS = new Set(['دوله', 'جمهوريه', 'مملكه', 'سلطنه', 'اماره']);
/** Words for a region governed by an office: منطقة، محافظة، ولاية، إقليم. */
const REGION_HEADS = new Set(['منطقه', 'محافظه', 'ولايه', 'اقليم']);
/** An adjective after a complement: الخارجية، الملكي، الأمنية. */
const ADJECTIVE = /^ال\S{2,}(?:ي|يه|ه)$/;
/** "Custodian of the two holy mosques" names the Saudi king inside titles (سفير خادم الحرمين الشريفين). */
const CUSTODIAN = ['خادم', 'الحرمين'];

/** A title phrase being read: where it has got to and what its complements said so far. */
interface TitleState {
  doc: Doc;
  tokens: Doc['tokens'];
  /** The first token of the title and the token after its lexicon form. */
  i: number;
  headEnd: number;
  entry: TitleEntry;
  /** The next token to read. */
  j: number;
  country: string | null;
  org: OrganizationEntry | null;
  orgSpan: { start: number; end: number } | null;
}

/** A complement step: reads what stands at st.j and moves st.j past it (true), or leaves it (false). */
type Step = (st: TitleState, w: string) => boolean;

/**
 * Parse the title phrase starting at token i, if any: the title from the lexicon, then its
 * complements, read by the steps below in order at each word (up to eight of them): nisba forms,
 * qualifiers (الخاص، السابق), a genitive organisation or country (لجامعة الدول العربية، خارجية
 * البحرين), a body spoken for (باسم), prepositional complements (لدى لبنان، إلى سوريا), a portfolio,
 * a region governed, an unlisted party or movement (حركة …), a genitive noun with its nisba.
 * Example: "وزير الخارجية الأردني سامر الحديدي" → title "وزير الخارجية الأردني", country JO.
 */
export function parseTitlePhrase(doc: Doc, i: number): TitlePhrase | undefined {
  const tokens = doc.tokens;
  const t = doc.lex.titles.match(i);
  if (!t || !TITLE_PROCLITICS.has(t.pre)) return undefined;
  // "وإلى الآن"، "والى": و + the preposition إلى reads as the title والي once normalised
  if (tokens[i].text === 'والي' && /[إى]/u.test(origText(doc, tokens[i]))) return undefined;
  // a UN qualifier inside the lexicon's own form (المبعوث الأممي) makes an official of the UN too
  // (and a European one, المنسق الأوروبي, of the European Union)
  let body: OrganizationEntry | null = null;
  for (let k = i + 1; k < i + t.len && k < tokens.length && !body; k++) body = UN_QUALIFIERS.has(tokens[k].text) ? UN ?? null : EU_QUALIFIERS.has(tokens[k].text) && !NOT_EU_HEADS.has(tokens[i].text) ? EU ?? null : null;
  const st: TitleState = { doc, tokens, i, headEnd: i + t.len, entry: t.value, j: i + t.len, country: null, org: body, orgSpan: null };
  bodyAcrossHead(st);
  // "رئيس حزب «القوات»": the lexicon's form ends in the body's head, its name follows in quotes
  if (st.j === st.headEnd) readQuotedBody(st, st.j - 1, tokens[st.j - 1].text);
  for (let steps = 0; steps < 8 && st.j < tokens.length && tokens[st.j].joined; steps++) {
    const w = tokens[st.j].text;
    // the first step that reads the word moves on (an index loop: no closure per word)
    let k = 0;
    while (k < STEPS.length && !STEPS[k](st, w)) k++;
    if (k === STEPS.length) break;
  }
  // the head's words joined by spaces, its proclitics dropped (a one-word head with none is the token's own string)
  let head = tokens[i].text;
  for (let k = i + 1; k < i + t.len; k++) head += ' ' + tokens[k].text;
  return {
    from: i,
    to: st.j,
    start: t.start,
    end: tokens[st.j - 1].end,
    entry: t.value,
    head: t.pre.length ? head.slice(t.pre.length) : head,
    country: st.country,
    org: st.org,
    orgSpan: st.orgSpan,
  };
}

/** Bodies a person serves rather than a government office (a ministry is his country's): also a movement or armed force (قائد الجيش الوطني الليبي). */
const ACROSS_KINDS: ReadonlySet<string> = new Set(['international', 'regional', 'ngo', 'movement']);

/**
 * "رئيس المفوضية الأوروبية": a body whose name starts inside the lexicon's title form (رئيس المفوضية)
 * and runs past it is the title's body, read whole.
 */
function bodyAcrossHead(st: TitleState): void {
  if (st.org) return;
  for (let k = st.i + 1; k < st.headEnd; k++) {
    const o = st.doc.lex.organizations.match(k);
    if (!o || o.pre !== '' || k + o.len <= st.headEnd) continue;
    // a government's office (رئيس حكومة الوفاق الوطني) is its country's, not a body of his own
    if (ACROSS_KINDS.has(o.value.kind)) takeOrg(st, o.value, { start: o.start, end: o.end });
    else if (o.value.kind === 'government') st.country ??= o.value.country;
    else continue;
    st.j = k + o.len;
    return;
  }
}

/** Take a body for the title, unless it has one: the first named wins. */
function takeOrg(st: TitleState, o: OrganizationEntry, span: { start: number; end: number }): void {
  if (st.org) return;
  st.org = o;
  st.orgSpan = span;
}

/** "وزير الخارجية الأردني": a nisba gives the country. */
const nisbaStep: Step = (st) => {
  const nisba = st.doc.lex.countryNisba.match(st.j, true);
  if (!nisba) return false;
  // "للشؤون المالية": an ambiguous nisba after a portfolio is its adjective (finance), not Mali
  const prev = st.tokens[st.j - 1].text;
  if (!(nisba.ambiguous && (prev.startsWith('لل') || prev.endsWith('شوون')))) st.country ??= nisba.value.iso;
  st.j += nisba.len;
  return true;
};

/** "المبعوث الأممي": an official of the United Nations; "المفوض الأوروبي": of the European Union. */
const unStep: Step = (st, w) => {
  const eu = EU_QUALIFIERS.has(w) && !NOT_EU_HEADS.has(st.tokens[st.i].text);
  if (!UN_QUALIFIERS.has(w) && !eu) return false;
  st.org ??= (eu ? EU : UN) ?? null;
  st.j++;
  return true;
};

/** "المبعوث الخاص"، "الوزير السابق": a qualifier of the title. */
const qualifierStep: Step = (st, w) => {
  if (!roleQualifiers.has(w)) return false;
  st.j++;
  return true;
};

/** "الأمين العام لجامعة الدول العربية": a genitive body of the lexicon. */
const orgStep: Step = (st) => {
  const o = st.doc.lex.organizations.match(st.j);
  if (!o || !['', 'ل', 'ب'].includes(o.pre)) return false;
  // "أمين عام مجلس الأمن القومي": the words after the body's form make it another body's
  if (enabled(st.doc, anotherBodyAfter.id) && namesAnotherBody(st.doc, st.j, o)) return false;
  // "رئيس حزب الجمهوريين": after a title ending in حزب or حركة, a body named with that head (the
  // French party) is meant rather than the one its last words name alone (the American party)
  const prev = st.doc.tokens[st.j - 1];
  const whole = prev && PARTY_HEADS.has(prev.text) && st.doc.tokens[st.j].joined ? st.doc.lex.organizations.match(st.j - 1) : undefined;
  if (whole && whole.pre === '' && whole.len >= 2 && whole.value !== o.value) {
    takeOrg(st, whole.value, { start: whole.start, end: whole.end });
    st.j += whole.len - 1;
    return true;
  }
  takeOrg(st, o.value, { start: o.start, end: o.end });
  st.j += o.len;
  return true;
};

/** "باسمه"، "باسمها": in the name of him / her / them (normalised). */
const SPOKEN_FOR_PRONOUN: ReadonlySet<string> = new Set(['باسمه', 'باسمها', 'باسمهم', 'باسمهما']);

/** "المتحدث باسم الخارجية الأردنية"، "الناطق باسم وزارة الخارجية": the body spoken for (a government's is no body of his). */
const spokenForStep: Step = (st, w) => {
  const { doc, tokens } = st;
  // "المتحدثة باسمه ساره ساندرز"، "الناطق الرسمي باسمها فلان": spokesman of one named before; the
  // word is the title's, never the first word of the name after it
  if (SPOKEN_FOR_PRONOUN.has(w) && st.entry.kind === 'spokesman') {
    st.j++;
    return true;
  }
  const bodyAt = w === 'باسم' && tokens[st.j + 1]?.joined ? st.j + 1 : st.j === st.headEnd && tokens[st.j - 1].text === 'باسم' ? st.j : -1;
  if (bodyAt < 0 || doc.lex.countryNames.match(bodyAt)) return false;
  // "المتحدثة باسم البيت الأبيض"، "باسم الكرملين": a seat of government speaks for its state
  const seat = doc.lex.capitals.match(bodyAt);
  if (seat && seat.pre === '') {
    st.country ??= seat.value.iso;
    st.j = bodyAt + seat.len;
    return true;
  }
  const o = doc.lex.organizations.match(bodyAt);
  if (o && o.pre === '') {
    if (o.value.kind !== 'government') takeOrg(st, o.value, { start: o.start, end: o.end });
    st.j = bodyAt + o.len;
    return true;
  }
  st.j = bodyAt + 1;
  // "باسم وزارة الخارجية": a ministry and its portfolio
  const j = st.j;
  if (j < tokens.length && tokens[j].joined && /^ال/.test(tokens[j].text) && !doc.lex.countryNisba.match(j, true) && /^(?:وزار|رياس|حكوم|امان)/.test(tokens[j - 1].text)) st.j++;
  return true;
};

/** "مندوبها الدائم في الجامعة العربية": a diplomat's body is where he is accredited, not his own; "عضو في حركة …" belongs to it. */
const accreditedStep: Step = (st, w) => {
  const { doc, tokens } = st;
  // (and عن: "النائب عن ائتلاف دولة القانون فلان", the MP for a bloc)
  if ((w !== 'في' && w !== 'لدي' && w !== 'عن') || !tokens[st.j + 1]?.joined) return false;
  const o = doc.lex.organizations.match(st.j + 1);
  if (!o || o.pre !== '') return false;
  if (st.entry.kind !== 'diplomat') takeOrg(st, o.value, { start: o.start, end: o.end });
  st.j += 1 + o.len;
  return true;
};

/**
 * "وزير خارجية دولة الكويت"، "سفير الأردن": a country after the title is whose office it is; "إلى
 * سوريا"، "لدى لبنان" name where an envoy or ambassador is sent, and so does ل + country after an
 * envoy's body or his own country ("مبعوث الأمم المتحدة لسوريا").
 */
const countryStep: Step = (st, w) => {
  const { doc, tokens } = st;
  let k = st.j;
  if (PREPOSITIONS.has(w) && tokens[st.j + 1]?.joined) k = st.j + 1;
  if (STATE_WORDS.has(tokens[k].text.replace(/^ل/, '')) && tokens[k + 1]?.joined) k++;
  const c = doc.lex.countryNames.match(k);
  if (!c || !['', 'ل'].includes(c.pre)) return false;
  const sentTo = DESTINATION.has(w) || (c.pre === 'ل' && (st.org !== null || (st.country !== null && st.entry.kind === 'envoy')));
  if (!sentTo) st.country ??= c.value.iso;
  st.j = k + c.len;
  return true;
};

/** "الممثلة العليا للسياسة الخارجية"، "المستشار بالديوان الملكي": a prepositional complement naming the portfolio, with its adjectives. */
const portfolioStep: Step = (st, w) => {
  const { doc, tokens } = st;
  if (!/^(?:لل|بال)\S{3,}$/.test(w) || stopwords.has(w.slice(1)) || !tokens[st.j + 1]) return false;
  st.j++;
  for (let a = 0; a < 2 && st.j < tokens.length && tokens[st.j].joined && ADJECTIVE.test(tokens[st.j].text) && !doc.lex.countryNisba.match(st.j, true); a++) st.j++;
  return true;
};

/** Construct heads of a portfolio with ل (لشؤون اللاجئين، لمكافحة الإرهاب، لحقوق الإنسان), normalised. */
const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['لشؤون', 'لحقوق', 'لمكافحة', 'لإعادة', 'لعملية', 'لمراقبة', 'لتنسيق'].map(normalizeForm));

/** "المنسق الأوروبي لمكافحة الإرهاب"، "المبعوث الخاص لشؤون اللاجئين": ل + a portfolio's construct head and its noun. */
const constructPortfolioStep: Step = (st, w) => {
  const { doc, tokens } = st;
  if (!PORTFOLIO_HEADS.has(w) || !tokens[st.j + 1]?.joined || !/^ال\S{2,}$/u.test(tokens[st.j + 1].text) || doc.lex.countryNisba.match(st.j + 1, true)) return false;
  st.j += 2;
  // its adjectives and definite words (لشؤون المسجد الحرام), up to a given name
  for (let a = 0; a < 2 && st.j < tokens.length && tokens[st.j].joined && /^ال\S{2,}$/u.test(tokens[st.j].text) && !givenNames.has(tokens[st.j].text) && !stopwords.has(tokens[st.j].text) && !doc.lex.countryNisba.match(st.j, true); a++) st.j++;
  return true;
};

/**
 * "أمير منطقة الجوف"، "محافظ محافظة عدن"، "مدير التعليم بمنطقة نجران": the region an office
 * governs or serves (with ب: where), and its state.
 */
const regionStep: Step = (st, w) => {
  const { doc, tokens } = st;
  if (!(REGION_HEADS.has(w) || (w.startsWith('ب') && REGION_HEADS.has(w.slice(1)))) || !tokens[st.j + 1]?.joined) return false;
  st.country ??= placeState(doc, st.j) ?? placeState(doc, st.j + 1) ?? null;
  st.j += 2;
  if (st.j < tokens.length && tokens[st.j].joined && ADJECTIVE.test(tokens[st.j].text) && !doc.lex.countryNisba.match(st.j, true)) st.j++;
  return true;
};

/**
 * "ولي عهد أبو ظبي"، "أمير الرياض"، "محافظ البصرة": a city right after an office in the construct
 * state (its head without the article) is the city it governs; its state is the office's country.
 */
const cityStep: Step = (st) => {
  const { doc, tokens } = st;
  if (st.j !== st.headEnd || tokens[st.headEnd - 1].text.startsWith('ال')) return false;
  const c = doc.lex.cities.match(st.j);
  if (!c || c.pre !== '') return false;
  st.country ??= placeState(doc, st.j) ?? null;
  st.j += c.len;
  return true;
};

/** Places and capitals by normalised form → the state they lie in (places in dispute have none). */
let PLACE_STATE: Map<string, string> | undefined;

/** The state of the place named at token i, if the lexicons know it. */
export function placeState(doc: Doc, i: number): string | undefined {
  const c = doc.lex.cities.match(i);
  if (!c) return undefined;
  PLACE_STATE ??= new Map([
    ...PLACES.flatMap((p) => (p.iso ? [p.name, ...(p.forms ?? [])].map((f) => [normalizeForm(f), p.iso!] as const) : [])),
    ...COUNTRIES.flatMap((x) => x.capitals.map((f) => [normalizeForm(f), x.iso] as const)),
  ]);
  return PLACE_STATE.get(doc.norm.slice(c.start, c.end));
}

/** "سفير خادم الحرمين الشريفين": the Custodian of the two holy mosques names the Saudi king. */
const custodianStep: Step = (st, w) => {
  const { tokens } = st;
  if (w !== CUSTODIAN[0] || tokens[st.j + 1]?.text !== CUSTODIAN[1]) return false;
  st.country ??= 'SA';
  st.j += tokens[st.j + 2]?.text === 'الشريفين' ? 3 : 2;
  return true;
};

/** Heads of a party or movement's name in the construct state: حركة …، حزب …، تيار …. */
const PARTY_HEADS = new Set(['حركه', 'حزب', 'تيار', 'جبهه', 'تجمع', 'ايتلاف', 'جماعه']);
/** How many words of an unlisted body's name are read after its head. */
const MAX_BODY_WORDS = 4;

/**
 * "أمين عام حركة العدالة الوطنية"، "رئيس حزب الأمل الأردني": a party or movement no lexicon lists,
 * named after its head noun (حركة، حزب، تيار …), is the holder's body, as written; a country named
 * in it or a nisba after it is his country. Its words run to the first given name, function word,
 * title or punctuation (at most four).
 */
const unlistedBodyStep: Step = (st, w) => {
  if (st.org) return false;
  // "رئيس كتلة الأحرار لحركة …": one word of the title's own body may stand before the party
  const at = PARTY_HEADS.has(partyHead(w)) ? st.j : /^ال\S{2,}$/u.test(w) && st.tokens[st.j + 1]?.joined && PARTY_HEADS.has(partyHead(st.tokens[st.j + 1].text)) ? st.j + 1 : -1;
  const body = at < 0 ? undefined : unlistedParty(st.doc, at);
  if (!body) return false;
  takeOrg(st, body.entry, body);
  st.country ??= body.entry.country;
  st.j = body.to;
  return true;
};

/** A party head with its proclitic ل or و off: لحركة → حركه. */
function partyHead(w: string): string {
  return w.replace(/^[وف]?ل?(?=\S{3})/u, '');
}

/**
 * The party or movement that no lexicon lists, named at token i: its head (حركة، حزب …) and up to
 * four words of its name, which run to the first given name, function word, title, number or
 * punctuation; its country is a country named in it. Undefined when no name word follows.
 */
export function unlistedParty(doc: Doc, i: number): { entry: OrganizationEntry; start: number; end: number; to: number } | undefined {
  const tokens = doc.tokens;
  const head = partyHead(tokens[i].text);
  if (!PARTY_HEADS.has(head) || !tokens[i + 1]?.joined) return undefined;
  let k = i + 1;
  let country: string | null = null;
  while (k < tokens.length && k - i <= MAX_BODY_WORDS && tokens[k].joined) {
    const t = tokens[k].text;
    if ((givenNames.has(t) && !t.startsWith('ال')) || particles.has(t) || (stopwords.has(t) && !t.startsWith('ال')) || doc.lex.titles.match(k, true) || HAS_NUMBER.test(t)) break;
    country ??= doc.lex.countryNames.match(k, true)?.value.iso ?? doc.lex.countryNisba.match(k, true)?.value.iso ?? null;
    k++;
  }
  if (k === i + 1) return undefined;
  const start = tokens[i].end - head.length;
  const end = tokens[k - 1].end;
  const entry: OrganizationEntry = { id: 'BODY:' + doc.norm.slice(start, end), name: entityText(doc, { start, end }), forms: [], acronyms: [], kind: 'movement', country };
  return { entry, start, end, to: k };
}

/** Heads of a body whose name may follow in quotes: حزب «…»، منظمة "…"، بلدية «…» (normalised, ل or ب peeled). */
const QUOTED_BODY_HEADS: ReadonlySet<string> = new Set([
  ...PARTY_HEADS,
  ...['تنظيم', 'منظمة', 'جمعية', 'مؤسسة', 'شركة', 'مجموعة', 'قناة', 'صحيفة', 'مجلة', 'وكالة', 'هيئة', 'بلدية', 'مركز', 'معهد', 'نادي', 'اتحاد', 'رابطة', 'لجنة', 'كتلة', 'مجلس', 'ميليشيا', 'مليشيا', 'ميليشيات', 'قوات', 'لواء', 'كتائب', 'فصيل'].map(normalizeForm),
]);
/** How many words a quoted body name may hold. */
const MAX_QUOTED_WORDS = 6;

/**
 * "رئيس حزب «القوات اللبنانية»"، "عمدة بلدية "بوندي""، "المكتب السياسي لحركة «حماس»": a body head
 * and its name in quotes are the title's body, the quoted words read whole (a body of the lexicon
 * among them gives its entry and country, else the body is as written).
 */
const quotedBodyStep: Step = (st, w) => readQuotedBody(st, st.j, w);

/** The quoted body after the head at token h (the title's next word or its form's last); true where one was read. */
function readQuotedBody(st: TitleState, h: number, w: string): boolean {
  const { doc, tokens } = st;
  const head = w.replace(/^[وف]?[لب]?(?=\S{3})/u, '');
  if (!QUOTED_BODY_HEADS.has(head) && !QUOTED_BODY_HEADS.has(w)) return false;
  const k = h + 1;
  if (k >= tokens.length || !/^\s*[«"“]\s*$/u.test(doc.norm.slice(tokens[h].end, tokens[k].start))) return false;
  // the closing quote after at most a few joined words
  let m = k;
  while (m + 1 < tokens.length && m - k < MAX_QUOTED_WORDS && tokens[m + 1].joined) m++;
  const after = doc.norm.slice(tokens[m].end, m + 1 < tokens.length ? tokens[m + 1].start : tokens[m].end + 3);
  const close = after.search(/[»"”]/u);
  if (close < 0 || after.slice(0, close).trim() !== '') return false;
  const start = tokens[h].end - (QUOTED_BODY_HEADS.has(head) ? head.length : w.length);
  const end = tokens[m].end + close + 1;
  const listed = doc.lex.organizations.match(k);
  if (listed && listed.pre === '' && k + listed.len === m + 1) {
    if (listed.value.kind !== 'government') takeOrg(st, listed.value, { start, end });
    st.country ??= listed.value.country;
  } else if (!st.org) {
    const country = doc.lex.countryNisba.match(m, true)?.value.iso ?? null;
    const name = entityText(doc, { start, end });
    takeOrg(st, { id: 'BODY:' + doc.norm.slice(start, end), name, forms: [], acronyms: [], kind: 'movement', country }, { start, end });
    st.country ??= country;
  }
  st.j = m + 1;
  return true;
}

/** Heads of a unit or office that a title governs in the construct state (قائد قوة …، مدير شرطة …). */
const UNIT_HEADS: ReadonlySet<string> = new Set(['قوه', 'قوات', 'شرطه', 'حرس', 'فرقه', 'كتيبه', 'جهاز', 'مديريه', 'اداره', 'فرع', 'بلديه', 'امانه', 'غرفه', 'قسم', 'شعبه', 'وحده', 'دايره']);

/**
 * Bodies named again with the article after an office (محافظ المحافظة، مدير عام الجمعية، مندوب
 * المحافظتين): the office's own body, never a name (normalised).
 */
const DEFINITE_BODIES: ReadonlySet<string> = new Set(
  ['المحافظة', 'المحافظتين', 'المنطقة', 'الجمعية', 'الإدارة', 'الشركة', 'المؤسسة', 'المركز', 'الفرع', 'الهيئة', 'الوزارة', 'المديرية', 'الجامعة', 'الغرفة', 'الأمانة', 'البلدية', 'النادي', 'اللجنة', 'الصندوق', 'البنك', 'الكلية', 'المستشفى', 'المدرسة', 'المعهد', 'القسم', 'الدائرة', 'الجهاز', 'الحركة', 'الحزب', 'المنظمة', 'الاتحاد', 'الرابطة', 'المجموعة', 'النقابة'].map(normalizeForm),
);

/** "محافظ المحافظة العميد فلان"، "مدير عام الجمعية فلان": the office's body named again belongs to the title. */
const definiteBodyStep: Step = (st, w) => {
  if (st.j !== st.headEnd || !DEFINITE_BODIES.has(w)) return false;
  const { doc, tokens } = st;
  st.j++;
  // its adjectives (اللجنة الوزارية، المؤسسة العامة), not a nisba (that gives the country: the nisba step reads it)
  while (st.j < tokens.length && tokens[st.j].joined && /^و?ال\S{2,}(?:ي|يه|ه)$/u.test(tokens[st.j].text) && !doc.lex.countryNisba.match(st.j, true) && !givenNames.has(tokens[st.j].text)) st.j++;
  return true;
};

/** "قائد قوة منطقة جازان"، "مدير شرطة محافظة عدن": the unit an office heads, then what it is of. */
const unitStep: Step = (st, w) => {
  const { doc, tokens } = st;
  if (st.j !== st.headEnd || !UNIT_HEADS.has(w) || !tokens[st.j + 1]?.joined) return false;
  const k = st.j + 1;
  const next = tokens[k].text;
  // a region governed: the region step reads it next
  if (REGION_HEADS.has(next)) {
    st.j = k;
    return true;
  }
  const city = doc.lex.cities.match(k);
  if (city && city.pre === '') {
    st.country ??= placeState(doc, k) ?? null;
    st.j = k + city.len;
    return true;
  }
  // "مدير عام فرع وزارة الخارجية": a body of the lexicon, or a noun and its definite genitive, after the unit
  if (!next.startsWith('ال') && !givenNames.has(next)) {
    const o = doc.lex.organizations.match(k);
    if (o && o.pre === '') {
      if (o.value.kind !== 'government') takeOrg(st, o.value, { start: o.start, end: o.end });
      st.country ??= o.value.country;
      st.j = k + o.len;
      return true;
    }
    const genitive = tokens[k + 1];
    if (!genitive?.joined || !/^ال\S{2,}$/u.test(genitive.text) || givenNames.has(genitive.text) || stopwords.has(genitive.text) || doc.lex.countryNisba.match(k + 1, true)) return false;
    st.j = k + 2;
    return true;
  }
  // "مدير إدارة المرور العامة": the unit's definite noun and its adjectives belong to the title
  if (givenNames.has(next)) return false;
  st.j = k + 1;
  while (st.j < tokens.length && tokens[st.j].joined && ADJECTIVE.test(tokens[st.j].text) && !doc.lex.countryNisba.match(st.j, true) && !givenNames.has(tokens[st.j].text)) st.j++;
  return true;
};

/** "رئيس مجلس النقباء الأردنيين": a genitive noun with the article, then a nisba that gives the country. */
const genitiveNisbaStep: Step = (st, w) => {
  const { doc, tokens } = st;
  if (!/^ال\S{3,}$/u.test(w) || givenNames.has(w) || stopwords.has(w) || !tokens[st.j + 1]?.joined) return false;
  const nisba = doc.lex.countryNisba.match(st.j + 1, true);
  if (!nisba) return false;
  st.country ??= nisba.value.iso;
  st.j += 1 + nisba.len;
  return true;
};

/**
 * "وزير الثقافة والسياحة التركي فلان"، "الممثلة السامية … للشؤون الخارجية والسياسة الأمنية فلانة": a
 * second portfolio joined by و to a definite one belongs to the title where the title goes on after
 * it (a nisba) or its holder's name starts (an honorific, a given name); not a second person or body
 * (والرئيس …، والوفد المرافق).
 */
/** Nouns on the patterns of persons (فاعل، فعّال، فعيل، مفعَّل: الكاتب، الفنان، الشريف، المرشح): a second person, not a portfolio. */
const PERSON_NOUN = /^ال(?:[^اوي\s]ا[^اوي\s]{2}|[^اوي\s]{2}ا[^اوي\s]|[^اوي\s]{2}ي[^اوي\s]|م[^اوي\s]{3})$/u;
/** First words of every honorific, the ambiguous ones too (الشيخ، الشريف). */
/** A word of letters only (no digits, no punctuation). */
const LETTERS_ONLY = /^[\u0621-\u064A]{3,}$/u;
const anyHonorific = new WordSet(() => HONORIFICS.flatMap((h) => h.forms.map((f) => f.split(' ')[0])));

/** Portfolios that are also stop words of names (التعاون، الدفاع): a portfolio after و all the same (normalised). */
const PORTFOLIO_STOPWORDS: ReadonlySet<string> = new Set(['التعاون', 'الدفاع', 'الداخلية', 'الخارجية', 'الأمن'].map(normalizeForm));

const coordinatedPortfolioStep: Step = (st, w) => {
  const { doc, tokens } = st;
  if (!/^وال\S{3,}$/u.test(w) || !/^(?:ال|لل)/u.test(tokens[st.j - 1].text)) return false;
  const noun = w.slice(1);
  if (PERSON_NOUN.test(noun) || givenNames.has(noun) || (stopwords.has(noun) && !PORTFOLIO_STOPWORDS.has(noun)) || titleHeads.has(noun) || anyHonorific.has(noun) || doc.lex.countryNisba.match(st.j, true) || doc.lex.countryNames.match(st.j)) return false;
  let k = st.j + 1;
  while (k < tokens.length && k - st.j <= 2 && tokens[k].joined && ADJECTIVE.test(tokens[k].text) && !doc.lex.countryNisba.match(k, true) && !givenNames.has(tokens[k].text)) k++;
  if (k >= tokens.length) return false;
  // "وزير الشؤون الخارجية والتعاون الإفريقي، ناصر بوريطة": after a comma only a name of two words or more led by a given name will do
  const comma = !tokens[k].joined && /^\s*[،,]\s*$/u.test(doc.norm.slice(tokens[k - 1].end, tokens[k].start));
  if (!tokens[k].joined && !comma) return false;
  const next = tokens[k].text;
  if (comma && !(givenNames.has(next) && tokens[k + 1]?.joined)) return false;
  // a foreign name is no given name of the lexicon: a word that is no function or common word will do
  const nameLike = !/^[وف]?ال/u.test(next) && LETTERS_ONLY.test(next) && !stopwords.has(next) && !commonWords.has(next) && !particles.has(next) && !doc.lex.titles.match(k);
  if (!doc.lex.countryNisba.match(k, true) && !honorificHeads.has(next) && !givenNames.has(next) && !nameLike) return false;
  st.j = k;
  return true;
};

/** The complement steps, tried in this order at each word of a title phrase. */
const STEPS: readonly Step[] = [nisbaStep, unStep, qualifierStep, quotedBodyStep, orgStep, spokenForStep, accreditedStep, countryStep, portfolioStep, constructPortfolioStep, regionStep, cityStep, unitStep, definiteBodyStep, custodianStep, unlistedBodyStep, genitiveNisbaStep, coordinatedPortfolioStep];
