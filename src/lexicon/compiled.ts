import { COUNTRIES } from './countries.js';
import { ORGANIZATIONS } from './organizations.js';
import { TITLES } from './titles.js';
import { HONORIFICS } from './honorifics.js';
import { GIVEN_NAMES, NAME_PARTICLES } from './givenNames.js';
import { NAME_STOPWORDS, ROLE_QUALIFIERS } from './stopwords.js';
import { COMMON_WORDS } from './commonWords.js';
import { OBJECT_HEADS } from './positionWords.js';
import { MEETING_CUES, type MeetingCue } from './meetingCues.js';
import { SPORT_WORDS } from './meetingWords.js';
import { CUES, type CueEntry } from './cues.js';
import { CITIES, VENUE_HEADS } from './places.js';
import { normalizeForm } from '../normalize/index.js';
import type { CountryEntry, OrganizationEntry, TitleEntry } from './types.js';
import { PhraseLexicon, WordSet } from './phrases.js';
import { actorFirstWords, actorFullNames, actorSurnames, surnameTable } from './actors/index.js';
import { cueTable } from './cueForms.js';

/**
 * The lexicons as the rules read them, compiled by the one compiler (phrases.ts) on first use:
 * phrase lexicons matched together over every document's words (`PHRASE_LEXICONS`, read through
 * `doc.lex`), and sets of normalised words.
 */

/** The values of the country lexicons: a table names a country by its place here. */
const countries = (): readonly CountryEntry[] => COUNTRIES;

/** Every phrase lexicon, matched in one pass when a document is built (doc.lex.<name>). */
export const PHRASE_LEXICONS = {
  /** Country names (مصر، الولايات المتحدة) → country. */
  countryNames: new PhraseLexicon<CountryEntry>('countryNames', () => COUNTRIES.flatMap((c) => c.names.map((f) => [f, c, ambiguousIn(c, f)] as const)), countries),
  /** Nisba forms (المصري، الأمريكية) → country. */
  countryNisba: new PhraseLexicon<CountryEntry>('countryNisba', () => COUNTRIES.flatMap((c) => c.nisba.map((f) => [f, c, ambiguousIn(c, f)] as const)), countries),
  /** Nisba forms without the article (مصري، أمريكية), for "وفد مصري". */
  countryNisbaBare: new PhraseLexicon<CountryEntry>('countryNisbaBare', () =>
    COUNTRIES.flatMap((c) => c.nisba.map(normalizeForm).filter((n) => n.startsWith('ال')).map((n) => [n.slice(2), c] as const)),
    countries,
  ),
  /** Capitals and seats of government → country. */
  capitals: new PhraseLexicon<CountryEntry>('capitals', () => COUNTRIES.flatMap((c) => c.capitals.map((f) => [f, c, ambiguousIn(c, f)] as const)), countries),
  /** Organisations by every form and acronym. */
  organizations: new PhraseLexicon<OrganizationEntry>('organizations', () =>
    ORGANIZATIONS.flatMap((o) => [o.name, ...o.forms, ...o.acronyms].map((f) => [f, o, ambiguousIn(o, f)] as const)),
    () => ORGANIZATIONS,
  ),
  /** Titles and offices. */
  titles: new PhraseLexicon<TitleEntry>('titles', () => TITLES.flatMap((t) => t.forms.map((f) => [f, t, ambiguousIn(t, f)] as const)), () => TITLES),
  /** Honorifics that precede a name; the value says whether the honorific is ambiguous. */
  honorifics: new PhraseLexicon<boolean>('honorifics', () => HONORIFICS.flatMap((h) => h.forms.map((f) => [f, !!h.ambiguous, !!h.ambiguous] as const))),
  /** Cities that are not capitals, plus capitals, as place names. */
  cities: new PhraseLexicon<string>('cities', () => [...CITIES.map((c) => [c, c] as const), ...COUNTRIES.flatMap((c) => c.capitals.map((f) => [f, f] as const))]),
  /** Words that report an encounter (استقبل، التقى، اتصال هاتفي…). */
  meetingCues: new PhraseLexicon<MeetingCue>('meetingCues', () => MEETING_CUES.flatMap((c) => c.forms.map((f) => [f, c] as const)), () => MEETING_CUES),
  /** Words that introduce a venue (قصر، مقر). */
  venues: new PhraseLexicon<boolean>('venues', () => VENUE_HEADS.map((v) => [v, true] as const)),
};

/** True where an entry lists the form among its ambiguous ones (compared normalised). */
function ambiguousIn(entry: { ambiguous?: readonly string[] }, form: string): boolean {
  if (!entry.ambiguous?.length) return false;
  let set = AMBIGUOUS.get(entry);
  if (!set) AMBIGUOUS.set(entry, (set = new Set(entry.ambiguous.map(normalizeForm))));
  return set.has(normalizeForm(form));
}
/** Each entry's ambiguous forms, normalised once (an entry is asked about each of its forms). */
const AMBIGUOUS = new WeakMap<object, Set<string>>();

/** First words of unambiguous honorifics (صاحب، معالي، فخامة): never part of a name. */
export const honorificHeads = new WordSet(() => HONORIFICS.filter((h) => !h.ambiguous).flatMap((h) => h.forms.map((f) => f.split(' ')[0])), 'honorificHeads');
/** First words of titles (وزير، وكيل، فريق): a و at their start is not a conjunction. */
export const titleHeads = new WordSet(() => TITLES.flatMap((t) => t.forms.map((f) => f.split(' ')[0])), 'titleHeads');
/** Definite words inside titles (الخارجية، الوزراء، العام، الخاص): a direct object after a title is none of them. */
export const titleWords = new WordSet(() => [
  ...TITLES.flatMap((t) => t.forms.flatMap((f) => f.split(' ').filter((w) => w.startsWith('ال')))),
  'السابق', 'الأسبق', 'السابقة', 'الأسبقة', 'الحالي', 'الحالية', 'الجديد', 'الجديدة', 'المكلف', 'المكلفة', 'المساعد', 'المساعدة', 'المنتهية',
], 'titleWords');
/** Common given names (normalised). */
export const givenNames = new WordSet(() => GIVEN_NAMES, 'givenNames');
/** The countries' nisbas without the article (تركي، يمني، مصري): after an indefinite noun (مسؤول تركي) an adjective, not a given name. */
export const indefiniteNisbas = new WordSet(() => COUNTRIES.flatMap((c) => c.nisba).filter((n) => n.startsWith('ال')).map((n) => n.slice(2)));
/** Name particles that join name parts: بن، أبو، آل، عبد، ولد. */
export const particles = new WordSet(() => NAME_PARTICLES, 'particles');
/**
 * Words that end a name candidate: stopwords, the words of meeting cues, reporting cue forms (not
 * the gated verbs: رفعت is also a given name).
 */
export const stopwords = new WordSet(() => [
  ...NAME_STOPWORDS,
  ...MEETING_CUES.flatMap((c) => c.forms.flatMap((f) => f.split(' '))),
  ...CUES.filter((c) => c.gate === undefined).flatMap((c) => cueWordForms(c)),
], 'stopwords');
/** Frequent words of news prose that are never a person's name (تنسيق، جولات، يتعلق). */
export const commonWords = new WordSet(() => COMMON_WORDS, 'commonWords');

/** The object heads of positions (ضرورة، دعم، حرص …) of three letters or more, سيادة (an honorific with a suffix) left out. */
const objectHeadStems = new WordSet(() => OBJECT_HEADS.filter((w) => w.length >= 3 && w !== 'سيادة'));
/** A possessive suffix on a word: ه، ها، هم، هما. */
const POSSESSIVE = /^(\S{3,}?)(?:هما|هم|ها|ه)$/u;

/**
 * A listed object head with a possessive suffix (دعمه، حرصها، التزامهم، رغبته): what a subject
 * states, never part of a name ("وأكد حزب النهضة دعمه الكامل …"). Takes a normalised word.
 */
export function isSuffixedObjectHead(w: string): boolean {
  if (w.charCodeAt(w.length - 1) !== 0x647 && !w.endsWith('هما')) return false;
  const m = POSSESSIVE.exec(w);
  if (!m) return false;
  const stem = m[1];
  return objectHeadStems.has(stem) || (stem.endsWith('ت') && objectHeadStems.has(stem.slice(0, -1) + 'ه'));
}
/** Words of sport (الدوري، المباراة): a sentence or article with them speaks of matches, not meetings. */
export const sportWords = new WordSet(() => SPORT_WORDS);
/** Qualifiers that extend a role (الخاص، السابق). */
export const roleQualifiers = new WordSet(() => ROLE_QUALIFIERS, 'roleQualifiers');

/** The values the build packs beside the phrase tables (packLexicons' data, read by packedValue): the reporting cues' forms compiled, and the known surnames by first word. */
export const PACKED_DATA: Record<string, () => unknown> = { cueForms: cueTable, actorSurnamesByFirstWord: surnameTable };

/** The word sets the build packs beside the phrase tables (packLexicons), so that a cold start need not normalise their words. */
export const WORD_SETS: readonly WordSet[] = [honorificHeads, titleHeads, titleWords, givenNames, particles, stopwords, commonWords, roleQualifiers, actorSurnames, actorFullNames, actorFirstWords];

/** Surface forms of a reporting cue that can follow a name: أكد، أكدت، يؤكد، تؤكد، مؤكدا، مؤكدة. */
function cueWordForms(c: CueEntry): string[] {
  const out: string[] = [...c.past, ...c.past.map((f) => f + 'ت'), ...c.present, ...c.present.map((f) => 'ت' + f.slice(1))];
  out.push(...c.participle.flatMap((f) => [f, f + 'ا', f + 'ة']));
  for (const list of Object.values(c.forms ?? {})) out.push(...(list ?? []));
  return out.filter((f) => !f.includes(' '));
}

let orgById: Map<string, OrganizationEntry> | undefined;
/** The organisation with this id (UN, HAMAS), or undefined. */
export function organizationById(id: string): OrganizationEntry | undefined {
  orgById ??= new Map(ORGANIZATIONS.map((o) => [o.id, o]));
  return orgById.get(id);
}

/**
 * An indefinite participle of manner, normalised (مبتسما، متاسفا، معلقا، موجها، قايلا): how
 * someone spoke or acted, never a name word nor a subject. Not a name of that shape (ماريا، مينا).
 */
export function isMannerParticiple(w: string): boolean {
  // a noun with a pronoun suffix ends the same way (مراسلنا، مديرها): only listed participles in ها
  // (asked of most words of a subject: a word that starts with neither م nor ق is none, no regex run)
  const c0 = w.charCodeAt(0);
  if (c0 !== 0x645 && c0 !== 0x642) return false; // م ق
  const suffixed = /(?:نا|ها)$/u.test(w) && !H_PARTICIPLES.has(w);
  return (/^م[^اي\s]\S{2,}ا$/u.test(w) || /^قايل(?:ا|ه|ين)$/u.test(w)) && !suffixed && !givenNames.has(w) && !titleWords.has(w);
}

/** Participles of manner whose root ends in ه (موجها، منوها، منبها), normalised. */
const H_PARTICIPLES: ReadonlySet<string> = new Set(['موجها', 'منوها', 'منبها', 'مشبها', 'متوجها']);
