import { normalizeForm } from '../normalize/index.js';
import type { Token } from '../segment/tokens.js';
import type { OrganizationEntry } from '../lexicon/types.js';
import { enabled, entityText, type Doc } from '../document.js';
import type { RuleInfo } from '../rules.js';
import { parseTitlePhrase, type TitlePhrase } from './titlePhrase.js';
import { parseName, type NameSpan } from './personName.js';
import { PHRASE_LEXICONS, titleHeads } from '../lexicon/compiled.js';
import { LETTER } from '../lexicon/wordChars.js';

/** A person mention before linking: a name (maybe with a title), or a title alone (a description). */
export interface RawPerson {
  name: NameSpan | null;
  title: TitlePhrase | null;
  /** Every title attached at this mention, most specific first. */
  titles: TitlePhrase[];
  /** Country and organisation stated at this mention. */
  country: string | null;
  org: OrganizationEntry | null;
  /** The organisation as the text writes it (حركة حماس for the lexicon's حركة المقاومة الإسلامية). */
  orgText: string | null;
  /** Role text span (normalised), when a title is attached. */
  role: { start: number; end: number } | null;
  /** The id of the rule that found it. */
  rule: string;
}

/** What the person parsers share while they read an article's words left to right. */
export interface PeopleState {
  doc: Doc;
  tokens: Token[];
  norm: string;
  /** The mentions found so far, in text order. */
  out: RawPerson[];
  /** Tokens already read as part of a title or a name. */
  used: Uint8Array;
  /** The last title found (an elided title or a counterpart borrows it). */
  lastTitle: TitlePhrase | null;
}

/**
 * A person parser: at token i (where the title lexicon found `title`, if any) it reads a mention
 * and returns the index of the last token it took, or undefined to leave the token to the next one.
 */
export interface PersonParser extends RuleInfo<string> {
  stage: 'entities';
  /** Only tried where a title starts at the token (true), only where none does (false), or always. */
  titled?: boolean;
  /** The parser reads the title as part of a list of names, not as an office: the title is not remembered. */
  keepsLastTitle?: boolean;
  parse(st: PeopleState, i: number, title: TitlePhrase | undefined): number | undefined;
}

/** Counterpart words: "نظيره الروسي" is a person of the same office from another country. */
export const COUNTERPARTS: ReadonlySet<string> = new Set(['نظيره', 'نظيرته', 'نظيريه', 'نظرائه', 'نظيرها', 'نظيرتها', 'ونظيره', 'ونظيريه', 'بنظيره', 'بنظيرته', 'مع نظيره']);

/**
 * What may stand between two names of a list: a comma or colon, a parenthesis (جرى تعيينهم
 * أخيرا), a joiner (و، وكذلك) and one honorific (، والمهندس).
 */
export const NAME_LIST_GAP = new RegExp(`^[\\s،,:]*(?:\\([^()]*\\)[\\s،,]*)?(?:(?:و|وكذلك|كذلك|وايضا)\\s*)?(?:و?ال${LETTER}+\\s*)?$`, 'u');

/** Titles with a pronoun for the one whose deputy or envoy the holder is (نائبه، مبعوثها). */
const POSSESSIVE_TITLES = new Set(['DEPUTY']);
/** Ranks that say little about the office: "الأمير", "اللواء". */
export const BARE_RANKS: ReadonlySet<string> = new Set(['PRINCE', 'RANK']);

/**
 * Find person mentions: each word not yet read is offered to the parsers in order (the first that
 * reads a mention there wins). Titles are parsed once per word for all of them.
 */
export function findPeople(doc: Doc, parsers: readonly PersonParser[]): RawPerson[] {
  const st: PeopleState = { doc, tokens: doc.tokens, norm: doc.norm, out: [], used: new Uint8Array(doc.tokens.length), lastTitle: null };
  const active = parsers.filter((p) => enabled(doc, p.id));
  // The parsers to try where a title starts at the word and where none does, each with its parse
  // function, read once per article: every parser is an object of a shape of its own, and reading
  // their fields at every word cost a megamorphic lookup per parser and word.
  const withTitle = plan(active.filter((p) => p.titled !== false));
  const noTitle = plan(active.filter((p) => p.titled !== true));
  for (let i = 0; i < st.tokens.length; i++) {
    if (st.used[i]) continue;
    const title = parseTitlePhrase(doc, i);
    const { parsers: list, parse, keepsLastTitle } = title ? withTitle : noTitle;
    let keeps = false;
    for (let k = 0; k < list.length; k++) {
      const last = parse[k].call(list[k], st, i, title);
      if (last === undefined) continue;
      keeps = keepsLastTitle[k];
      i = last;
      break;
    }
    if (title && !keeps) st.lastTitle = title;
  }
  return st.out;
}

/** Parsers in order with their parse functions and keepsLastTitle flags, as arrays read by index. */
interface ParserPlan {
  parsers: PersonParser[];
  parse: PersonParser['parse'][];
  keepsLastTitle: boolean[];
}

function plan(parsers: PersonParser[]): ParserPlan {
  return { parsers, parse: parsers.map((p) => p.parse), keepsLastTitle: parsers.map((p) => p.keepsLastTitle === true) };
}

/**
 * Record a mention: its name and titles (the most specific first: an office before a rank or
 * courtesy), the country and body they state, and mark its tokens read. A possessive title
 * (نائبه، مبعوثها) is of the side just named: "… فلان، ونائبه فلان".
 */
export function pushPerson(st: PeopleState, name: NameSpan | null, titles: TitlePhrase[], rule: string): void {
  const sorted = [...titles].sort((a, b) => rank(a) - rank(b));
  const t = sorted[0] ?? null;
  const prev = st.out[st.out.length - 1];
  const own = t && POSSESSIVE_TITLES.has(t.entry.id) && prev?.name && t.from - prev.name.to <= 3 ? prev : undefined;
  st.out.push({
    name,
    title: t,
    titles: sorted,
    country: sorted.map((x) => x.country).find((c) => c) ?? own?.country ?? null,
    org: sorted.map((x) => x.org).find((o) => o) ?? own?.org ?? null,
    orgText: writtenOrg(st, sorted) ?? own?.orgText ?? null,
    role: t ? { start: t.start, end: t.end } : null,
    rule,
  });
  for (const x of sorted) markUsed(st, x.from, x.to);
  if (name) markUsed(st, name.from, name.to);
}

/**
 * The organisation of the first title that names one, as written, without its proclitic: لحركة
 * حماس → حركة حماس, بالأمم المتحدة → الأمم المتحدة, للأمم المتحدة → الأمم المتحدة.
 */
function writtenOrg(st: PeopleState, titles: TitlePhrase[]): string | null {
  const span = titles.find((x) => x.org)?.orgSpan;
  if (!span) return null;
  // "لحزب الكتائب": the head noun before a name the lexicon lists without it belongs to the name
  const head = HEAD_BEFORE.exec(st.norm.slice(Math.max(0, span.start - 8), span.start));
  const start = head ? span.start - head[0].length + head[1].length : span.start;
  const text = entityText(st.doc, { start, end: span.end }).replace(/^[لب](?=ال|حزب|حرك|تيار|جبه|منظم)/u, '');
  // ل + ال is written لل: the span starts at the article's ل
  return !head && st.norm[span.start - 1] === 'ل' && st.norm[span.start] === 'ل' && !text.startsWith('ال') ? `ا${text}` : text;
}

/** A body's head noun (with its proclitic) right before a name: "لحزب "، "حركة ". */
const HEAD_BEFORE = /(?:^|\s)([وفلب]*)(?:حزب|حركه|تيار|جبهه|منظمه)\s$/u;

/** Mark tokens [from, to) as read. */
export function markUsed(st: PeopleState, from: number, to: number): void {
  for (let k = from; k < to; k++) st.used[k] = 1;
}

/**
 * Offices rank before royal and military offices, which rank before bare ranks: "الأمير فلان بن
 * فلان ولي العهد" has the role ولي العهد.
 */
function rank(t: TitlePhrase): number {
  if (BARE_RANKS.has(t.entry.id)) return 3;
  const k = t.entry.kind;
  return k === 'royal' || k === 'military' ? 2 : 1;
}

/**
 * A title right after a name (joined or after a comma) is that person's role too: "الأمير فلان بن
 * فلان وزير الداخلية"، "الشيخ فلان، وزير الخارجية" (rule title-after-name). Not a title with a
 * conjunction (it starts the next person), nor one with a name of its own after it.
 */
export function titleAfter(st: PeopleState, name: NameSpan): TitlePhrase | undefined {
  return titleAt(st, name.to);
}

/** The title standing at token j right after a name or another title of it, if it is that person's. */
function titleAt(st: PeopleState, j: number): TitlePhrase | undefined {
  const { doc, tokens, norm } = st;
  if (!enabled(doc, 'title-after-name')) return undefined;
  if (j >= tokens.length || (!tokens[j].joined && !commaOnly(tokens, norm, j))) return undefined;
  if (/^[وف]/.test(tokens[j].text) && !titlesStartWith(tokens[j].text)) return undefined;
  // "اتصل الرئيس فلان برئيس الوزراء الكندي": a title behind a preposition (ب، ل) is whom he spoke
  // to, not an office of his own (a title in apposition takes no preposition)
  if (/^[بل]/.test(tokens[j].text) && !titlesStartWith(tokens[j].text)) return undefined;
  const t = parseTitlePhrase(doc, j);
  // "استقبل X الرئيس Y": a title with a name of its own after it belongs to that name
  // (not one after و: "فلان وزير الطاقة وفلان الأمين العام" lists the next person)
  const after = t && t.to < tokens.length && tokens[t.to].joined ? parseName(doc, t.to) : undefined;
  const next = after && after.start === tokens[after.from].start ? after : undefined;
  if (next && next.given) return undefined;
  // "… فلان الرئيس اللبناني سالم عون": a title naming its country anchors a two- or three-word
  // name of its own, though its first word (سالم) is also a common word
  if (next && (t!.country !== null || t!.org !== null) && next.words.length >= 2 && next.words.length <= 3) return undefined;
  return t;
}

/** The rule id of titleAfter, listed with the parsers for --explain and `npm run rules`. */
export const titleAfterName: RuleInfo<'title-after-name'> = {
  id: 'title-after-name',
  stage: 'entities',
  summary: 'a title right after a name (joined or after a comma) is that person\'s role too',
  example: 'واستقبل الشيخ حمدان بن راشد، وزير الخارجية، الوفد البرلماني.',
};

/**
 * A further office right after a title of the same person: joined to it by a space only (after a
 * comma a rank such as "الفريق" opens the next person), and not a bare rank.
 */
function nextOffice(st: PeopleState, j: number): TitlePhrase | undefined {
  if (j >= st.tokens.length || !st.tokens[j].joined) return undefined;
  const t = titleAt(st, j);
  return t && !BARE_RANKS.has(t.entry.id) ? t : undefined;
}

/** Verbs whose object is the one met (normalised, with و): استقبل، التقى، قابل، ودع، هنأ. */
const MEETS_OBJECT: ReadonlySet<string> = new Set(
  ['استقبل', 'استقبلت', 'يستقبل', 'تستقبل', 'التقى', 'التقت', 'يلتقي', 'تلتقي', 'قابل', 'قابلت', 'يقابل', 'ودع', 'ودعت', 'هنأ', 'هنأت'].flatMap((w) => [w, 'و' + w]).map(normalizeForm),
);

/** How many titles in a row after a name are read as its own: "رئيس مجلس الوزراء وزير الداخلية". */
const MAX_TITLES_AFTER = 3;

/**
 * Push a name with the titles right after it, if any (a chain: "فلان رئيس مجلس الوزراء وزير
 * الداخلية" holds both offices), and return the last token taken. `weaker` titles (the الملك of
 * جلالة الملك) come after those, so a fuller office written after the name is the role.
 */
export function pushNameWithTitleAfter(st: PeopleState, name: NameSpan, titles: TitlePhrase[], rule: string, weaker: TitlePhrase[] = []): number {
  const more: TitlePhrase[] = [];
  // "استقبل الرئيس التونسي فلان وزير الخارجية الكندي": after a verb that takes whom it met as its
  // object, a title joined to its titled subject's name opens that object, not a second office of his
  // (where the two titles name different states: "استقبل الرئيس التونسي فلان رئيس الوزراء الأردني")
  const first = titleAfter(st, name);
  const object = first !== undefined && titles.length > 0 && titles[0].from > 0 && MEETS_OBJECT.has(st.tokens[titles[0].from - 1].text) && st.tokens[name.to].joined
    && titles.some((t) => t.country !== null) && first.country !== null && titles.every((t) => t.country === null || t.country !== first.country);
  for (let t = object ? undefined : first; t && more.length < MAX_TITLES_AFTER; t = nextOffice(st, t.to)) more.push(t);
  pushPerson(st, name, [...titles, ...more, ...weaker], rule);
  return Math.max(name.to, more.length ? more[more.length - 1].to : 0) - 1;
}

/** True where only an opening quote stands between token j-1 and token j: الممثلة العليا "فلانة". */
export function quoteOnly(tokens: Token[], norm: string, j: number): boolean {
  return j > 0 && tokens[j].start - tokens[j - 1].end <= 3 && /^\s*[«"“]\s*$/.test(norm.slice(tokens[j - 1].end, tokens[j].start));
}

/** Titles whose own first letter is و or ف (وزير، وكيل، فريق…): not a conjunction. */
export function titlesStartWith(word: string): boolean {
  return PHRASE_LEXICONS.titles.has(word) || titleHeads.has(word);
}

/** True where only a comma (Arabic or Latin) stands between token j-1 and token j. */
export function commaOnly(tokens: Token[], norm: string, j: number): boolean {
  return j > 0 && tokens[j].start - tokens[j - 1].end <= 3 && /^\s*[،,]\s*$/.test(norm.slice(tokens[j - 1].end, tokens[j].start));
}
