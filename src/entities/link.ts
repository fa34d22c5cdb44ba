import { enabled, entityText, type Doc } from '../document.js';
import { mark, type RuleInfo } from '../rules.js';
import { cliticForms, tokenAt, type Token } from '../segment/tokens.js';
import { lowerBoundOf } from '../segment/search.js';
import type { OrganizationEntry, TitleEntry } from '../lexicon/types.js';
import type { Entity, Mention } from './model.js';
import type { Span } from '../types.js';
import type { RawPerson } from './people.js';
import { commonWords, givenNames, honorificHeads, particles, stopwords, titleHeads } from '../lexicon/compiled.js';
import { cueOfWord } from '../lexicon/cueForms.js';
import { PATRONYMICS } from './personName.js';
import { FAMILY_NAMES_FIRST } from '../lexicon/givenNames.js';
import { ROYAL_HOUSES } from '../lexicon/monarchies.js';
import { singularHeadKey, singularTitle } from '../lexicon/dualTitles.js';
import { normalizeForm } from '../normalize/index.js';
import { KeyGate } from '../lexicon/keyGate.js';
import { LETTER } from '../lexicon/wordChars.js';
import { actorNameWords, findActor, SURNAMES_ALSO_WORDS, surnamesByFirstWord, type ActorEntry } from '../lexicon/actors/index.js';

/** A person being assembled from its mentions. */
interface Draft {
  words: string[];
  nameSpan: { start: number; end: number };
  names: { start: number; end: number }[];
  mentions: Mention[];
  roles: { start: number; end: number }[];
  heads: Set<string>;
  heads2: Set<string>;
  /** The ministries of its titles (DEFENCE_MINISTER…): a description of another ministry is not him. */
  ministries: Set<string>;
  /** Generic heads the person was given alone (الرئيس، الأمين): a bare description may mean him. */
  bare: Set<string>;
  roleKind: string | null;
  /** The counterpart phrase (نظيره الروسي), the role when no title of his own is found. */
  counterRole: Span | null;
  /** Elided titles: the title stood for (وزير الخارجية) and the nisba written for it (والسعودي). */
  elided: [Span, Span][];
  royal: boolean;
  country: string | null;
  org: OrganizationEntry | null;
  /** The organisation as written where a title named it. */
  orgText: string | null;
  /** Link rules that changed it. */
  rules: string[];
  /** The country of the known office holder a surname alone named (known-surname), if any. */
  knownCountry?: string | null;
}

/** Heads of state who reign (the royal-kind titles, ولي العهد and الأمير, are royal too). */
const ROYAL_OFFICES = new Set(['KING', 'EMIR', 'SULTAN']);
/** Ruling houses by their normalised words: "ال سعود" → SA. */
const HOUSES = new Map(ROYAL_HOUSES.map((h) => [normalizeForm(h.house), h.iso]));

/** The country a name's ruling house names: "سلمان بن عبدالعزيز آل سعود" → SA. */
export function houseCountry(words: string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const iso = HOUSES.get(words[i]) ?? (i + 1 < words.length ? HOUSES.get(words[i] + ' ' + words[i + 1]) : undefined);
    if (iso && i > 0) return iso;
  }
  return null;
}

/** The first two words of a generic head (رئيس الحكومة), for linking descriptions; null otherwise. */
export function headKey2(head: string): string | null {
  // (the first two words read off by offset: no array of every word of the head)
  const space = head.indexOf(' ');
  if (space < 0) return null;
  const key = headKey(head);
  if (!GENERIC_HEADS.has(key)) return null;
  const next = head.indexOf(' ', space + 1);
  const second = next < 0 ? head.slice(space + 1) : head.slice(space + 1, next);
  return key + ' ' + (second.startsWith('ال') ? second.slice(2) : second);
}

/** Qualifiers of a former office holder: الرئيس المخلوع، وزير الخارجية السابق. */
const FORMER = new RegExp(`(?<!${LETTER})(?:المخلوع|المخلوعه|السابق|السابقه|الاسبق|الاسبقه|الراحل|الراحله|المعزول|المعزوله)(?!${LETTER})`, 'u');

/** Heads that say little alone: رئيس الحكومة and رئيس الجمهورية are different offices, ولي العهد and ولي ولي العهد too. */
const GENERIC_HEADS = new Set(['رييس', 'نايب', 'امين', 'مدير', 'ولي']);

/** The key a title is compared by when linking descriptions: its first word without the article. */
export function headKey(head: string): string {
  // As head.split(' ')[0].replace(/^[وفبلك]*ال/, '').replace(/^ل/, '') reads it, by code unit: ا is
  // none of و ف ب ل ك, so the article can only stand right after the run of proclitic letters.
  const space = head.indexOf(' ');
  let w = space < 0 ? head : head.slice(0, space);
  let p = 0;
  while (p < w.length && PROCLITIC_LETTERS.includes(w.charCodeAt(p))) p++;
  if (w.charCodeAt(p) === 0x627 && w.charCodeAt(p + 1) === 0x644) w = w.slice(p + 2); // ال
  w = w.charCodeAt(0) === 0x644 ? w.slice(1) : w; // ل
  // a dual or plural head (الرييسان، وزيرا، الروساء) is the head of each of them
  return w.length >= 5 ? singularHeadKey(w) : w;
}

/** و ف ب ل ك: letters a head may carry before its article (headKey). */
const PROCLITIC_LETTERS = [0x648, 0x641, 0x628, 0x644, 0x643];

/**
 * Two names are of one person when equal, when the shorter (2+ words) begins or ends the longer
 * (not after بن: سلمان بن عبدالعزيز is not محمد بن سلمان بن عبدالعزيز), when the shorter is the
 * longer's first and last word (عادل الجبير, عادل بن أحمد الجبير), or when a single word is the
 * family name (last word) of the longer one.
 */
export function sameName(a: string[], b: string[]): boolean {
  a = joinAbd(a);
  b = joinAbd(b);
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  // (the two joined only where they are as long joined: most pairs compared are of two people)
  if (joinedLength(s) === joinedLength(l) && s.join(' ') === l.join(' ')) return true;
  if (s.length === l.length) return false;
  if (s.length >= 2 && s.every((w, i) => w === l[i])) return true;
  // "عادل الجبير" for "عادل بن أحمد الجبير": the given name and the family name, the middle left out
  // (not a father's name after بن: "محمد سلمان" is not "محمد بن سلمان")
  if (s.length === 2 && l.length >= 3 && s[0] === l[0] && s[1] === l[l.length - 1] && !PATRONYMICS.has(l[l.length - 2])) return true;
  const k = l.length - s.length;
  return s.every((w, i) => w === l[k + i]) && !PATRONYMICS.has(l[k - 1]);
}

/** The length of words.join(' '), without joining them. */
function joinedLength(words: readonly string[]): number {
  let n = words.length > 0 ? words.length - 1 : 0;
  for (let i = 0; i < words.length; i++) n += words[i].length;
  return n;
}

/** A name's words with عبد joined to the word after it: عبد الفتاح and عبدالفتاح are one name word. */
function joinAbd(words: string[]): string[] {
  if (!words.includes('عبد')) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'عبد' && i + 1 < words.length) out.push(`عبد${words[++i]}`);
    else out.push(words[i]);
  }
  return out;
}

/** What the link rules share: the drafts made from named mentions, and the descriptions left to link. */
export interface LinkState {
  doc: Doc;
  drafts: Draft[];
  descriptions: RawPerson[];
  /** Descriptions no person took (their body may still stand for a side: official-of). */
  unlinked: RawPerson[];
}

/** A step of linking person mentions into persons. */
export interface LinkRule extends RuleInfo<string> {
  stage: 'entities';
  apply(ls: LinkState): void;
}

/**
 * Build person entities from raw mentions: names of one person merge (sameName) into a draft with
 * the fullest name; then the link rules run in order (`rules`); then each draft becomes an entity
 * with its roles, country and organisation.
 */
export function linkPeople(doc: Doc, raws: RawPerson[], firstId: number, rules: readonly LinkRule[], unlinked: RawPerson[] = []): Entity[] {
  const ls: LinkState = { doc, drafts: [], descriptions: [], unlinked };
  for (const r of raws) {
    if (!r.name) ls.descriptions.push(r);
    else addName(ls.drafts, r);
  }
  for (const rule of rules) if (enabled(doc, rule.id)) rule.apply(ls);
  return ls.drafts.map((d, k) => toEntity(doc, d, firstId + k));
}

/** Add a named mention to the draft of the same person, or start one. */
function addName(drafts: Draft[], r: RawPerson): void {
  const name = r.name!;
  const words = name.words;
  let d = drafts.find((x) => sameName(x.words, words));
  if (!d) {
    d = { words, nameSpan: name, names: [], mentions: [], roles: [], heads: new Set(), heads2: new Set(), ministries: new Set(), bare: new Set(), roleKind: null, royal: false, country: null, org: null, orgText: null, rules: [], counterRole: null, elided: [] };
    drafts.push(d);
  } else if (words.length > d.words.length) {
    d.words = words;
    d.nameSpan = name;
  }
  d.names.push(name);
  d.mentions.push({ start: name.start, end: name.end, entity: -1, type: 'name', rule: r.rule });
  absorb(d, r);
}

/** "الملك فيصل" is "فيصل بن علي" where only one longer name of the article starts with that word. */
export const shortNameIntoFull: LinkRule = {
  id: 'short-name-into-full',
  stage: 'entities',
  summary: 'a titled one-word name (الملك فيصل) is the one longer name of the article that starts with it',
  example: 'استقبل الملك فيصل بن علي الوزير سامر الحديدي. وأكد الملك فيصل دعم بلاده.',
  apply(ls) {
    const drafts = ls.drafts;
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k];
      if (d.words.length !== 1 || !d.roles.length) continue;
      const longer = drafts.filter((x) => x !== d && x.words.length >= 2 && x.words[0] === d.words[0]);
      if (longer.length !== 1) continue;
      const into = longer[0];
      into.names.push(...d.names);
      into.mentions.push(...d.mentions);
      into.roles.push(...d.roles);
      for (const h of d.heads) into.heads.add(h);
      for (const h of d.heads2) into.heads2.add(h);
      for (const h of d.ministries) into.ministries.add(h);
      for (const h of d.bare) into.bare.add(h);
      into.roleKind ??= d.roleKind;
      into.royal ||= d.royal;
      into.country ??= d.country;
      if (!into.org && d.org) [into.org, into.orgText] = [d.org, d.orgText];
      mark(into.rules, this.id);
      drafts.splice(k, 1);
    }
  },
};

const FAMILY_FIRST: ReadonlySet<string> = new Set(FAMILY_NAMES_FIRST.map(normalizeForm));

/** "الحديدي" for "سامر الحديدي", "أبو زيد" for "سليم أبو زيد": the family name alone, where it names one person. */
export const familyNameAlias: LinkRule = {
  id: 'family-name',
  stage: 'entities',
  summary: 'the family name alone (الحديدي) is an alias of the one person of the article who bears it',
  example: 'التقى الوزير سامر الحديدي نظيره كمال الغربي. وقال الحديدي إن اللقاء كان مثمرا.',
  apply(ls) {
    const { doc, drafts } = ls;
    const tokens = doc.tokens;
    const aliasOf = new Map<string, Draft | null>();
    // family names written first (كيم for كيم جونغ أون): not where a word of a name may follow
    const first = new Set<string>();
    for (const d of drafts) {
      const own = familyNameFirst(d.words);
      if (own) first.add(own[0]);
      for (const alias of [familyName(d.words), own]) {
        if (!alias) continue;
        const key = alias.join(' ');
        aliasOf.set(key, aliasOf.has(key) && aliasOf.get(key) !== d ? null : d); // ambiguous between two people: no alias
      }
    }
    if (aliasOf.size === 0) return;
    // the first words of the aliases of two words: only after one of them is a word pair looked up
    const pairFirst = new Set<string>();
    for (const key of aliasOf.keys()) if (key.includes(' ')) pairFirst.add(key.slice(0, key.indexOf(' ')));
    const mask = new Uint8Array(doc.norm.length + 1);
    for (const d of drafts) for (const m of d.mentions) mask.fill(1, m.start, m.end);
    const gate = new KeyGate([...aliasOf.keys()].filter((k) => !k.includes(' ')), pairFirst);
    for (let i = 0; i < tokens.length; i++) {
      if (mask[tokens[i].start] === 1) continue;
      const forms = tokens[i].forms ?? cliticForms(tokens[i].text);
      for (let fi = 0; fi < forms.length; fi++) {
        const f = forms[fi];
        if (!gate.mayHave(f)) continue;
        let d = aliasOf.get(f);
        let len = 1;
        if (d === undefined && tokens[i + 1]?.joined && pairFirst.has(f)) {
          d = aliasOf.get(f + ' ' + tokens[i + 1].text);
          len = 2;
        }
        if (!d) continue;
        // "كيم كي غوان": a family name written first, then words the article has not named, is another's name
        if (len === 1 && first.has(f) && nameGoesOn(tokens[i + 1], mask)) break;
        const start = tokens[i].end - f.length + (f.startsWith('ال') && !tokens[i].text.endsWith(f) ? 1 : 0);
        d.mentions.push({ start: Math.max(tokens[i].start, start), end: tokens[i + len - 1].end, entity: -1, type: 'alias', rule: this.id });
        d.names.push({ start: Math.max(tokens[i].start, start), end: tokens[i + len - 1].end });
        i += len - 1;
        break;
      }
    }
  },
};

/**
 * "وقال لافروف إن …"، "بوتين وأردوغان يبحثان …": the surname of a known office holder (the
 * lexicon's distinctive surnames, lexicon/actors), met alone where no one of the article bears it,
 * names that holder: the one in office in the article's year, or the only bearer where the year is
 * unknown. He is shown as written, with the lexicon's affiliation for him (known-actor) and the
 * title written right before it (الرئيس الروسي بوتين). Not a
 * word another name or title already read, nor the end of an unread name (standsAlone).
 */
export const knownSurname: LinkRule = {
  id: 'known-surname',
  stage: 'entities',
  summary: 'a known office holder\'s surname used alone (لافروف) names him where the article has no one else of that name',
  example: 'وقال لافروف إن المحادثات ستستأنف الأسبوع المقبل.',
  apply(ls) {
    const { doc, drafts } = ls;
    const tokens = doc.tokens;
    const surnames = surnamesByFirstWord();
    let mask: Uint8Array | undefined;
    const found: { span: Span; actor: ActorEntry; key: string }[] = [];
    // surnames the article also writes before a family name (بيريز الطرابلسي): a given name here
    const given = new Set<string>();
    // only the words the lexicon pass noted can start a surname (doc.noted.surnames, ascending);
    // `next` is the first word not yet read (a surname of two words is read whole)
    const at = doc.noted.surnames;
    let next = 0;
    for (let j = 0; j < at.length; j++) {
      const i = at[j];
      if (i < next) continue;
      next = i + 1;
      // (index loops: a for-of left by break makes an iterator per word, even optimised)
      const forms = tokens[i].forms ?? cliticForms(tokens[i].text);
      for (let fi = 0; fi < forms.length; fi++) {
        const f = forms[fi];
        const options = surnames.get(f);
        if (!options) continue;
        if (!mask) mask = mentionMask(ls);
        if (mask[tokens[i].start] === 1) break;
        // only و، ف، ب، ل before it (كلامي is no لامي)
        const text = tokens[i].text;
        if (!/^[وف]?[بل]?$/u.test(text.slice(0, text.length - f.length + (text.endsWith(f) ? 0 : 1)))) continue;
        const words = options.find((w) => w.every((x, k) => (k === 0 ? true : tokens[i + k]?.joined && tokens[i + k].text === x)));
        if (!words) continue;
        const key = words.join(' ');
        const last = i + words.length - 1;
        if (familyNameAfter(doc, last)) given.add(key);
        if (!standsAlone(doc, i, last, text !== f)) break;
        // a surname that is also a word (عون، ظريف) only after a title or a verb of saying
        if (alsoWords.has(key) && !(text === f && tokens[i].joined && announced(tokens[i - 1]?.text ?? ''))) break;
        const match = findActor(words, doc.year);
        if (!match || match.matchedBy !== 'surname') break;
        // a surname another person of the article bears (بخيت العامري) is his, linked or not
        if (drafts.some((x) => x.words.length >= 2 && x.words[x.words.length - 1] === f && !bearer(doc, x, match.actor))) break;
        const start = tokens[i].end - f.length + (f.startsWith('ال') && !tokens[i].text.endsWith(f) ? 1 : 0);
        found.push({ span: { start: Math.max(tokens[i].start, start), end: tokens[last].end }, actor: match.actor, key });
        next = last + 1;
        break;
      }
    }
    const byActor = new Map<ActorEntry, Draft>();
    for (const { span, actor, key } of found) {
      if (given.has(key)) continue;
      // the lexicon's full name gives the words the known-actor refiner looks up, and his country
      const words = actorNameWords(actor)[0].slice();
      const known = findActor(words, doc.year);
      const knownCountry = known?.offices[0]?.country ?? actor.country;
      // the article's own bearer of the full name, the surname spelt another way (ترمب / ترامب), or a
      // titled mention of the surname alone of no other country (نظيره بوتين)
      let d =
        byActor.get(actor) ??
        drafts.find((x) => bearer(doc, x, actor)) ??
        drafts.find((x) => x.words.join(' ') === key && (!x.country || x.country === knownCountry));
      if (!d) {
        // shown as written
        d = { words, nameSpan: span, names: [], mentions: [], roles: [], heads: new Set(), heads2: new Set(), ministries: new Set(), bare: new Set(), roleKind: null, royal: false, country: null, org: null, orgText: null, rules: [], counterRole: null, elided: [], knownCountry };
        drafts.push(d);
      }
      if (d.knownCountry === undefined || d.knownCountry === null) d.knownCountry = knownCountry;
      byActor.set(actor, d);
      d.names.push(span);
      d.mentions.push({ start: span.start, end: span.end, entity: -1, type: 'alias', rule: this.id });
      mark(d.rules, this.id);
      // "الرئيس الروسي بوتين": the title written right before the surname is his
      const k = ls.descriptions.findIndex((r) => r.title && r.title.end <= span.start && /^\s+$/u.test(doc.norm.slice(r.title.end, span.start)));
      const r = k >= 0 ? ls.descriptions[k] : undefined;
      if (r?.title && !(r.country && d.knownCountry && r.country !== d.knownCountry)) {
        d.mentions.push({ start: r.title.start, end: r.title.end, entity: -1, type: 'description', rule: this.id });
        absorb(d, r);
        ls.descriptions.splice(k, 1);
      }
    }
  },
};

/** Characters of the article already read as a person's name or title. */
function mentionMask(ls: LinkState): Uint8Array {
  const mask = new Uint8Array(ls.doc.norm.length + 1);
  for (const d of ls.drafts) {
    for (const m of d.mentions) mask.fill(1, m.start, m.end);
    for (const r of d.roles) mask.fill(1, r.start, r.end);
  }
  for (const r of ls.descriptions) if (r.role) mask.fill(1, r.role.start, r.role.end);
  return mask;
}

/**
 * The person of a draft is the actor: the lexicon finds him by the draft's full name, or it is his
 * given name and a surname within two letters of one the lexicon spells (أنطونيو غوتريس).
 */
function bearer(doc: Doc, d: Draft, actor: ActorEntry): boolean {
  const words = d.words;
  if (words.length < 2) return false;
  if (findActor(words, doc.year)?.actor === actor) return true;
  const last = words[words.length - 1];
  return actorNameWords(actor).some((w) => {
    return w.length >= 2 && w[0] === words[0] && last.length >= 4 && editDistance(w[w.length - 1], last) <= 2;
  });
}

/** Levenshtein distance of two short words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * The surname at tokens [i, last] is a word of its own, not the end of a longer name the parsers
 * did not read: ميشال عون read whole is masked, but "بخيت العامري" or "سعيد عون" is no known
 * actor. The word before it, where no punctuation parts them, must be one that is no given name:
 * a particle, a common word, a verb of reporting, a title or honorific, a noun with the article
 * (but a definite surname after a definite noun other than a title is its adjective: القطاع
 * النفطي). Nor is it part of a phrase (بعون الله) or followed by a family name (بيريز الطرابلسي):
 * a word the article writes so anywhere names no known actor in it.
 */
function standsAlone(doc: Doc, i: number, last: number, proclitic: boolean): boolean {
  const tokens = doc.tokens;
  const prev = tokens[i - 1];
  // (a proclitic, وأردوغان، لبوتين, opens a phrase of its own)
  const joinedPrev = prev && tokens[i].joined && !proclitic ? prev.text : null;
  if (joinedPrev !== null && !noGivenName(joinedPrev)) return false;
  // "القطاع النفطي"، "الطريق الدائري": a definite surname after a definite noun is its adjective
  const definite = (w: string): boolean => /^[وفبل]?ال|^لل/u.test(w);
  if (joinedPrev !== null && definite(tokens[i].text) && definite(joinedPrev) && !titleHeads.has(joinedPrev.replace(/^[وف]?(?:ال|بال|لل)/u, '')) && !honorificHeads.has(joinedPrev)) return false;
  const next = tokens[last + 1];
  return !(next?.joined && next.text === 'الله') && !familyNameAfter(doc, last);
}

/** "بيريز الطرابلسي"، "الدائري الثاني": a family name or adjective with the article right after the word. */
function familyNameAfter(doc: Doc, last: number): boolean {
  const next = doc.tokens[last + 1];
  return !!next?.joined && /^ال\S+ي$/u.test(next.text) && !doc.lex.countryNisba.match(last + 1, true);
}

/** Surnames that are also words, normalised (SURNAMES_ALSO_WORDS). */
const alsoWords: ReadonlySet<string> = new Set(SURNAMES_ALSO_WORDS.map(normalizeForm));

/** A title or a verb of saying right before a name: الرئيس، العماد، قال، وأكد. */
function announced(w: string): boolean {
  const bare = /^[وف]\S{2,}$/u.test(w) ? w.slice(1) : w;
  return [w, bare].some((x) => titleHeads.has(x) || honorificHeads.has(x) || cueOfWord(x)?.kind === 'verb');
}

/** A normalised word that cannot be a given name before a surname. */
function noGivenName(w: string): boolean {
  const bare = /^[وف]\S{2,}$/u.test(w) ? w.slice(1) : w;
  return [w, bare].some((x) => stopwords.has(x) || commonWords.has(x) || titleHeads.has(x) || honorificHeads.has(x) || cueOfWord(x) !== undefined) || /^[وفبل]?ال/u.test(w) && !givenNames.has(w);
}

/**
 * A description (الوزير الأردني، المبعوث) is the nearest earlier person with the same title head
 * and no conflicting country or body: "رئيس الحكومة" is not "رئيس الجمهورية" (a two-word head must
 * match both words), a description of a sitting official is not the former one (المخلوع، السابق),
 * and a counterpart (نظيره التونسي) is the one of that country, never the one he is the counterpart of.
 */
export const linkDescription: LinkRule = {
  id: 'link-description',
  stage: 'entities',
  summary: 'a title without a name (الوزير الأردني) is the nearest earlier person with that title and no other country',
  example: 'التقى وزير الخارجية الأردني سامر الحديدي نظيره كمال الغربي. وأكد الوزير الأردني أهمية التعاون.',
  apply(ls) {
    const { doc, drafts } = ls;
    const former = formerTest(doc);
    // the spans the drafts' mentions cover, kept as mentions are added below: asking every mention
    // of every draft again for each description was quadratic in a long text
    const taken = new Set<number | string>();
    for (const d of drafts) for (const m of d.mentions) taken.add(spanKey(m));
    const starts = mentionStarts();
    const nameStarts = sortedStarts((d) => d.names);
    for (const r of ls.descriptions) {
      if (!r.title) continue;
      // a title another rule already gave to a person (the headline's وزير الخارجية) is his alone
      const t = r.title;
      if (taken.has(spanKey(t))) continue;
      const fits = candidates(doc, drafts, r, former);
      if (!fits.length) {
        if (nearName(ls, r, nameStarts)) taken.add(spanKey(t));
        else ls.unlinked.push(r);
        continue;
      }
      const pos = r.title.start;
      const before = fits.filter((d) => starts(d, pos) >= 0);
      // "أجرى وزير الخارجية … مباحثات مع نظيره الإسباني فلان": a title with no country before a
      // counterpart named later is the one he is the counterpart of, not him
      const later = before.length ? before : r.country ? fits : fits.filter((d) => d.roles.length > 0 || !d.counterRole);
      if (!later.length) {
        ls.unlinked.push(r);
        continue;
      }
      const pick = later.reduce((a, b) => (starts(a, pos) >= starts(b, pos) ? a : b));
      pick.mentions.push({ start: r.title.start, end: r.title.end, entity: -1, type: 'description', rule: r.rule });
      taken.add(spanKey(t));
      absorb(pick, r);
      mark(pick.rules, this.id);
    }
  },
};

/**
 * The country a draft stands for: stated by its titles, or that of the known office holder it
 * names (lexicon/actors; his nationality where he held no office that year), looked up once.
 * "الرئيس الفرنسي السابق" is then no description of زين العابدين بن علي.
 */
function countryOf(d: Draft, year: number | null): string | null {
  if (d.country) return d.country;
  if (d.knownCountry === undefined) {
    const match = d.words.length >= 2 ? findActor(d.words, year) : undefined;
    d.knownCountry = match ? match.offices[0]?.country ?? match.actor.country : null;
  }
  return d.knownCountry;
}

/**
 * Whether a draft holds a former office (الرئيس المخلوع، وزير الخارجية السابق). Roles only grow, so
 * each is tested once: testing them all for every description was quadratic in a long text.
 */
function formerTest(doc: Doc): (d: Draft) => boolean {
  const seen = new Map<Draft, { tested: number; former: boolean }>();
  return (d) => {
    let memo = seen.get(d);
    if (!memo) seen.set(d, (memo = { tested: 0, former: false }));
    for (; !memo.former && memo.tested < d.roles.length; memo.tested++) memo.former = FORMER.test(doc.norm.slice(d.roles[memo.tested].start, d.roles[memo.tested].end));
    return memo.former;
  };
}

/** The ministry a title names (DEFENCE_MINISTER), or null for other titles and a minister of no named ministry. */
function ministryOf(entry: TitleEntry): string | null {
  return entry.kind === 'minister' && entry.id !== 'MINISTER' ? entry.id : null;
}

/** The drafts a description may mean. */
function candidates(doc: Doc, drafts: Draft[], r: RawPerson, former: (d: Draft) => boolean): Draft[] {
  const t = r.title!;
  const key = headKey(t.head);
  const key2 = headKey2(t.head);
  const ministry = ministryOf(t.entry);
  let fits = drafts.filter(
    (d) => d.heads.has(key) && (!ministry || !d.ministries.size || d.ministries.has(ministry)) && (!key2 || !d.heads2.size || d.heads2.has(key2)) && (!r.country || !countryOf(d, doc.year) || countryOf(d, doc.year) === r.country) && (!r.org || !d.org || d.org.id === r.org.id),
  );
  // "الرئيس اليمني" alone is a president, not the holder of "رئيس الديوان": a generic head without
  // its second word means a person given that head alone
  if (!key2 && GENERIC_HEADS.has(key)) fits = fits.filter((d) => d.bare.has(key) || !d.heads2.size);
  // "رئيس الوزراء" is first the one titled رئيس الوزراء, then one titled only الرئيس
  else if (key2 && fits.some((d) => d.heads2.has(key2))) fits = fits.filter((d) => d.heads2.has(key2));
  if (!FORMER.test(doc.norm.slice(t.start, t.end)) && fits.some((d) => !former(d))) fits = fits.filter((d) => !former(d));
  if (r.rule === 'counterpart' && r.country && fits.some((d) => d.country === r.country)) fits = fits.filter((d) => d.country === r.country);
  return fits;
}

/**
 * "لقائه بالأمين العام للجامعة حرص سليم العمري": an office of a named body or country, and right
 * after it a name with no title of its own, is that person's office (rule description-near-name).
 */
function nearName(ls: LinkState, r: RawPerson, nameStarts: (d: Draft) => readonly number[]): boolean {
  const { doc } = ls;
  if (!enabled(doc, 'description-near-name') || !(r.org || r.country)) return false;
  const t = r.title!;
  // a name starting within 24 characters after the title, with no stop or quote before it: the
  // nearest such start answers for all (the gap to a later one holds the nearer one's)
  const nameNear = (d: Draft): boolean => {
    const xs = nameStarts(d);
    const i = lowerBoundOf(xs, t.end + 1);
    return i < xs.length && xs[i] - t.end <= 24 && !/[.!?؟:«"“”]/.test(doc.norm.slice(t.end, xs[i]));
  };
  // (a known office holder of another country is not the one this office describes)
  const near = ls.drafts.find((d) => !d.roles.length && !(r.country && d.knownCountry && d.knownCountry !== r.country) && nameNear(d));
  if (!near) return false;
  near.mentions.push({ start: t.start, end: t.end, entity: -1, type: 'description', rule: 'description-near-name' });
  absorb(near, r);
  mark(near.rules, 'description-near-name');
  return true;
}

/** The rule id of nearName (read by link-description), listed for --explain and `npm run rules`. */
export const descriptionNearName: RuleInfo<'description-near-name'> = {
  id: 'description-near-name',
  stage: 'entities',
  summary: 'an office of a named body followed closely by an untitled name is that person\'s office',
  example: 'وخلال لقائه بالأمين العام لجامعة الدول العربية أكد طارق العمري دعم المبادرة.',
};

/**
 * A title span without the honorifics that close it before the name: "إمام المسجد الكبير الشيخ"
 * → "إمام المسجد الكبير" (the honorific is a courtesy, not part of the office).
 */
function withoutTrailingHonorifics(doc: Doc, span: Span): Span {
  const tokens = doc.tokens;
  let k = tokenAt(tokens, span.end) - 1;
  const first = tokenAt(tokens, span.start);
  while (k > first && tokens[k].end <= span.end && doc.lex.honorifics.match(k, true)?.len === 1) k--;
  return k >= first && tokens[k].end < span.end ? { start: span.start, end: tokens[k].end } : span;
}

/**
 * A role as written, whole: a title read after ل whose article the ل swallowed ("للرئيس الأمريكي",
 * its span "لرئيس الأمريكي") is given back its article (الرئيس الأمريكي); a dual title is each one's
 * (الرئيسان المصري → الرئيس المصري).
 */
function roleText(doc: Doc, s: Span): string {
  const text = singularTitle(entityText(doc, s));
  if (s.start === 0 || doc.norm.charCodeAt(s.start - 1) !== 0x644 || doc.norm.charCodeAt(s.start) !== 0x644) return text;
  const space = doc.norm.indexOf(' ', s.start);
  const first = doc.norm.slice(s.start, space < 0 || space > s.end ? s.end : space);
  return titleHeads.has('ا' + first) ? 'ا' + text : text;
}

/** The entity a draft becomes: the fullest name as written, aliases, roles, country and body. */
function toEntity(doc: Doc, d: Draft, id: number): Entity {
  const house = houseCountry(d.words);
  const name = entityText(doc, d.nameSpan);
  const nameKey = doc.norm.slice(d.nameSpan.start, d.nameSpan.end);
  const aliases = unique(
    d.names.filter((s) => doc.norm.slice(s.start, s.end) !== nameKey),
    (s) => doc.norm.slice(s.start, s.end),
  ).map((s) => entityText(doc, s));
  // "مبادرة سلطان العمري" beside "سامي سلطان العمري": a one-word title that is a word of the
  // person's own name was read from the name
  const ownWord = (s: Span): boolean => d.words.length > 2 && !doc.norm.slice(s.start, s.end).includes(' ') && d.words.slice(1).includes(doc.norm.slice(s.start, s.end));
  const own = d.roles.filter((s) => !ownWord(s)).map((s) => withoutTrailingHonorifics(doc, s));
  const elided = d.elided.map(([head, nisba]) => `${roleText(doc, head)} ${entityText(doc, nisba).replace(/^و/, '')}`);
  const roles = unique([...(own.length ? own : elided.length ? [] : d.counterRole ? [d.counterRole] : []).map((s) => roleText(doc, s)), ...elided], (r) => r);
  const mentions = d.mentions.map((m) => ({ ...m, entity: id })).sort((a, b) => a.start - b.start);
  return {
    id,
    kind: 'person' as const,
    name,
    aliases,
    roles,
    roleKind: d.roleKind,
    // a country a title states outright (مبعوث الولايات المتحدة) stands beside an international
    // body the person also serves; an international official has no country of his own
    country: d.country ?? (d.org && d.org.kind === 'international' ? null : d.org?.country ?? house),
    // as the text writes it (حركة حماس), the lexicon's name where no title wrote it
    organization: d.org ? d.orgText ?? d.org.name : null,
    orgId: d.org?.id,
    royal: d.royal || house !== null,
    affiliationSource: d.country || d.org || house ? 'stated' : undefined,
    words: d.words,
    mentions,
    rules: d.rules,
  };
}

function absorb(d: Draft, r: RawPerson): void {
  for (const t of r.titles) {
    // a counterpart (نظيره الروسي) borrows the other side's title for linking, not as written role
    // an elided title (… والسعودي فلان) is the title it stands for (its rule's role span) with its own nisba
    if (r.rule === 'elided-title' && r.role) d.elided.push([r.role, { start: t.start, end: t.end }]);
    else if (r.rule !== 'counterpart') d.roles.push({ start: t.start, end: t.end });
    d.heads.add(headKey(t.head));
    const k2 = headKey2(t.head);
    if (k2) d.heads2.add(k2);
    else if (GENERIC_HEADS.has(headKey(t.head))) d.bare.add(headKey(t.head));
    if (ministryOf(t.entry)) d.ministries.add(t.entry.id);
    // a spokesman is one whatever else he is called (السفير … المتحدث باسم الخارجية)
    d.roleKind = d.roleKind === null || t.entry.kind === 'spokesman' ? t.entry.kind : d.roleKind;
    if (t.entry.kind === 'royal' || ROYAL_OFFICES.has(t.entry.id)) d.royal = true;
  }
  if (r.rule === 'counterpart' && r.role) d.counterRole ??= r.role;
  d.country ??= r.country;
  if (!d.org && r.org) [d.org, d.orgText] = [r.org, r.orgText];
}

/**
 * A span as a key of a set: its two offsets in one number (exact for a span ending before
 * SPAN_KEY_LIMIT), else as text. No string to build and hash per mention (spanKey was 0.3% of a
 * warm summarize()).
 */
function spanKey(s: Span): number | string {
  return s.end < SPAN_KEY_LIMIT ? s.start * SPAN_KEY_LIMIT + s.end : `${s.start}:${s.end}`;
}
const SPAN_KEY_LIMIT = 2 ** 26;

/**
 * The latest start of a draft's mentions before `pos` (-1 where none is), read by binary search:
 * the starts of the mentions it had when first asked are sorted once, and those added since (the
 * descriptions linked to it, mostly in text order) are kept sorted apart, so that a long text's
 * many mentions are neither read again nor moved for each description. Mentions only grow while
 * descriptions are linked.
 */
function mentionStarts(): (d: Draft, pos: number) => number {
  const kept = new Map<Draft, { base: number[]; added: number[]; seen: number }>();
  return (d, pos) => {
    let k = kept.get(d);
    if (!k) kept.set(d, (k = { base: d.mentions.map((m) => m.start).sort((a, b) => a - b), added: [], seen: d.mentions.length }));
    for (; k.seen < d.mentions.length; k.seen++) {
      const s = d.mentions[k.seen].start;
      k.added.splice(lowerBoundOf(k.added, s + 1), 0, s); // (after equal starts: offsets are integers)
    }
    return Math.max(before(k.base, pos), before(k.added, pos));
  };
}

/** The greatest number of ascending `xs` below `pos`, or -1. */
function before(xs: readonly number[], pos: number): number {
  const i = lowerBoundOf(xs, pos);
  return i > 0 ? xs[i - 1] : -1;
}

/** The starts of each draft's spans that `spans` lists, sorted once per draft (for spans that do not change meanwhile). */
function sortedStarts(spans: (d: Draft) => readonly Span[]): (d: Draft) => readonly number[] {
  const kept = new Map<Draft, number[]>();
  return (d) => {
    let xs = kept.get(d);
    if (!xs) kept.set(d, (xs = spans(d).map((s) => s.start).sort((a, b) => a - b)));
    return xs;
  };
}

/** The family name used alone for a person: the last word, or the last two after a particle (أبو الغيط). */
function familyName(words: string[]): string[] | null {
  if (words.length < 2) return null;
  // "إسماعيل ولد الشيخ أحمد" is called "ولد الشيخ"
  const wuld = words.indexOf('ولد');
  if (wuld >= 1 && wuld + 1 < words.length) return ['ولد', words[wuld + 1]];
  const last = words[words.length - 1];
  const prev = words[words.length - 2];
  if (PATRONYMICS.has(prev)) return null;
  if (particles.has(prev)) return words.length >= 3 ? [prev, last] : null;
  return last.length >= 3 ? [last] : null;
}

/** The token after a family name written first may carry the name on: joined to it, no mention's, no stopword or common word. */
function nameGoesOn(next: Token | undefined, mask: Uint8Array): boolean {
  return next !== undefined && next.joined && mask[next.start] !== 1 && !stopwords.has(next.text) && !commonWords.has(next.text);
}

/** Korean and Chinese names' family name, written first (كيم for كيم جونغ أون); null for other names. */
function familyNameFirst(words: string[]): string[] | null {
  return words.length >= 2 && words.length <= 4 && FAMILY_FIRST.has(words[0]) ? [words[0]] : null;
}

function unique<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
