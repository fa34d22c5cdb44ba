import { readFileSync } from 'node:fs';
import { normalizeForm } from '../../normalize/index.js';
import { packedValue, WordSet } from '../phrases.js';
import { keyedFile, readKeyedFile, type KeyedFile } from '../keyedFile.js';
import { ORGANIZATIONS } from '../organizations.js';
import { GULF_ACTORS } from './gulf.js';
import { LEVANT_ACTORS } from './levant.js';
import { NILE_HORN_ACTORS } from './nileHorn.js';
import { MAGHREB_ACTORS } from './maghreb.js';
import { NEIGHBOUR_ACTORS } from './neighbours.js';
import { POWER_ACTORS } from './powers.js';
import { G7_ACTORS } from './g7.js';
import { INTERNATIONAL_ACTORS } from './international.js';
import { MOVEMENT_ACTORS } from './movements.js';
import { CABINET_ACTORS } from './cabinets.js';
import { WORLD_ACTORS } from './world.js';
import { ARAB_OFFICE_ACTORS } from './arabOffices.js';
import { SAUDI_OFFICE_ACTORS } from './saudiOffices.js';
import { MAGHREB_CABINET_ACTORS } from './maghrebCabinets.js';
import { POWER_OFFICIAL_ACTORS } from './powerOfficials.js';
import { ARAB_OFFICIAL_ACTORS } from './arabOfficials.js';
import { REGION_OFFICIAL_ACTORS } from './regionOfficials.js';
import type { ActorEntry, ActorTerm } from './types.js';

export { ACTOR_OFFICES } from './types.js';
export type { ActorEntry, ActorOffice, ActorTerm } from './types.js';

/**
 * The known-actor lexicon and its lookup: who a name is, and which offices that person held in the
 * article's year. The index over the names is built on the first lookup, not at module load, so
 * that a run that never asks pays nothing for it.
 */

let ACTOR_LIST: readonly ActorEntry[] | undefined;

/**
 * The lists of actors by region and kind of office, in the order actors() joins them. Each is read
 * where it is called: the bundle parses a region's list from its data file on its first read, so
 * that the packed index (packedIndex) parses only the regions of the people an article names.
 */
const REGIONS: readonly (() => readonly ActorEntry[])[] = [
  () => GULF_ACTORS,
  () => LEVANT_ACTORS,
  () => NILE_HORN_ACTORS,
  () => MAGHREB_ACTORS,
  () => NEIGHBOUR_ACTORS,
  () => POWER_ACTORS,
  () => G7_ACTORS,
  () => INTERNATIONAL_ACTORS,
  () => MOVEMENT_ACTORS,
  () => CABINET_ACTORS,
  () => WORLD_ACTORS,
  () => ARAB_OFFICE_ACTORS,
  () => SAUDI_OFFICE_ACTORS,
  () => MAGHREB_CABINET_ACTORS,
  () => POWER_OFFICIAL_ACTORS,
  () => ARAB_OFFICIAL_ACTORS,
  () => REGION_OFFICIAL_ACTORS,
];

/**
 * Every known actor, by region and kind of office. Listed on first use, not at module load: the
 * bundle reads each region's list from its data file only when it is first used (esbuild.config.mjs),
 * and a run that looks no name up (most single articles; the surnames are packed) never does.
 */
export function actors(): readonly ActorEntry[] {
  return (ACTOR_LIST ??= REGIONS.flatMap((region) => region()));
}

/** An office held, with the affiliation it gives: a state, a body, or both (a movement's state). */
export interface HeldOffice {
  term: ActorTerm;
  /** The state the term speaks for (ISO 3166-1 alpha-2); null for an international or regional body. */
  country: string | null;
  /** The body the term speaks for (an id from organizations.ts), or null for a state office. */
  org: string | null;
}

/** A person found by name, with the offices held in the year asked. */
export interface ActorMatch {
  actor: ActorEntry;
  /** 'name' when a full name matched, 'surname' when a surname or short form used alone did. */
  matchedBy: 'name' | 'surname';
  /** The year asked, or null. */
  year: number | null;
  /** The offices held in that year, every office when the year is null; empty when none that year. */
  offices: HeldOffice[];
}

interface Hit {
  actor: ActorEntry;
  by: 'name' | 'surname';
}

interface ActorIndex {
  /** Canonical key of a full name or a surname → the people who have it. */
  byKey: Map<string, Hit[]>;
  /** First word + last word of every full name without a nasab particle → the people. */
  byFirstLast: Map<string, ActorEntry[]>;
  /** The last word (lastSegment) of every key that some full name has: a key ending otherwise is no full name. */
  nameLasts: Set<string>;
  /** How long building took, in milliseconds. */
  buildMs: number;
}

// Particles that chain a nasab (محمد بن سلمان بن عبد العزيز): a name with one is matched whole, never
// by its first and last word, which would join a father's name to a grandfather's.
const NASAB = new Set(['بن', 'ابن', 'بنت', 'ولد', 'ال']);

/**
 * The canonical words of a normalised name: عبد، أبو، بو written together with the word after them,
 * since news writes both (عبد الله / عبدالله، أبو الغيط / أبوالغيط، بو صعب / بوصعب).
 */
function canonicalWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((w === 'عبد' || w === 'ابو' || w === 'بو') && i + 1 < words.length) out.push(w + words[++i]);
    else out.push(w);
  }
  return out;
}

/** The words of a lexicon form, normalised; a hyphen separates words (بان كي-مون). */
function formWords(form: string): string[] {
  const n = normalizeForm(form);
  return n.includes('-') ? n.split(/[\s-]+/).filter(Boolean) : n.split(' ');
}

let INDEX: ActorIndex | undefined;

function buildIndex(): ActorIndex {
  const started = performance.now();
  const byKey = new Map<string, Hit[]>();
  const byFirstLast = new Map<string, ActorEntry[]>();
  const add = (key: string, hit: Hit): void => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [hit]);
    else if (!list.some((h) => h.actor === hit.actor)) list.push(hit);
    else if (hit.by === 'name') for (const h of list) if (h.actor === hit.actor) h.by = 'name';
  };
  for (const actor of actors()) {
    for (const name of actor.names) {
      const canon = canonicalWords(formWords(name));
      add(canon.join(' '), { actor, by: 'name' });
      if (canon.length >= 2 && !canon.some((w) => NASAB.has(w))) {
        const fl = `${canon[0]} ${canon[canon.length - 1]}`;
        const list = byFirstLast.get(fl);
        if (!list) byFirstLast.set(fl, [actor]);
        else if (!list.includes(actor)) list.push(actor);
      }
    }
    for (const surname of actor.surnames ?? []) add(canonicalWords(formWords(surname)).join(' '), { actor, by: 'surname' });
  }
  const nameLasts = new Set<string>();
  for (const [key, hits] of byKey) if (hits.some((h) => h.by === 'name')) nameLasts.add(lastSegment(key));
  return { byKey, byFirstLast, nameLasts, buildMs: performance.now() - started };
}

function index(): ActorIndex {
  return (INDEX ??= buildIndex());
}

/** What findActor reads of an index: the hits of a canonical key, and the people of a first and last word. */
interface ActorLookup {
  hits(key: string): readonly Hit[] | undefined;
  firstLast(key: string): readonly ActorEntry[] | undefined;
}

/** The index as findActor reads it: the index once made, else the one the build packed where there is one, else the index made now. */
function lookup(): ActorLookup {
  if (INDEX === undefined) {
    const packed = packedIndex();
    if (packed) return packed;
  }
  const ix = index();
  return (PLAIN ??= { hits: (key) => ix.byKey.get(key), firstLast: (key) => ix.byFirstLast.get(key) });
}
let PLAIN: ActorLookup | undefined;

/**
 * The name index as the build writes it beside the bundle (actorIndexFile), made by buildIndex
 * from the very lists the bundle holds: a keyed file (keyedFile.ts) read by key, each key's people
 * made from their numbers on first sight, so that a cold start that looks a name up neither lists
 * every actor nor normalises their 4,000-odd names and surnames (some 45 ms of a one-article run,
 * and the collections that follow; the regions of the people found are all it parses). Its head
 * is the JSON of how many actors each region lists (REGIONS order): people are numbered in
 * actors() order. Its keys: "k" and a canonical key (byKey), whose value is its hits in index
 * order, each person's number with "s" after it where the key is only a surname of theirs, joined
 * by ","; "f" and a first word + last word (byFirstLast), whose value is the people's numbers.
 */
declare const __KHULASA_ACTOR_INDEX__: string | undefined;

/** The packed index, read on first use (null: none, unreadable, or made from other lists: the index is made from the lists). */
let PACKED: ActorLookup | null | undefined;

function packedIndex(): ActorLookup | null {
  if (PACKED === undefined) {
    PACKED = null;
    // its URL relative to the bundle, defined by the build (esbuild.config.mjs); undefined when
    // the sources run as they are (tests, tsc's dist). Its own file, not the phrase tables', which
    // every run reads whole: a run reads this one only when it looks a name up.
    if (typeof __KHULASA_ACTOR_INDEX__ === 'string') {
      try {
        const file = readKeyedFile(readFileSync(new URL(__KHULASA_ACTOR_INDEX__, import.meta.url)));
        PACKED = file && readPackedIndex(file);
      } catch {
        // the index is made from the lists instead
      }
    }
  }
  return PACKED;
}

/**
 * The lookup of a packed index, or null where its head does not fit these lists: a region of
 * another length than packed, found when a person of it is first made, drops the packed index for
 * the index made from the lists, which then answers that lookup and every later one.
 */
function readPackedIndex(file: KeyedFile): ActorLookup | null {
  const regions = JSON.parse(file.head) as unknown;
  if (!Array.isArray(regions) || regions.length !== REGIONS.length || !regions.every((n) => Number.isInteger(n) && n >= 0)) return null;
  const counts = regions as number[];
  const regionChecked = new Uint8Array(REGIONS.length);
  /** The person numbered n, or undefined where the lists are not those packed. */
  const actorAt = (n: number): ActorEntry | undefined => {
    let r = 0;
    while (r < REGIONS.length && n >= counts[r]) n -= counts[r++];
    if (r === REGIONS.length || !Number.isInteger(n) || n < 0) return undefined;
    const list = REGIONS[r]();
    if (regionChecked[r] === 0) {
      if (list.length !== counts[r]) return undefined;
      regionChecked[r] = 1;
    }
    return list[n];
  };
  /** The people of a key's value (undefined where a number names no one of these lists). */
  const people = (value: string): { actor: ActorEntry; surname: boolean }[] | undefined => {
    const out: { actor: ActorEntry; surname: boolean }[] = [];
    for (const code of value.split(',')) {
      const surname = code.endsWith('s');
      const actor = actorAt(Number(surname ? code.slice(0, -1) : code));
      if (!actor) return undefined;
      out.push({ actor, surname });
    }
    return out;
  };
  const hitsByKey = new Map<string, readonly Hit[] | undefined>();
  const byFirstLast = new Map<string, readonly ActorEntry[] | undefined>();
  const stale = (): ActorLookup => {
    PACKED = null;
    return lookup();
  };
  return {
    hits(key) {
      if (hitsByKey.has(key)) return hitsByKey.get(key);
      const value = file.get(`k${key}`);
      let hits: Hit[] | undefined;
      if (value !== undefined) {
        const found = people(value);
        if (!found) return stale().hits(key);
        hits = found.map((p): Hit => ({ actor: p.actor, by: p.surname ? 'surname' : 'name' }));
      }
      hitsByKey.set(key, hits);
      return hits;
    },
    firstLast(key) {
      if (byFirstLast.has(key)) return byFirstLast.get(key);
      const value = file.get(`f${key}`);
      let list: ActorEntry[] | undefined;
      if (value !== undefined) {
        const found = people(value);
        if (!found) return stale().firstLast(key);
        list = found.map((p) => p.actor);
      }
      byFirstLast.set(key, list);
      return list;
    },
  };
}

/** The name index as the file the build writes beside the bundle (see __KHULASA_ACTOR_INDEX__), made from the lists as buildIndex indexes them. */
export function actorIndexFile(): Buffer {
  const number = new Map<ActorEntry, number>();
  actors().forEach((actor, n) => number.set(actor, n));
  const ix = buildIndex();
  const entries: [string, string][] = [];
  for (const [key, hits] of ix.byKey) entries.push([`k${key}`, hits.map((h) => `${number.get(h.actor)}${h.by === 'surname' ? 's' : ''}`).join(',')]);
  for (const [key, list] of ix.byFirstLast) entries.push([`f${key}`, list.map((a) => String(number.get(a))).join(',')]);
  return keyedFile(JSON.stringify(REGIONS.map((region) => region().length)), entries);
}

let SUPRANATIONAL: Set<string> | undefined;

/** The ids of the international and regional bodies: their officials speak for no state. */
function supranational(): Set<string> {
  return (SUPRANATIONAL ??= new Set(ORGANIZATIONS.filter((o) => o.kind === 'international' || o.kind === 'regional').map((o) => o.id)));
}

/** True when the term was held at some time in the year. */
function heldIn(term: ActorTerm, year: number): boolean {
  return term.from <= year && (term.to === null || year <= term.to);
}

function held(actor: ActorEntry, year: number | null): HeldOffice[] {
  return actor.offices
    .filter((t) => year === null || heldIn(t, year))
    .map((term) => {
      const org = term.org ?? actor.org ?? null;
      const country = org !== null && supranational().has(org) ? null : (term.country ?? actor.country);
      return { term, country, org };
    });
}

const SPACE_OR_HYPHEN = /[\s-]/;

function distinct(hits: readonly Hit[]): Hit[] {
  const seen = new Map<ActorEntry, Hit>();
  for (const h of hits) {
    const prev = seen.get(h.actor);
    if (!prev || (prev.by === 'surname' && h.by === 'name')) seen.set(h.actor, h);
  }
  return [...seen.values()];
}

/**
 * The person a name points to, with the offices held in `year` (every office when year is null).
 * `words` are the name's words as normalizeForm writes them, without proclitics: a full name
 * (سامح شكري), a full name with more middle names than listed (سامح حسن شكري), or a distinctive
 * surname alone (لافروف). Returns undefined when the name is unknown or ambiguous: two people
 * share it and the year does not leave exactly one of them in office. A surname alone is trusted
 * only for someone in office in the year asked, when a year is given.
 */
export function findActor(words: readonly string[], year: number | null): ActorMatch | undefined {
  // the words split at spaces and hyphens, empty ones dropped (a loop: most words have neither,
  // and are kept as they are without a split and a flatMap's arrays)
  const clean: string[] = [];
  for (const w of words) {
    if (!SPACE_OR_HYPHEN.test(w)) {
      if (w) clean.push(w);
    } else for (const part of w.split(/[\s-]+/)) if (part) clean.push(part);
  }
  if (clean.length === 0) return undefined;
  const ix = lookup();
  const canon = canonicalWords(clean);
  let hits = ix.hits(canon.join(' '));
  if (!hits) {
    if (canon.length >= 3 && !canon.some((w) => NASAB.has(w))) {
      hits = ix.firstLast(`${canon[0]} ${canon[canon.length - 1]}`)?.map((actor): Hit => ({ actor, by: 'name' }));
    }
  }
  if (!hits) return undefined;
  const people = distinct(hits);
  const pick = (hit: Hit): ActorMatch => ({ actor: hit.actor, matchedBy: hit.by, year, offices: held(hit.actor, year) });
  if (year === null) return people.length === 1 ? pick(people[0]) : undefined;
  const inOffice = people.filter((h) => h.actor.offices.some((t) => heldIn(t, year)));
  if (inOffice.length === 1) return pick(inOffice[0]);
  if (inOffice.length > 1) return undefined;
  // Nobody holds an office that year: a full name still names its one bearer (a former minister).
  const byName = people.filter((h) => h.by === 'name');
  return byName.length === 1 ? pick(byName[0]) : undefined;
}

/**
 * Whether normalised name words are a full name of the lexicon (فلاديمير بوتين، حسن روحاني): the
 * name parser ends a name there rather than read on into the next word (حسن روحاني قمع).
 */
export function isKnownFullName(words: readonly string[]): boolean {
  // before the index is made (a cold start that looks no name up never makes it), the keys of the
  // full names are asked of their word set, which the build packs with the phrase tables
  if (INDEX === undefined) return words.length > 0 && actorFullNames.has(canonicalWords(words).join(' '));
  const ix = INDEX;
  // most words asked about end no full name: no key joined, no probe of the large map
  if (!ix.nameLasts.has(lastSegment(canonicalLast(words)))) return false;
  const hits = ix.byKey.get(canonicalWords(words).join(' '));
  return hits !== undefined && hits.some((h) => h.by === 'name');
}

/** The last of canonicalWords(words), without the list ('' for no words). */
function canonicalLast(words: readonly string[]): string {
  let last = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    last = (w === 'عبد' || w === 'ابو' || w === 'بو') && i + 1 < words.length ? w + words[++i] : w;
  }
  return last;
}

/** What follows the last space of a key or a word (all of it where it has none). */
function lastSegment(s: string): string {
  const at = s.lastIndexOf(' ');
  return at < 0 ? s : s.slice(at + 1);
}

/**
 * Surnames of the lexicon that are also everyday Arabic words (عون "help", البرهان "the proof",
 * الشرع "the law", نصير "supporter", ظريف "witty", سيري "he will see" once normalised, ولايتي "two provinces of"): alone, they
 * name the office holder only right after a title or a verb of saying (الرئيس عون، قال ظريف).
 */
export const SURNAMES_ALSO_WORDS: readonly string[] = ['عون', 'البرهان', 'الشرع', 'نصير', 'ظريف', 'سيري', 'الحمد الله', 'الحمدالله', 'صالحي', 'حاتمي', 'عطاف', 'فيدان', 'أكار', 'آكار', 'غولر', 'كني', 'بورن', 'بارو', 'فالون', 'لامي', 'أنان', 'الثني', 'الجلالي', 'ولايتي'];

/**
 * The surnames of the lexicon as normalised words (لافروف؛ أبو الغيط → ابو الغيط), keyed by their
 * first word: a cheap gate before findActor for a word met alone in the text.
 */
export function surnamesByFirstWord(): ReadonlyMap<string, readonly string[][]> {
  return (SURNAMES ??= buildSurnames());
}

let SURNAMES: Map<string, string[][]> | undefined;

/**
 * The first words of the lexicon's surnames (the keys of surnamesByFirstWord), as one set made once:
 * a document's lexicon pass notes the words with a clitic form among them (createDoc), so that the
 * known-surname rule visits those words only.
 */
export function surnameFirstWords(): ReadonlySet<string> {
  return (SURNAME_FIRSTS ??= new Set(surnamesByFirstWord().keys()));
}
let SURNAME_FIRSTS: Set<string> | undefined;

const NAME_WORDS = new WeakMap<ActorEntry, string[][]>();

/** Each name of an actor as normalised words (split at spaces and hyphens), made once per actor. */
export function actorNameWords(actor: ActorEntry): readonly (readonly string[])[] {
  let words = NAME_WORDS.get(actor);
  if (!words) NAME_WORDS.set(actor, (words = actor.names.map((n) => normalizeForm(n).split(/[\s-]+/))));
  return words;
}

/**
 * Every surname of the lexicon as its normalised words joined by one space, each once, in lexicon
 * order. A word set the build packs with the phrase tables (compiled.ts, WORD_SETS): a cold start
 * then reads the surnames without listing the actors.
 */
export const actorSurnames = new WordSet(function* () {
  for (const actor of actors()) for (const surname of actor.surnames ?? []) yield formWords(surname).join(' ');
}, 'actorSurnames');

/**
 * Every full name of the lexicon as the index keys it (canonicalWords of its normalised words,
 * joined by one space): the keys isKnownFullName accepts. A word set the build packs with the phrase
 * tables (compiled.ts, WORD_SETS), so that a cold start answers isKnownFullName without listing the
 * actors or building the index (some 45 ms of a one-article run).
 */
export const actorFullNames = new WordSet(function* () {
  for (const actor of actors()) for (const name of actor.names) yield canonicalWords(formWords(name)).join(' ');
}, 'actorFullNames');

/**
 * The first word of every full name of the lexicon (بان، سلفا، صباح، غير): a word the name parser
 * may open a known full name with though no given name of the list (packed with the phrase tables).
 */
export const actorFirstWords = new WordSet(function* () {
  for (const actor of actors()) for (const name of actor.names) yield formWords(name)[0];
}, 'actorFirstWords');

/**
 * The surnames by first word, as the build packs them with the phrase tables (packedValue, made by
 * surnameTable): a JSON array of the map's entries, which a run makes into the map at once (every
 * article asks for it); else made from the surnames' word set.
 */
function buildSurnames(): Map<string, string[][]> {
  const packed = packedValue('actorSurnamesByFirstWord');
  if (Array.isArray(packed)) return new Map(packed as [string, string[][]][]);
  return surnamesFromSet();
}

/** The surnames by first word, made from the word set of the surnames (actorSurnames). */
function surnamesFromSet(): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  // distinct already (a set), and two surnames with the same words share their first word
  for (const surname of actorSurnames.words()) {
    const words = surname.split(' ');
    const list = out.get(words[0]);
    if (!list) out.set(words[0], [words]);
    else list.push(words);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}

/** The surnames by first word as the build packs them (buildSurnames reads them): the entries of the map made from the lists. */
export function surnameTable(): [string, string[][]][] {
  return [...surnamesFromSet()];
}

/** The actor with this id (SA_JUBEIR), or undefined. */
export function actorById(id: string): ActorEntry | undefined {
  return actors().find((a) => a.id === id);
}

/** How long building the name index took, in milliseconds (building it first if needed). */
export function actorIndexBuildMs(): number {
  return index().buildMs;
}
