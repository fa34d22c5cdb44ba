import { enabled, entityText, remember, type Doc } from '../document.js';
import { Endings, type Token } from '../segment/tokens.js';
import type { Entity } from './model.js';
import type { RuleInfo } from '../rules.js';
import { COUNTRIES } from '../lexicon/countries.js';
import { BODY_HEADS_BEFORE_QUOTE } from '../lexicon/positionWords.js';
import { stopwords } from '../lexicon/compiled.js';
import type { OrganizationEntry } from '../lexicon/types.js';
import { normalizeForm } from '../normalize/index.js';

/**
 * Organisations (الأمم المتحدة، حركة حماس) and countries (مصر، المملكة المغربية) named in the
 * text, one entity each, every mention kept; the longest form as written is the name. Words that
 * people's titles and names took are left alone. The body parsers are tried in order at each word.
 */


/** What the body parsers share. */
export interface BodyState {
  doc: Doc;
  tokens: Token[];
  byKey: Map<string, Entity>;
  /** The length of each body's best name so far, by its key (kept beside the entity, so that the entity is returned as it is, not copied without it). */
  best: Map<string, number>;
  firstId: number;
}

/** A body parser: at token i it reads a body's mention and returns the last token it took, or undefined. */
export interface BodyParser extends RuleInfo<string> {
  stage: 'entities';
  /**
   * The only words the parser reads anything at, as its parse tests first (returning undefined at
   * once elsewhere): a word ending in one of `ends`, or one where the lexicon `lexicon` has a hit.
   * findBodies offers a word to no parser where none of them may read it. A parser that declares
   * neither is offered every word.
   */
  opensAt?: { ends?: Endings; lexicon?: 'organizations' | 'countryNames' };
  parse(st: BodyState, i: number): number | undefined;
}

/** Find every body mention, one entity per body. */
export function findBodies(doc: Doc, firstId: number, taken: (start: number) => boolean, parsers: readonly BodyParser[]): Entity[] {
  const st: BodyState = { doc, tokens: doc.tokens, byKey: new Map(), best: new Map(), firstId };
  const active = parsers.filter((p) => enabled(doc, p.id));
  // (the parse functions read once per article, not off each parser at every word: a megamorphic lookup)
  const parse = active.map((p) => p.parse);
  // the words some parser may read (opensAt): one test of the word's ending and the lexicons' hits
  // for all of them, not a call of every parser at every word to test its own
  const gate = opensAtAny(parsers);
  const organizations = gate.lexicons.includes('organizations') ? doc.lex.organizations : undefined;
  const countryNames = gate.lexicons.includes('countryNames') ? doc.lex.countryNames : undefined;
  for (let i = 0; i < st.tokens.length; i++) {
    if (taken(st.tokens[i].start)) continue;
    if (!gate.every && !gate.ends.test(st.tokens[i].text) && organizations?.match(i) === undefined && countryNames?.match(i) === undefined) continue;
    for (let k = 0; k < active.length; k++) {
      const last = parse[k].call(active[k], st, i);
      if (last === undefined) continue;
      i = last;
      break;
    }
  }
  return [...st.byKey.values()];
}

/** What opensAt of every parser of a list admits, together (made once per list). */
interface OpensAtAny {
  /** Some parser declares nothing: every word is offered. */
  every: boolean;
  /** Every parser's endings. */
  ends: Endings;
  lexicons: readonly ('organizations' | 'countryNames')[];
}

const OPENS_AT = new WeakMap<readonly BodyParser[], OpensAtAny>();

function opensAtAny(parsers: readonly BodyParser[]): OpensAtAny {
  let gate = OPENS_AT.get(parsers);
  if (gate === undefined) {
    const ends: string[] = [];
    const lexicons: ('organizations' | 'countryNames')[] = [];
    let every = false;
    for (const p of parsers) {
      if (!p.opensAt || (!p.opensAt.ends && !p.opensAt.lexicon)) every = true;
      if (p.opensAt?.ends) ends.push(...p.opensAt.ends.ends);
      if (p.opensAt?.lexicon && !lexicons.includes(p.opensAt.lexicon)) lexicons.push(p.opensAt.lexicon);
    }
    gate = { every, ends: new Endings(ends), lexicons };
    OPENS_AT.set(parsers, gate);
  }
  return gate;
}

/** Words for a delegation: وفد، الوفد، وفدا، وفود (with their clitics peeled). */
const DELEGATION = new Set(['وفد', 'الوفد', 'وفدا', 'وفود', 'الوفود']);
const DELEGATION_LIST = new Endings([...DELEGATION]);
/** Bare masculine nisba forms (اردني، مصري) → country, for the accusative "أردنيا". */
let bareNisba: Map<string, string> | undefined;
function bareNisbaOf(w: string): string | undefined {
  bareNisba ??= new Map(
    COUNTRIES.flatMap((c) => c.nisba.map((f) => [normalizeForm(f), c.iso] as const))
      .filter(([f]) => f.startsWith('ال') && f.endsWith('ي'))
      .map(([f, iso]) => [f.slice(2), iso] as const),
  );
  return bareNisba.get(w);
}

/**
 * A delegation named by its country: "الوفد التونسي"، "وفدا برلمانيا تونسيا" (up to two words
 * between, such as برلمانيا or رفيع المستوى): a body of its own, of that country.
 */
export const delegation: BodyParser = {
  id: 'delegation',
  stage: 'entities',
  opensAt: { ends: DELEGATION_LIST },
  summary: 'a delegation named by its country (الوفد التونسي، وفدا برلمانيا أردنيا) is a body of that country',
  example: 'استقبل رئيس البرلمان سامر الحديدي وفدا برلمانيا تونسيا برئاسة كمال الغربي.',
  parse(st, i) {
    const { doc, tokens } = st;
    // (a word that ends in no delegation word is passed over without a regex replace)
    if (!DELEGATION_LIST.test(tokens[i].text)) return undefined;
    const w = tokens[i].text.replace(/^[وف]?[بل]?/, '');
    if (!DELEGATION.has(tokens[i].text) && !DELEGATION.has(w)) return undefined;
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      if (!tokens[k].joined) return undefined;
      const n = doc.lex.countryNisba.match(k, true) ?? doc.lex.countryNisbaBare.match(k, true);
      const iso = n && n.pre === '' ? n.value.iso : bareNisbaOf(tokens[k].text.replace(/ا$/, ''));
      if (!iso) continue;
      const to = n && n.pre === '' ? k + n.len : k + 1;
      // "بالوفد الأمريكي"، "لوفد الحكومة": the proclitics are no part of the name (للوفد: ل took the article's alef)
      const bare = DELEGATION.has(tokens[i].text) ? tokens[i].text : w;
      const span = { start: tokens[i].start + tokens[i].text.length - bare.length, end: tokens[to - 1].end };
      const text = (bare.startsWith('لو') && tokens[i].text.startsWith('لل') ? 'ا' : '') + entityText(doc, span);
      const key = 'delegation:' + iso;
      let e = st.byKey.get(key);
      if (!e) {
        e = { id: st.firstId + st.byKey.size, kind: 'organization', name: text, aliases: [], roles: [], roleKind: 'delegation', country: iso, organization: text, mentions: [] };
        st.byKey.set(key, e);
        st.best.set(key, 0);
      } else if (text !== e.name && !e.aliases.includes(text)) e.aliases.push(text);
      e.mentions.push({ ...span, entity: e.id, type: 'name', rule: this.id });
      return to - 1;
    }
    return undefined;
  },
};

/** A body or country found at a token: its key, its mention and what the entity says of it. */
interface Named {
  key: string;
  start: number;
  end: number;
  len: number;
  pre: string;
  kind: 'organization' | 'country';
  country: string | null;
  orgKind?: string;
  orgId?: string;
  /** The country named only as a side (الجانب الروسي): its name until the article names the country. */
  side?: boolean;
}

/** A Named, of one shape whichever rule makes it: addNamed reads them all, and one shape keeps its property reads monomorphic. */
function named(key: string, start: number, end: number, len: number, pre: string, kind: Named['kind'], country: string | null, orgKind?: string, orgId?: string, side = false): Named {
  return { key, start, end, len, pre, kind, country, orgKind, orgId, side };
}

/** Add a mention of a named body or country to its entity; the longest form as written becomes its name. */
function addNamed(st: BodyState, i: number, hit: Named, rule: string): number {
  const { doc, tokens } = st;
  // "للولايات المتحدة": ل took the article's alef; the name gets it back (the mention keeps the written span)
  const elided = tokens[i].text.startsWith('لل') && doc.norm.slice(hit.start, hit.start + 1) === 'ل' && doc.norm.slice(hit.start - 1, hit.start) === 'ل';
  const text = (elided ? 'ا' : '') + entityText(doc, hit);
  let e = st.byKey.get(hit.key);
  if (!e) {
    const org = hit.kind === 'organization';
    e = { id: st.firstId + st.byKey.size, kind: hit.kind, name: text, aliases: [], roles: [], roleKind: null, country: hit.country, organization: org ? text : null, orgKind: hit.orgKind, orgId: hit.orgId, mentions: [] };
    st.byKey.set(hit.key, e);
    st.best.set(hit.key, hit.side ? 0 : hit.end - hit.start);
  } else if (!hit.side && hit.end - hit.start > st.best.get(hit.key)!) {
    e.aliases.push(e.name);
    e.name = text;
    if (hit.kind === 'organization') e.organization = text;
    st.best.set(hit.key, hit.end - hit.start);
  } else if (text !== e.name && !e.aliases.includes(text)) e.aliases.push(text);
  e.mentions.push({ start: hit.start, end: hit.end, entity: e.id, type: 'name', rule });
  return i + hit.len - 1;
}

/** A body of the organisations lexicon; a quoted name runs to its closing quote («الائتلاف الوطني لقوى …»). */
export const organizationLexicon: BodyParser = {
  id: 'organization-lexicon',
  stage: 'entities',
  opensAt: { lexicon: 'organizations' },
  summary: 'a body of the organisations lexicon (الأمم المتحدة، حركة فتح), its quoted full name where quoted',
  example: 'وأعلنت منظمة الصحة العالمية عن إرسال فريق إلى المنطقة.',
  parse(st, i) {
    const o = st.doc.lex.organizations.match(i);
    // a form the lexicon marks ambiguous, with ب on it ("بحماس": with enthusiasm، "بفتح": by opening),
    // names the body only where the article also names it unambiguously
    if (!o || (o.ambiguous && o.pre.endsWith('ب') && !namedUnambiguously(st, o.value.id))) return undefined;
    if (enabled(st.doc, anotherBodyAfter.id) && namesAnotherBody(st.doc, i, o)) return undefined;
    const hit = quotedWhole(st.doc.norm, st.tokens, i, o);
    return addNamed(st, i, named('org:' + o.value.id, hit.start, hit.end, hit.len, o.pre, 'organization', o.value.country, o.value.kind, o.value.id), this.id);
  },
};

/** The rule id of namesAnotherBody, listed with the body parsers for --explain and `npm run rules`. */
export const anotherBodyAfter: RuleInfo<'another-body-after'> = {
  id: 'another-body-after',
  stage: 'entities',
  summary: 'a listed body\'s name that the words after it make another body\'s (مجلس الأمن القومي، الجمعية العامة لجمعية …، الجامعة الأمريكية) is not that body',
  example: 'وعقد مجلس الأمن القومي اجتماعا طارئا برئاسة الرئيس سامر الحديدي.',
};

/** Adjectives that make a body of a state of an international one's name: مجلس الأمن القومي (normalised). */
const NATIONAL: ReadonlySet<string> = new Set(['الوطني', 'الوطنيه', 'القومي', 'القوميه']);
/** A definite adjective (normalised): العسكرية، الأمريكية، العادية. */
const DEFINITE_ADJECTIVE = /^ال\S{2,}(?:ي|يه)$/u;
/** Adjectives a movement's or a party's name takes as an epithet, not as part of another name: القاعدة الإرهابية، الجبهة الشعبية اليسارية (normalised). */
const EPITHETS: ReadonlySet<string> = new Set(['الارهابي', 'الارهابيه', 'المتطرف', 'المتطرفه', 'الانقلابي', 'الانقلابيه', 'المسلح', 'المسلحه', 'اليساري', 'اليساريه', 'اليميني', 'اليمينيه']);
/** Head nouns of a body that owns an organ (normalised): لوكالة، لجمعية، لنادي. */
const OWNER_HEADS: ReadonlySet<string> = new Set([...BODY_HEADS_BEFORE_QUOTE, 'وكالة', 'نادي', 'بنك', 'صندوق', 'مجلس', 'جامعة', 'لجنة', 'اتحاد'].map(normalizeForm));
/**
 * A plural of persons, broken (أصدقاء، شركاء، علماء) or sound with the article (المساهمين), normalised:
 * no verbal noun of a purpose (لمناقشة، لإقرار، لإنشاء; أفعال plurals look like إفعال nouns and are left).
 */
const PERSONS_PLURAL = /^(?:ا\S{3}اء|[^ا\s]\S{2}اء|ال\S{3,}(?:ين|ون))$/u;

/**
 * Whether the words right after a listed body's form make it another body (rule another-body-after):
 * an international or regional body's form with a national adjective (مجلس الأمن القومي، الوطني: a
 * state's council); an ambiguous form of common nouns with the article (الجامعة، القاعدة، الجمعية
 * العامة) that takes one more adjective (الجامعة الأمريكية: a university; القاعدة العسكرية: a base);
 * an organ whose full name takes its owner with ل (الجمعية العامة للأمم المتحدة) followed by another
 * owner with ل, a body or a group of persons (الجمعية العامة لجمعية …، لأصدقاء …).
 */
export function namesAnotherBody(doc: Doc, i: number, o: { len: number; start: number; end: number; ambiguous: boolean; value: OrganizationEntry }): boolean {
  const next = doc.tokens[i + o.len];
  if (!next?.joined) return false;
  const w = next.text;
  const kind = o.value.kind;
  if ((kind === 'international' || kind === 'regional') && NATIONAL.has(w)) return true;
  const form = doc.norm.slice(o.start, o.end);
  if (!form.startsWith('ال')) return false;
  // (an adjective agrees with the form's last noun: الجامعة الأمريكية، not التحالف العربي الشرعية, an object)
  if (o.ambiguous && DEFINITE_ADJECTIVE.test(w) && w.endsWith('ه') === form.endsWith('ه') && !stopwords.has(w) && !EPITHETS.has(w)) return true;
  if (!w.startsWith('ل') || !normalizeForm(o.value.name).startsWith(form + ' ل')) return false;
  // the body's own owner (للأمم المتحدة، للمنظمة الدولية) is read by the longer form
  // (ل before the article is written لل: للمساهمين is ل + المساهمين)
  const owner = w.startsWith('لل') ? 'ا' + w.slice(1) : w.slice(1);
  const bare = owner.replace(/^ال/u, '');
  return OWNER_HEADS.has(bare) || PERSONS_PLURAL.test(owner);
}

/** The article names the body by a form the lexicon does not mark ambiguous, somewhere. */
function namedUnambiguously(st: BodyState, id: string): boolean {
  return remember(st.doc, 'entities/unambiguousBodies', () => {
    const ids = new Set<string>();
    for (let k = 0; k < st.tokens.length; k++) {
      const h = st.doc.lex.organizations.match(k);
      if (h && !h.ambiguous) ids.add(h.value.id);
    }
    return ids;
  }).has(id);
}

/** A country of the countries lexicon by its name (مصر، المملكة الأردنية الهاشمية). */
export const countryLexicon: BodyParser = {
  id: 'country-lexicon',
  stage: 'entities',
  opensAt: { lexicon: 'countryNames' },
  summary: 'a country by its name (الأردن، المملكة الأردنية الهاشمية)',
  example: 'وقعت الأردن وتونس اتفاقية للتعاون الزراعي.',
  parse(st, i) {
    const c = st.doc.lex.countryNames.match(i);
    // a form the lexicon marks ambiguous that is also another state's capital (عمان: Oman, or Amman)
    // names no country on its own ("في عمان"); a state named like its own capital (الجزائر) does
    const capital = c?.ambiguous ? st.doc.lex.capitals.match(i) : undefined;
    if (!c || (capital && capital.value.iso !== c.value.iso)) return undefined;
    return addNamed(st, i, named('country:' + c.value.iso, c.start, c.end, c.len, c.pre, 'country', c.value.iso), this.id);
  },
};

/** "الجانب الروسي": a country named as one side of talks. */
const SIDE = new Set(['الجانب', 'جانب', 'الحكومه', 'حكومه']);
const SIDE_LIST = new Endings([...SIDE]);

/** "الجانب الروسي"، "الحكومة الأردنية": a country named as a side or a government, by its nisba. */
export const sideOf: BodyParser = {
  id: 'side-of',
  stage: 'entities',
  opensAt: { ends: SIDE_LIST },
  summary: 'a country named as a side or a government by its nisba (الجانب الروسي، الحكومة الأردنية)',
  example: 'وبحث الجانب الأردني مع الجانب التونسي سبل تعزيز التبادل التجاري.',
  parse(st, i) {
    const { doc, tokens } = st;
    if (!SIDE_LIST.test(tokens[i].text)) return undefined;
    const w = tokens[i].text.replace(/^[وف]?[بل]?/, '');
    if ((!SIDE.has(w) && !SIDE.has(tokens[i].text)) || !tokens[i + 1]?.joined) return undefined;
    const n = doc.lex.countryNisba.match(i + 1, true);
    if (!n || n.pre !== '') return undefined;
    return addNamed(st, i, named('country:' + n.value.iso, tokens[i].end - w.length, n.end, n.len + 1, n.pre, 'country', n.value.iso, undefined, undefined, true), this.id);
  },
};

/** Plural nouns of officials who may stand for their state (مسؤولين، دبلوماسيون، مفاوضين), with or without the article (normalised). */
const OFFICIALS = new Set(['مسوولين', 'مسوولون', 'المسوولين', 'المسوولون', 'دبلوماسيين', 'دبلوماسيون', 'الدبلوماسيين', 'الدبلوماسيون', 'مفاوضين', 'مفاوضون', 'المفاوضين', 'المفاوضون']);
const OFFICIALS_LIST = new Endings([...OFFICIALS]);

/**
 * "مسؤولين روس"، "المفاوضين الأمريكيين": officials named only by their state's nisba stand for
 * that state (a side named as a country, corpus README), as "الجانب الروسي" does. The nisba right
 * after the noun, with the article where the noun has it.
 */
export const officialsOf: BodyParser = {
  id: 'officials-of',
  stage: 'entities',
  opensAt: { ends: OFFICIALS_LIST },
  summary: 'officials named only by their state\'s nisba (مسؤولين روس، المفاوضين الأمريكيين) stand for that state',
  example: 'وعقد الوزير سامر الحديدي اجتماعا مع مسؤولين روس في عمان.',
  parse(st, i) {
    const { doc, tokens } = st;
    if (!OFFICIALS_LIST.test(tokens[i].text)) return undefined;
    const w = tokens[i].text.replace(/^[وف]?[بل]?/, '');
    if (!OFFICIALS.has(w) || !tokens[i + 1]?.joined) return undefined;
    const n = w.startsWith('ال') ? doc.lex.countryNisba.match(i + 1, true) : doc.lex.countryNisbaBare.match(i + 1, true);
    // not a nisba that is also a word (الماليين: financial), nor one a direction qualifies (كوريين شماليين)
    if (!n || n.pre !== '' || n.ambiguous || ambiguousNisba(n.value, tokens[i + 1].text)) return undefined;
    if (tokens[i + 1 + n.len]?.joined && DIRECTION.test(tokens[i + 1 + n.len].text)) return undefined;
    return addNamed(st, i, named('country:' + n.value.iso, tokens[i].end - w.length, n.end, n.len + 1, n.pre, 'country', n.value.iso, undefined, undefined, true), this.id);
  },
};

/** A direction after a nisba (normalised): شماليين، الجنوبية … name another state (كوريا الشمالية). */
const DIRECTION = /^(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يه|يين|يون|يات)$/u;

/** The bare nisba (ماليين) is the bare form of one of the country's ambiguous nisba forms (الماليين). */
function ambiguousNisba(c: { ambiguous?: readonly string[] }, word: string): boolean {
  return !!c.ambiguous?.some((f) => { const g = normalizeForm(f); return g === word || g === 'ال' + word; });
}

/** "المعارضة": the opposition of a state, named by the state's nisba. */
const OPPOSITION = new Set(['المعارضه']);
const OPPOSITION_LIST = new Endings([...OPPOSITION]);

/**
 * "المعارضة السورية"، "والمعارضة التركية": a state's opposition is a body of its own (it talks, is
 * met and holds views as one side), of that state, named as written. Not "المعارضة اليمينية" or
 * "المعارضة السياسية": only a country's nisba names one.
 */
export const oppositionOf: BodyParser = {
  id: 'opposition-of',
  stage: 'entities',
  opensAt: { ends: OPPOSITION_LIST },
  summary: 'a state\'s opposition named by its nisba (المعارضة السورية) is a body of that state',
  example: 'واستؤنفت المحادثات بين الجانب الأردني والمعارضة السورية في عمان.',
  parse(st, i) {
    const { doc, tokens } = st;
    if (!OPPOSITION_LIST.test(tokens[i].text)) return undefined;
    const w = tokens[i].text.replace(/^[وف]?[بل]?/, '');
    if (!OPPOSITION.has(w) || !tokens[i + 1]?.joined) return undefined;
    const n = doc.lex.countryNisba.match(i + 1, true);
    if (!n || n.pre !== '') return undefined;
    return addNamed(st, i, named('opposition:' + n.value.iso, tokens[i].end - w.length, n.end, n.len + 1, n.pre, 'organization', n.value.iso, 'opposition'), this.id);
  },
};

/**
 * Extend an organisation found at the start of a quotation to the closing quote, when the
 * quotation is short (up to eight more words) and the words inside are not another body.
 */
function quotedWhole<T extends { start: number; end: number; len: number }>(norm: string, tokens: Token[], i: number, hit: T): T {
  const open = norm[tokens[i].start - 1];
  const close = open === '«' ? '»' : open === '"' || open === '“' ? (open === '"' ? '"' : '”') : null;
  if (!close) return hit;
  const end = norm.indexOf(close, hit.end);
  if (end < 0 || end - hit.end > 80 || /[«".،,؛:\n]/.test(norm.slice(hit.end, end))) return hit;
  let len = hit.len;
  while (i + len < tokens.length && tokens[i + len].end <= end) len++;
  return { ...hit, end: tokens[i + len - 1].end, len };
}

/** Head nouns of a body whose own name follows in quotes or brackets (normalised, no article). */
const QUOTED_HEADS = new Set(BODY_HEADS_BEFORE_QUOTE.map(normalizeForm));
const QUOTED_HEADS_LIST = new Endings([...QUOTED_HEADS]);
/** Opening quotes and brackets and what closes each. */
const CLOSER: Record<string, string> = { '«': '»', '"': '"', '“': '”', '(': ')' };
/** Words that open a quoted statement rather than a name (إن، أن، لا، لن، نحن …, normalised). */
const STATEMENT_OPENERS = new Set(['ان', 'انه', 'انها', 'اننا', 'لا', 'لن', 'لم', 'نحن', 'هذا', 'هذه', 'هناك', 'قد', 'لقد', 'ما', 'من', 'في', 'على', 'الى', 'عن']);

/**
 * A body named by a head noun and its own name in quotes or brackets: جماعة «نصرة الإسلام»، منظمة
 * "الخوذ البيضاء"، حزب (الرابطة الإسلامية). The name is short (up to six words, no comma, full stop or
 * colon), does not open like a statement (إن، لا، نحن) and is no body or country the lexicons know
 * (those read it themselves). Media (صحيفة، قناة، وكالة) are not read here: they report.
 */
export const quotedBodyName: BodyParser = {
  id: 'quoted-body-name',
  stage: 'entities',
  opensAt: { ends: QUOTED_HEADS_LIST },
  summary: 'a head noun and a quoted name (جماعة «نصرة الإسلام»، منظمة "الخوذ البيضاء") name one body',
  example: 'وأعلنت جماعة «أنصار الفجر» مسؤوليتها عن الهجوم.',
  parse(st, i) {
    const { doc, tokens } = st;
    if (!QUOTED_HEADS_LIST.test(tokens[i].text)) return undefined;
    const w = tokens[i].text.replace(/^[وف]?[بل]?/, '');
    if (!QUOTED_HEADS.has(w) && !QUOTED_HEADS.has(tokens[i].text)) return undefined;
    const next = tokens[i + 1];
    if (!next) return undefined;
    const gap = doc.norm.slice(tokens[i].end, next.start).trim();
    const close = gap.length === 1 ? CLOSER[gap] : undefined;
    if (!close) return undefined;
    const end = doc.norm.indexOf(close, next.start);
    if (end < 0 || end - next.start > 60 || /[«".،,؛:\n!?؟]/.test(doc.norm.slice(next.start, end))) return undefined;
    let len = 1;
    while (i + 1 + len < tokens.length && tokens[i + 1 + len].end <= end) len++;
    if (len > 6 || STATEMENT_OPENERS.has(next.text) || /^\d/.test(next.text)) return undefined;
    // a body or country the lexicons know, quoted whole («حماس»، "فرنسا"), is theirs to read
    if ((doc.lex.organizations.match(i + 1)?.len ?? 0) >= len || (doc.lex.countryNames.match(i + 1)?.len ?? 0) >= len) return undefined;
    const start = tokens[i].end - w.length;
    const key = 'quoted:' + doc.norm.slice(next.start, tokens[i + len].end);
    return addNamed(st, i, named(key, start, end + 1, len + 1, '', 'organization', null, 'quoted'), this.id);
  },
};
