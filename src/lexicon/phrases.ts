import { readFileSync } from 'node:fs';
import { normalizeForm } from '../normalize/index.js';
import type { Token } from '../segment/tokens.js';
import { BMP_WORD_RANGES } from './wordChars.js';
import { WORD_CHAR } from './compile.js';

/**
 * The one lexicon compiler. Every lexicon of phrases (countries, bodies, titles, cues…) is compiled
 * to normalised word lists indexed by their first word, and all of them are matched in one pass over
 * a document's words (`scanLexicons`): each word's clitic forms are looked up once in one combined
 * index. Rules then read the hits by token index; nothing re-scans the text.
 */

/** A lexicon phrase found at a token, with what it stands for. */
export interface PhraseHit<T> {
  /** Index of the first token. */
  i: number;
  /** Number of tokens covered. */
  len: number;
  /** Offset where the phrase starts once proclitics are peeled off the first token. */
  start: number;
  end: number;
  /** The proclitics peeled off the first token ('' if none). */
  pre: string;
  value: T;
  /** True where the form matched is also a common word or another entry's (الجامعة، فتح، المالية). */
  ambiguous: boolean;
}

/**
 * A PhraseHit as the lexicon pass makes it: by a constructor, not an object literal, whose
 * allocation site V8 would come to allocate in the old generation (see segment/tokens.ts'
 * WordToken): a document's hits then outlived it until a full collection.
 */
class Hit<T> implements PhraseHit<T> {
  declare i: number;
  declare len: number;
  declare start: number;
  declare end: number;
  declare pre: string;
  declare value: T;
  declare ambiguous: boolean;
  constructor(i: number, len: number, start: number, end: number, pre: string, value: T, ambiguous: boolean) {
    this.i = i;
    this.len = len;
    this.start = start;
    this.end = end;
    this.pre = pre;
    this.value = value;
    this.ambiguous = ambiguous;
  }
}

/** A lexicon phrase as normalised words, with what it stands for. */
interface Phrase<T> {
  words: string[];
  value: T;
  ambiguous: boolean;
  /** The form ends in a full stop (د.): the text must have one right after the phrase. */
  dot: boolean;
  /** For a form with punctuation between its words (… - القيادة العامة): the marks before each word, spaces dropped. */
  gaps?: string[];
}

/** A lexicon entry as written: its form, what it stands for, and whether the form is ambiguous. */
export type LexiconEntry<T> = readonly [form: string, value: T, ambiguous?: boolean];

const NOT_WORD_OR_SPACE = new RegExp(`[^${BMP_WORD_RANGES} ]`, 'u');
const NOT_WORD_OR_SPACE_ALL = new RegExp(`[^${BMP_WORD_RANGES} ]+`, 'gu');
const SPACES = / +/;

/** Every PhraseLexicon by name, so that a table's phrases find the entries their values are taken from. */
const LEXICONS = new Map<string, PhraseLexicon<unknown>>();

/** A lexicon of phrases: [form, value, ambiguous] entries, compiled on first use (a run that never reads it pays nothing). */
export class PhraseLexicon<T> {
  private index: Map<string, Phrase<T>[]> | null = null;
  private entryList: LexiconEntry<T>[] | null = null;
  /** This lexicon's number in the build's tables when they were made from these very entries, else -1 (undefined: not asked yet). */
  private slot: number | undefined;

  /**
   * `source` is called on first use; the first value given for a form is kept. `values`, where
   * given, lists every value the entries can have (COUNTRIES, TITLES…): a table then names a value
   * by its place there, and is read without making the entries.
   */
  constructor(
    readonly name: string,
    private readonly source: () => Iterable<LexiconEntry<T>>,
    private readonly values?: () => readonly T[],
  ) {
    LEXICONS.set(name, this as PhraseLexicon<unknown>);
  }

  /** The entries as the source gives them (made once). */
  entries(): LexiconEntry<T>[] {
    return (this.entryList ??= [...this.source()]);
  }

  /**
   * This lexicon's number in the tables the build made (packedTables), or -1 where there are none
   * or they were made from other entries: then the lexicon compiles its own index.
   */
  tableSlot(): number {
    if (this.slot === undefined) {
      const tables = packedTables();
      const k = tables ? tables.names.indexOf(this.name) : -1;
      this.slot = k >= 0 && tables!.checks[k] === this.check() ? k : -1;
    }
    return this.slot;
  }

  /** The phrases that start with the normalised word `first`, longest first; undefined for none. */
  at(first: string): Phrase<T>[] | undefined {
    const k = this.tableSlot();
    return k >= 0 ? (tablePhrases(first)?.[k] as Phrase<T>[] | undefined) : this.phrases().get(first);
  }

  /** Phrases by their first (normalised) word, longest first within a word: the whole index (the build and tests ask for it). */
  phrases(): Map<string, Phrase<T>[]> {
    if (this.index) return this.index;
    const k = this.tableSlot();
    if (k < 0) return (this.index = compileIndex(this.entries()));
    const index = new Map<string, Phrase<T>[]>();
    for (const first of packedTables()!.words()) {
      const list = tablePhrases(first)?.[k];
      if (list) index.set(first, list as Phrase<T>[]);
    }
    return (this.index = index);
  }

  /**
   * What a table must have been made from to be read: the number of values where they are listed
   * (the build makes the tables from the very sources it bundles; this catches a table of another
   * lexicon), else a fingerprint of the entries.
   */
  private check(): string {
    return this.values ? `values:${this.values().length}` : entriesCheck(this.entries());
  }

  /** The value a table names by number: the place among `values`, else the entry's. */
  valueAt(ref: number): T {
    return this.values ? this.values()[ref] : this.entries()[ref][1];
  }

  /** This lexicon compiled to a table (for the build, which embeds the tables in the bundle). */
  pack(): PackedLexicon {
    const index = this.phrases();
    const ordinal = new Map<unknown, number>();
    if (this.values) this.values().forEach((value, k) => ordinal.has(value) || ordinal.set(value, k));
    else this.entries().forEach(([, value], k) => ordinal.has(value) || ordinal.set(value, k));
    const lists: PackedLexicon['lists'] = [];
    for (const [first, list] of index) {
      const ref = (p: Phrase<T>) => {
        const k = ordinal.get(p.value);
        if (k === undefined) throw new Error(`lexicon ${this.name}: the value of "${p.words.join(' ')}" is not among its values`);
        return k;
      };
      lists.push([first, list.map((p) => [p.words, ref(p), (p.ambiguous ? 1 : 0) | (p.dot ? 2 : 0), ...(p.gaps ? [p.gaps] : [])] as PackedPhrase)]);
    }
    return { check: this.check(), lists };
  }

  /** True where `word` (one normalised word, clitics peeled) starts some phrase. */
  has(word: string): boolean {
    return this.at(word) !== undefined;
  }

  /** The entry of a whole form (normalised or not), undoing ل + ال (لمصريين → المصريين); undefined if none. */
  lookup(form: string): { value: T; ambiguous: boolean } | undefined {
    const n = phraseKey(form);
    return this.exact(n) ?? (n.startsWith('ل') ? this.exact('ا' + n) : undefined);
  }

  private exact(n: string): Phrase<T> | undefined {
    const words = n.split(SPACES);
    return this.at(words[0])?.find((p) => p.words.length === words.length && p.words.every((w, k) => w === words[k]));
  }
}

/** Entries compiled to phrases by their first word, longest first within a word (the first value given for a form is kept). */
function compileIndex<T>(entries: readonly LexiconEntry<T>[]): Map<string, Phrase<T>[]> {
  const byFirst = new Map<string, Phrase<T>[]>();
  const seen = new Map<string, Phrase<T>>();
  for (const [form, value, ambiguous = false] of entries) {
    const n = phraseKey(form);
    if (!n) continue;
    // a form listed as ambiguous by any entry that has it is ambiguous, whichever entry it stands for
    // (د. and د are two forms: the key keeps the full stop apart)
    const key = normalizeForm(form).endsWith('.') ? n + '.' : n;
    const known = seen.get(key);
    if (known) {
      known.ambiguous ||= ambiguous;
      continue;
    }
    const phrase: Phrase<T> = { words: n.split(SPACES), value, ambiguous, dot: normalizeForm(form).endsWith('.'), gaps: gapsOf(normalizeForm(form)) };
    seen.set(key, phrase);
    const list = byFirst.get(phrase.words[0]);
    if (list) list.push(phrase);
    else byFirst.set(phrase.words[0], [phrase]);
  }
  for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** A phrase as a table keeps it: its words, the number of its value (PhraseLexicon.valueAt), flags (1 ambiguous, 2 dot), its gaps. */
type PackedPhrase = [words: string[], entry: number, flags: number, gaps?: string[]];

/** A lexicon compiled ahead of time: its phrases by first word, and a check of the entries it was made from. */
export interface PackedLexicon {
  check: string;
  lists: [first: string, phrases: PackedPhrase[]][];
}

/**
 * The tables of the phrase lexicons as packLexicons makes them (JSON): the lexicons' names and
 * checks, for each first word of any of them one text of its phrases in every lexicon
 * (encodeSlot), and the named word sets (WordSet), each its words.
 */
interface TablesJson {
  names: string[];
  checks: string[];
  words: Record<string, string>;
  sets?: Record<string, string[]>;
  /** Other values made from the lexicons at build time (packedValue), by name. */
  data?: Record<string, unknown>;
}

/**
 * The tables as a run reads them from their file (tableFile). A word's text is looked up, and
 * decoded, only when a document has the word: one article meets a few hundred of the 5,000 first
 * words, so a cold start neither builds nor collects the other phrases; and a set's words are
 * parsed only when the set is first used.
 */
interface PackedTables {
  names: string[];
  checks: string[];
  /** A first word's text (encodeSlot), or undefined where no lexicon has the word. */
  slot(word: string): string | undefined;
  /** Every first word, in the order the JSON lists them. */
  words(): string[];
  /** A named word set's words, or undefined where the tables hold none by that name. */
  set(name: string): string[] | undefined;
  /** Whether a named word set holds `word`, looked up without making the set; undefined where the tables hold no set by that name. */
  inSet(name: string, word: string): boolean | undefined;
  /** A named value packed with the tables (parsed anew at each call), or undefined where they hold none by that name. */
  data(name: string): unknown;
}

/**
 * The file of the tables of the phrase lexicons, beside the bundle: compiled when the bundle was
 * built (esbuild.config.mjs writes it and defines the constant) so that a cold start need not
 * normalise some 8,000 forms. A file, not text in the bundle: the bundle's text and its code cache
 * would each hold it again, and a cold start reads both in full. Laid out by tableFile, so that a
 * run parses none of it but a few names (JSON.parse of the whole took some 4 ms of every cold start).
 * Absent when the sources run as they are (tests, tsc's dist), and unreadable if the file went
 * missing: then each lexicon compiles on first use.
 */
declare const __KHULASA_PHRASE_TABLES__: string | undefined;
let PACKED: PackedTables | null | undefined;

function packedTables(): PackedTables | null {
  if (PACKED === undefined) {
    PACKED = null;
    if (typeof __KHULASA_PHRASE_TABLES__ === 'string') {
      try {
        PACKED = readTableFile(readFileSync(new URL(__KHULASA_PHRASE_TABLES__, import.meta.url)));
      } catch {
        // the lexicons compile from their sources instead
      }
    }
  }
  return PACKED;
}

/** The first four bytes of a table file (tableFile), "kht1" read as a little-endian number. */
const TABLE_FILE_MAGIC = 0x3174686b;

/** The most word sets a table file marks its words with (a bit each in one code unit, SET_MARK's bit 14 set). */
const MAX_SETS = 14;
const SET_MARK = 0x4000;

/**
 * The tables (packLexicons' JSON) as the file the build writes beside the bundle: the magic
 * number, the size of a hash table of the words (a power of two, at least twice their number)
 * and the table, as little-endian 32-bit numbers; then a UTF-16 (little-endian) text, which
 * becomes a string by a copy (decoding UTF-8 Arabic costs some 15 M instructions): a line of
 * JSON (the lexicons' names and checks, and where each set and the first words are in what
 * follows), each set's words as a JSON array, and one line per word: the word, a tab, one code
 * unit marking the sets that hold it (SET_MARK plus bit k for the k-th set), and its text as a
 * first word ('' for a word that only sets hold). The first words' lines come first, in the JSON's
 * order, which words() keeps. The hash table holds, at tableHash(word) or the first free place
 * after it, where the word's line starts (-1 where free).
 */
export function tableFile(json: string): Uint8Array {
  const tables = JSON.parse(json) as TablesJson;
  let body = '';
  const sets: Record<string, [number, number]> = {};
  const setNames = Object.keys(tables.sets ?? {});
  if (setNames.length > MAX_SETS) throw new Error(`phrase table: more than ${MAX_SETS} word sets`);
  const marks = new Map<string, number>();
  setNames.forEach((name, k) => {
    const words = tables.sets![name];
    const text = JSON.stringify(words);
    sets[name] = [body.length, body.length + text.length];
    body += text;
    for (const word of words) marks.set(word, (marks.get(word) ?? 0) | (1 << k));
  });
  const data: Record<string, [number, number]> = {};
  for (const [name, value] of Object.entries(tables.data ?? {})) {
    const text = JSON.stringify(value);
    if (text.includes('\n')) throw new Error(`phrase table: the value "${name}" holds a line break`);
    data[name] = [body.length, body.length + text.length];
    body += text;
  }
  const firstWords = Object.keys(tables.words);
  const words = [...firstWords, ...[...marks.keys()].filter((w) => !Object.hasOwn(tables.words, w))];
  const from = body.length;
  let firstTo = from;
  const starts: number[] = [];
  words.forEach((word, k) => {
    const text = k < firstWords.length ? tables.words[word] : '';
    if (!word || /[\t\n]/.test(word) || text.includes('\n')) throw new Error(`phrase table: the word "${word}" or its text holds a line break or a tab`);
    starts.push(body.length);
    body += `${word}\t${String.fromCharCode(SET_MARK | (marks.get(word) ?? 0))}${text}\n`;
    if (k < firstWords.length) firstTo = body.length;
  });
  const head = JSON.stringify({ names: tables.names, checks: tables.checks, sets, setNames, data, words: [from, firstTo] });
  return slotFile(TABLE_FILE_MAGIC, words, starts, tableHash, `${head}\n${body}`);
}

/**
 * The bytes of a file of lines read by key: the magic number, the size of a hash table of the keys
 * (a power of two, at least twice their number) and the table, little-endian 32-bit numbers each
 * (where a key's line starts in the text after its head line, at hash(key) or the first free place
 * after it; -1 where free), then the text in UTF-16 (little-endian). The phrase tables and the
 * keyed files (keyedFile.ts) are both written so.
 */
export function slotFile(magic: number, keys: readonly string[], starts: readonly number[], hash: (key: string) => number, text: string): Buffer {
  let size = 2;
  while (size < 2 * keys.length) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  keys.forEach((key, k) => {
    let h = hash(key) & (size - 1);
    while (slots[h] !== -1) h = (h + 1) & (size - 1);
    slots[h] = starts[k];
  });
  const file = Buffer.alloc(8 + 4 * size + 2 * text.length);
  file.writeUInt32LE(magic, 0);
  file.writeUInt32LE(size, 4);
  slots.forEach((at, h) => file.writeInt32LE(at, 8 + 4 * h));
  file.write(text, 8 + 4 * size, 'utf16le');
  return file;
}

/** The tables in a file that tableFile wrote; null for a file of another kind. */
function readTableFile(file: Buffer): PackedTables | null {
  if (file.length < 8 || file.readUInt32LE(0) !== TABLE_FILE_MAGIC) return null;
  const size = file.readUInt32LE(4);
  const slots = slotArray(file, size);
  const text = file.toString('utf16le', 8 + 4 * size);
  const line = text.indexOf('\n');
  const head = JSON.parse(text.slice(0, line)) as { names: string[]; checks: string[]; sets: Record<string, [number, number]>; setNames: string[]; data?: Record<string, [number, number]>; words: [number, number] };
  const base = line + 1;
  /** Where the code unit after the tab of a word's line is (its set mark), or -1 where the word has no line. */
  const markAt = (word: string): number => {
    if (word.includes('\t') || word.includes('\n')) return -1;
    for (let h = tableHash(word) & (size - 1); ; h = (h + 1) & (size - 1)) {
      const at = slots[h];
      if (at < 0) return -1;
      const start = base + at;
      if (text.charCodeAt(start + word.length) === 9 && text.startsWith(word, start)) return start + word.length + 1;
    }
  };
  return {
    names: head.names,
    checks: head.checks,
    slot(word) {
      const mark = markAt(word);
      if (mark < 0) return undefined;
      const slot = text.slice(mark + 1, text.indexOf('\n', mark));
      return slot === '' ? undefined : slot;
    },
    words() {
      const words: string[] = [];
      const end = base + head.words[1];
      for (let at = base + head.words[0]; at < end; at = text.indexOf('\n', at) + 1) words.push(text.slice(at, text.indexOf('\t', at)));
      return words;
    },
    set(name) {
      if (!Object.hasOwn(head.sets, name)) return undefined;
      const [from, to] = head.sets[name];
      return JSON.parse(text.slice(base + from, base + to)) as string[];
    },
    data(name) {
      if (!head.data || !Object.hasOwn(head.data, name)) return undefined;
      const [from, to] = head.data[name];
      return JSON.parse(text.slice(base + from, base + to)) as unknown;
    },
    inSet(name, word) {
      const k = head.setNames.indexOf(name);
      if (k < 0) return undefined;
      const mark = markAt(word);
      return mark >= 0 && (text.charCodeAt(mark) & (1 << k)) !== 0;
    },
  };
}

/**
 * The hash table of a table file (tableFile) as numbers: a view of the file's bytes where this
 * platform is little-endian and the table is aligned, else a copy read number by number. A probe
 * is then an array read, not a call of Buffer.readInt32LE with its checks (some 1.3 ms of the
 * lookups of a cold start, which runs them in the interpreter).
 */
export function slotArray(file: Buffer, size: number): Int32Array {
  // (a view may not read past the file into the memory after it, as a small Buffer shares its pool's)
  if (file.length < 8 + 4 * size) throw new RangeError('phrase table: the file is shorter than its hash table');
  if (LITTLE_ENDIAN && (file.byteOffset + 8) % 4 === 0) return new Int32Array(file.buffer, file.byteOffset + 8, size);
  const slots = new Int32Array(size);
  for (let h = 0; h < size; h++) slots[h] = file.readInt32LE(8 + 4 * h);
  return slots;
}
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The hash of a first word in a table file: FNV-1a over its code units. */
function tableHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A value made from the lexicons by the build and packed with the tables (packLexicons' `data`), by
 * name; undefined where there are no tables or they hold none by that name (then the caller makes
 * it from its sources). Parsed at each call: the caller keeps what it needs.
 */
export function packedValue(name: string): unknown {
  return packedTables()?.data(name);
}

/**
 * Every lexicon of a map compiled to a table, the named word sets given, and the values `data`
 * makes (packedValue), as JSON (what tableFile lays out for the build).
 */
export function packLexicons(lexicons: LexiconMap, wordSets: readonly WordSet[] = [], data: Record<string, () => unknown> = {}): string {
  const all = Object.values(lexicons);
  const packed = all.map((lexicon) => lexicon.pack());
  const byWord = new Map<string, [number, PackedPhrase[]][]>();
  packed.forEach(({ lists }, k) => {
    for (const [first, list] of lists) {
      const slot = byWord.get(first);
      if (slot) slot.push([k, list]);
      else byWord.set(first, [[k, list]]);
    }
  });
  const words: Record<string, string> = {};
  for (const [first, slot] of byWord) words[first] = encodeSlot(slot);
  const sets: Record<string, string[]> = {};
  for (const set of wordSets) {
    if (set.name === undefined || Object.hasOwn(sets, set.name)) throw new Error(`word sets: each needs a name of its own (${set.name})`);
    sets[set.name] = [...set.computed()];
  }
  const tables: TablesJson = { names: all.map((l) => l.name), checks: packed.map((p) => p.check), words, sets, data: Object.fromEntries(Object.entries(data).map(([name, make]) => [name, make()])) };
  return JSON.stringify(tables);
}

/**
 * A first word's phrases as a table keeps them, in a text with no character that JSON escapes (the
 * tables are one JSON text, and escaped strings are the slow path of JSON.parse): lists joined by
 * "|", each "k:" and its phrases joined by ";"; a phrase is its words (joined by spaces), its value
 * number and flags, and where it has gaps, each gap's characters in hex ("." between them, "+"
 * between gaps, "~" for none). Words are made of word characters only (phraseKey), so no separator
 * occurs in them; the build checks it.
 */
function encodeSlot(slot: [number, PackedPhrase[]][]): string {
  const phrase = ([words, v, flags, gaps]: PackedPhrase): string => {
    for (const w of words) if (/[\s,;|:~+."\\]/.test(w) || !w) throw new Error(`phrase table: the word "${w}" holds a separator`);
    const fields = [words.join(' '), String(v), String(flags)];
    if (gaps) fields.push(gaps.length ? gaps.map((g) => [...g].map((c) => c.charCodeAt(0).toString(16)).join('.')).join('+') : '~');
    return fields.join(',');
  };
  return slot.map(([k, list]) => `${k}:${list.map(phrase).join(';')}`).join('|');
}

/** The lists of a first word's text in a table (encodeSlot), by lexicon number. */
function decodeSlot(text: string): [number, PackedPhrase[]][] {
  return text.split('|').map((list) => {
    const colon = list.indexOf(':');
    const phrases = list
      .slice(colon + 1)
      .split(';')
      .map((p): PackedPhrase => {
        const [words, v, flags, gaps] = p.split(',');
        const phrase: PackedPhrase = [words.split(' '), Number(v), Number(flags)];
        if (gaps !== undefined) phrase.push(gaps === '~' ? [] : gaps.split('+').map((g) => (g ? String.fromCharCode(...g.split('.').map((h) => parseInt(h, 16))) : '')));
        return phrase;
      });
    return [Number(list.slice(0, colon)), phrases];
  });
}

/** A cheap fingerprint of entries (how many, and the length of their forms): a table made from other entries is not used. */
function entriesCheck(entries: readonly LexiconEntry<unknown>[]): string {
  let chars = 0;
  for (const e of entries) chars += e[0].length;
  return `${entries.length}:${chars}`;
}

/** The phrases of every lexicon (by its number in the tables) at a first word, as decoded so far. */
const DECODED = new Map<string, (Phrase<unknown>[] | undefined)[] | null>();

/**
 * The tables' phrases at a first word, by lexicon number (each lexicon's longest first), their
 * values taken from the lexicons' own entries; undefined where no lexicon has the word. A lexicon
 * whose table was made from other entries has none here (it compiles its own index).
 */
function tablePhrases(first: string): (Phrase<unknown>[] | undefined)[] | undefined {
  let slot = DECODED.get(first);
  if (slot === undefined) {
    const tables = packedTables();
    const text = tables?.slot(first);
    if (text === undefined) return undefined; // most words: nothing kept for them
    slot = null;
    const lists: (Phrase<unknown>[] | undefined)[] = new Array(tables!.names.length);
    for (const [k, list] of decodeSlot(text)) {
      const lexicon = LEXICONS.get(tables!.names[k]);
      if (!lexicon || lexicon.tableSlot() !== k) continue;
      lists[k] = list.map(([words, v, flags, gaps]) => ({ words, value: lexicon.valueAt(v), ambiguous: (flags & 1) !== 0, dot: (flags & 2) !== 0, gaps }));
      slot = lists;
    }
    DECODED.set(first, slot);
  }
  return slot ?? undefined;
}

/** The punctuation between the words of a normalised form (spaces dropped), or undefined when it has none. */
function gapsOf(n: string): string[] | undefined {
  if (!NOT_WORD_OR_SPACE.test(n.replace(/\.$/, ''))) return undefined;
  const parts = n.replace(/\.$/, '').split(new RegExp(`${WORD_CHAR}+`, 'u'));
  return parts.slice(1, -1).map((g) => g.replace(/ /g, ''));
}

/** A form as the index keeps it: normalised, punctuation inside it read as a word break (as in the text). */
function phraseKey(form: string): string {
  const n = normalizeForm(form);
  return NOT_WORD_OR_SPACE.test(n) ? n.replace(NOT_WORD_OR_SPACE_ALL, ' ').trim() : n;
}

/**
 * The hits at one token of every lexicon matched together: [longest hit of lexicon k, proclitics
 * allowed] at k, [longest hit read as written, no proclitic peeled] at n + k (n lexicons). Only a
 * token that some lexicon matches has one: most words match none.
 */
type TokenHits = (PhraseHit<unknown> | undefined)[];

/** The hits of one lexicon over a document's words. */
export class Hits<T> {
  constructor(
    /** Per token: the hits there of every lexicon matched with this one, or undefined for none. */
    private readonly cells: (TokenHits | undefined)[],
    /** This lexicon's number among them. */
    private readonly k: number,
    /** How many lexicons were matched together. */
    private readonly n: number,
  ) {}

  /** The longest phrase starting at token i (proclitics allowed unless `bare`), or undefined. */
  match(i: number, bare = false): PhraseHit<T> | undefined {
    const cell = this.cells[i];
    return cell === undefined ? undefined : (cell[bare ? this.n + this.k : this.k] as PhraseHit<T> | undefined);
  }
}

/** Lexicons keyed by name, as matched together. */
export type LexiconMap = Record<string, PhraseLexicon<unknown>>;
/** The hits of every lexicon of a LexiconMap. */
export type HitsOf<L extends LexiconMap> = { [K in keyof L]: L[K] extends PhraseLexicon<infer T> ? Hits<T> : never };

/** The lexicons of a map in one index: first word → the phrases of each lexicon (by lexicon number). */
interface Combined {
  names: string[];
  /** The phrases of lexicon k at slot k; at slot n + j (n lexicons), ALSO for a word of `also[j]`. */
  index: Map<string, (Phrase<unknown>[] | undefined)[]>;
  /** The word sets of other indexes looked up in the same pass (AlsoLookup.words), in order. */
  also: readonly WordLookup[];
  /**
   * While the index is partial: each lexicon's number in the build's tables. A first scan looks its
   * words up in the tables and keeps what it finds (a cold start reads one article); the next scan
   * completes the index, so that a word missing from it is in no lexicon. Null once complete.
   */
  tableSlots: number[] | null;
  /** Once the index is complete: a filter of its words (most words of an article are in none). */
  filter: LateFilter | null;
  /** Once the index is complete and its filter made: the index as a WordTable, which the scan reads instead. */
  table: WordTable | null;
}
const COMBINED = new WeakMap<LexiconMap, Combined>();
/** The mark of a word of the other index looked up in the same pass. */
const ALSO: Phrase<unknown>[] = [];

/** Whether two lists of word sets hold the same sets in the same order. */
function sameSets(a: readonly WordLookup[], b: readonly WordLookup[]): boolean {
  return a.length === b.length && a.every((set, j) => set === b[j]);
}

function combined(lexicons: LexiconMap, also: readonly WordLookup[]): Combined {
  if (also.length > MAX_ALSO) throw new Error(`scanLexicons: at most ${MAX_ALSO} other word sets`);
  let c = COMBINED.get(lexicons);
  if (c && sameSets(c.also, also)) {
    if (c.tableSlots) complete(c);
    return c;
  }
  const names = Object.keys(lexicons);
  const slots = names.map((name) => lexicons[name].tableSlot());
  c = { names, index: new Map(), also, tableSlots: slots.every((k) => k >= 0) ? slots : null, filter: null, table: null };
  if (!c.tableSlots) {
    const { index } = c;
    names.forEach((name, k) => {
      for (const [first, list] of lexicons[name].phrases()) {
        let slot = index.get(first);
        if (!slot) index.set(first, (slot = new Array(names.length + also.length)));
        slot[k] = list;
      }
    });
    also.forEach((words, j) => {
      for (const word of words) {
        let slot = index.get(word);
        if (!slot) index.set(word, (slot = new Array(names.length + also.length)));
        slot[names.length + j] = ALSO;
      }
    });
    c.filter = filterOf(index);
  }
  COMBINED.set(lexicons, c);
  return c;
}

/** The slot of a first word in a combined index, looked up in the tables while the index is partial. */
function slotOf(c: Combined, word: string): (Phrase<unknown>[] | undefined)[] | undefined {
  if (c.filter !== null && !c.filter.mayHave(word)) return undefined;
  const known = c.index.get(word);
  if (known !== undefined || !c.tableSlots) return known;
  const lists = tablePhrases(word);
  const also = c.also.some((words) => words.has(word));
  if (!lists && !also) return undefined;
  const n = c.names.length;
  const slot: (Phrase<unknown>[] | undefined)[] = new Array(n + c.also.length);
  if (lists) for (let k = 0; k < n; k++) slot[k] = lists[c.tableSlots[k]];
  c.also.forEach((words, j) => {
    if (words.has(word)) slot[n + j] = ALSO;
  });
  c.index.set(word, slot);
  return slot;
}

/** Fill a partial combined index with every first word of the tables and of `also`: then it is complete. */
function complete(c: Combined): void {
  for (const word of packedTables()?.words() ?? []) slotOf(c, word);
  for (const words of c.also) for (const word of words) slotOf(c, word);
  c.tableSlots = null;
  c.filter = filterOf(c.index);
}

/** A filter of a complete index's words. */
function filterOf(index: Map<string, unknown>): LateFilter {
  return new LateFilter(() => index.keys());
}

/** Words that can be asked about one by one and listed (a Set is one). */
export interface WordLookup {
  has(word: string): boolean;
  [Symbol.iterator](): Iterator<string>;
}

/**
 * Words of another index to look up in the same pass (`words`), and the tokens found with one of
 * them as a clitic form (`at`, filled in order); where `forms` is given (one byte a token), bit f
 * of a token's byte is set where its clitic form f is one of the words.
 */
export interface AlsoLookup {
  words: WordLookup;
  at: number[];
  forms?: Uint8Array;
}

/** How many other indexes one scan may serve (AlsoLookup): each has a bit of a word's mask. */
const MAX_ALSO = 30;

/**
 * Match every lexicon of `lexicons` at every word of `tokens` in one pass: each word's clitic forms
 * (Token.forms, filled here) are looked up once in the combined index. For each lexicon and token
 * the longest phrase wins; between forms of equal length, the form with fewer proclitics peeled.
 * Each of `also` notes the words that have a clitic form among its words (the reporting cues and
 * the known surnames use it: one lookup per form serves them all).
 */
export function scanLexicons<L extends LexiconMap>(lexicons: L, norm: string, tokens: Token[], forms: (word: string) => string[], also: readonly AlsoLookup[] = []): HitsOf<L> {
  const c = combined(
    lexicons,
    also.map((a) => a.words),
  );
  const { names } = c;
  const n = names.length;
  const others = also.length;
  const cells: (TokenHits | undefined)[] = new Array(tokens.length);
  // a token's cell is a copy of this one (slice of a packed array: a copy of its memory; a new
  // holey array filled with fill() cost a quarter of the pass)
  const empty: TokenHits = [];
  for (let k = 0; k < 2 * n; k++) empty.push(undefined);
  if (c.filter !== null && c.filter.made()) {
    c.table ??= new WordTable(c.index, n, others);
    scanTable(c.table, norm, tokens, forms, also, cells, empty, n);
    const out: Record<string, Hits<unknown>> = {};
    names.forEach((name, k) => (out[name] = new Hits(cells, k, n)));
    return out as HitsOf<L>;
  }
  const vocab: Vocabulary | undefined = tokens.length >= SHARE_FORMS_FROM ? new Map() : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const fs = t.forms ?? (vocab === undefined ? (t.forms = forms(t.text)) : formsOf(t, vocab, forms));
    // bit j set: the word is noted in also[j] already
    let noted = 0;
    for (let fi = 0; fi < fs.length; fi++) {
      const slot = slotOf(c, fs[fi]);
      if (!slot) continue;
      for (let j = 0; j < others; j++) {
        if (slot[n + j] === undefined) continue;
        const marks = also[j].forms;
        if (marks !== undefined) marks[i] |= 1 << fi;
        if ((noted & (1 << j)) === 0) {
          also[j].at.push(i);
          noted |= 1 << j;
        }
      }
      for (let k = 0; k < n; k++) {
        const list = slot[k];
        if (!list) continue;
        const hit = longestAt(norm, tokens, i, fs[fi], list, cells[i]?.[k]);
        if (!hit) continue;
        const cell = (cells[i] ??= empty.slice());
        cell[k] = hit;
        if (fi === 0) cell[n + k] = hit;
      }
    }
  }
  const out: Record<string, Hits<unknown>> = {};
  names.forEach((name, k) => (out[name] = new Hits(cells, k, n)));
  return out as HitsOf<L>;
}

/** The clitic forms made so far in one scan, by the word they were made of (their first form). */
type Vocabulary = Map<string, string[]>;

/**
 * How many words a text must have for its scan to share forms between the occurrences of a word
 * (formsOf): an article of a few hundred words keeps little that way, and the lookup per word cost
 * it some 1.4% of a warm summarize() (bench-ab).
 */
const SHARE_FORMS_FROM = 2048;

/**
 * Token t's clitic forms (Token.forms), set on it: made once per distinct word of the scan and
 * shared by every token of that word, whose text becomes the first form (the same characters, one
 * string). A long text repeats its words: one copy of each word and of its forms is kept, not one
 * per occurrence (on a line of 450,000 words of a few hundred kinds, some 47 MB less for the
 * collector to copy and mark). Only for a long text (SHARE_FORMS_FROM).
 */
function formsOf(t: Token, vocab: Vocabulary, forms: (word: string) => string[]): string[] {
  let fs = vocab.get(t.text);
  if (fs === undefined) vocab.set(t.text, (fs = forms(t.text)));
  else if (fs[0] === t.text) t.text = fs[0];
  return (t.forms = fs);
}

/**
 * scanLexicons' pass over the words once the combined index is a WordTable: the same lookups and
 * hits, each form looked up by the hash the table's filter takes of it (no hash of a new string by
 * the engine, which a Map lookup costs), and only the lexicons and `also` sets a slot has visited.
 */
function scanTable(table: WordTable, norm: string, tokens: Token[], forms: (word: string) => string[], also: readonly AlsoLookup[], cells: (TokenHits | undefined)[], empty: TokenHits, n: number): void {
  const vocab: Vocabulary | undefined = tokens.length >= SHARE_FORMS_FROM ? new Map() : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const fs = t.forms ?? (vocab === undefined ? (t.forms = forms(t.text)) : formsOf(t, vocab, forms));
    // bit j set: the word is noted in also[j] already
    let noted = 0;
    for (let fi = 0; fi < fs.length; fi++) {
      const f = fs[fi];
      const x = table.find(f);
      if (x < 0) continue;
      for (let bits = table.also[x]; bits !== 0; bits &= bits - 1) {
        const j = 31 - Math.clz32(bits & -bits);
        const marks = also[j].forms;
        if (marks !== undefined) marks[i] |= 1 << fi;
        if ((noted & (1 << j)) === 0) {
          also[j].at.push(i);
          noted |= 1 << j;
        }
      }
      const slot = table.slots[x];
      for (let bits = table.lexicons[x]; bits !== 0; bits &= bits - 1) {
        const k = 31 - Math.clz32(bits & -bits);
        const hit = longestAt(norm, tokens, i, f, slot[k]!, cells[i]?.[k]);
        if (!hit) continue;
        const cell = (cells[i] ??= empty.slice());
        cell[k] = hit;
        if (fi === 0) cell[n + k] = hit;
      }
    }
  }
}

/**
 * Words as an open hash table keyed by filterHash, behind a WordFilter of the same hash: a word
 * asked about is hashed once, in JavaScript, for both. A Set or Map hashes a string in the engine
 * the first time it is looked up, and an article's words are new strings: that hash cost more than
 * the lookup itself (phrases.js' Map lookup of the combined index was the hottest line of warm
 * summarize(), a large WordSet's Set.has the second).
 */
class HashedWords {
  private readonly filter = new WordFilter();
  private readonly keys: string[] = [];
  /** Per bucket: 1 + the key's number, or 0 for none. */
  private readonly buckets: Int32Array;
  private readonly mask: number;

  /** `size`: how many distinct words will be added (the table is made twice as large). */
  constructor(size: number) {
    let buckets = 1024;
    while (buckets < size * 2) buckets *= 2;
    this.buckets = new Int32Array(buckets);
    this.mask = buckets - 1;
  }

  /** Add a word not added before; its number (0, 1, 2… in order of adding). */
  add(word: string): number {
    const h = filterHash(word);
    this.filter.addHash(h);
    let b = (h >>> 7) & this.mask;
    while (this.buckets[b] !== 0) b = (b + 1) & this.mask;
    this.buckets[b] = this.keys.length + 1;
    return this.keys.push(word) - 1;
  }

  /** The number of `word`, or -1 where it was not added. */
  indexOf(word: string): number {
    const h = filterHash(word);
    if (!this.filter.mayHaveHash(h)) return -1;
    for (let b = (h >>> 7) & this.mask; ; b = (b + 1) & this.mask) {
      const x = this.buckets[b];
      if (x === 0) return -1;
      if (this.keys[x - 1] === word) return x - 1;
    }
  }
}

/**
 * A complete combined index as HashedWords, with each word's slot (the index's own array) and, per
 * word, a bit for each lexicon that has phrases for it and for each `also` set that holds it: the
 * scan visits only those, not every lexicon's and set's place in the slot. (Typed arrays and the
 * index's slots, not an object a word: the table is some 1 MB less.)
 */
class WordTable {
  private readonly words: HashedWords;
  /** Per key: its slot in the index. */
  readonly slots: (Phrase<unknown>[] | undefined)[][] = [];
  /** Per key: bit k set where lexicon k has phrases for it. */
  readonly lexicons: Int32Array;
  /** Per key: bit j set where also[j] holds it. */
  readonly also: Int32Array;

  constructor(index: Map<string, (Phrase<unknown>[] | undefined)[]>, n: number, others: number) {
    if (n > 31) throw new Error('scanLexicons: at most 31 lexicons in one pass');
    this.words = new HashedWords(index.size);
    this.lexicons = new Int32Array(index.size);
    this.also = new Int32Array(index.size);
    for (const [word, slot] of index) {
      const x = this.words.add(word);
      let lexicons = 0;
      for (let k = 0; k < n; k++) if (slot[k] !== undefined) lexicons |= 1 << k;
      let also = 0;
      for (let j = 0; j < others; j++) if (slot[n + j] !== undefined) also |= 1 << j;
      this.slots.push(slot);
      this.lexicons[x] = lexicons;
      this.also[x] = also;
    }
  }

  /** The number of `word` among the keys, or -1 where it is none. */
  find(word: string): number {
    return this.words.indexOf(word);
  }
}

/** The longest phrase of `list` (longest first) at token i read as form `f`, if longer than `best`. */
function longestAt(norm: string, tokens: Token[], i: number, f: string, list: Phrase<unknown>[], best: PhraseHit<unknown> | undefined): PhraseHit<unknown> | undefined {
  if (list.length < LONG_LIST) return firstFitting(norm, tokens, i, f, list, best);
  // only the phrases whose second word is the next token's can be longer than one word here
  const { bySecond, single } = secondWordIndex(list);
  const next = tokens[i + 1];
  const multi = next === undefined ? undefined : bySecond.get(next.text);
  return (multi === undefined ? undefined : firstFitting(norm, tokens, i, f, multi, best)) ?? firstFitting(norm, tokens, i, f, single, best);
}

/**
 * Lists of phrases at least this long are read by their second word: a few first words head a
 * hundred phrases or more (وزير، رئيس، نائب), and the next word rules out nearly all of them.
 */
const LONG_LIST = 16;

/** A long list's phrases of two words or more by their second word, and its one-word phrases; each in the list's order. */
interface SecondWordIndex {
  bySecond: Map<string, Phrase<unknown>[]>;
  single: Phrase<unknown>[];
}

/** Each long list's SecondWordIndex, made on first use (the lists live as long as their lexicon's index). */
const SECOND_WORD = new WeakMap<Phrase<unknown>[], SecondWordIndex>();

function secondWordIndex(list: Phrase<unknown>[]): SecondWordIndex {
  let index = SECOND_WORD.get(list);
  if (index === undefined) {
    index = { bySecond: new Map(), single: [] };
    for (const p of list) {
      if (p.words.length === 1) {
        index.single.push(p);
        continue;
      }
      const same = index.bySecond.get(p.words[1]);
      if (same) same.push(p);
      else index.bySecond.set(p.words[1], [p]);
    }
    SECOND_WORD.set(list, index);
  }
  return index;
}

/**
 * The first phrase of `list` (longest first) that the text has at token i read as form `f`, if
 * longer than `best`. (The list's phrases are in order of length, so one no longer than `best`
 * ends the search.)
 */
function firstFitting(norm: string, tokens: Token[], i: number, f: string, list: Phrase<unknown>[], best: PhraseHit<unknown> | undefined): PhraseHit<unknown> | undefined {
  const t = tokens[i];
  for (const cand of list) {
    if (best && cand.words.length <= best.len) return undefined;
    if (!rest(norm, tokens, i, cand)) continue;
    if (cand.dot && norm[tokens[i + cand.words.length - 1].end] !== '.') continue;
    // "للحريري" stands for ل + "الحريري": the form's alef is not in the text, so the phrase starts one later.
    const preLen = t.text.endsWith(f) ? t.text.length - f.length : t.text.length - f.length + 1;
    return new Hit(i, cand.words.length, t.start + preLen, tokens[i + cand.words.length - 1].end, t.text.slice(0, preLen), cand.value, cand.ambiguous);
  }
  return undefined;
}

/** The words after the first of a phrase follow token i, joined by spaces only, or by the marks the form itself has there. */
function rest(norm: string, tokens: Token[], i: number, phrase: Phrase<unknown>): boolean {
  const { words, gaps } = phrase;
  for (let k = 1; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.text !== words[k]) return false;
    const gap = gaps?.[k - 1];
    if (gap ? norm.slice(tokens[i + k - 1].end, t.start).replace(/ /g, '') !== gap : !t.joined) return false;
  }
  return true;
}

/**
 * Two bits per hash of a word (filterHash), for a set of words: a word with either bit
 * clear is in no set the filter was made from. A probe of a large Set or Map costs some 60 ns (a
 * cache miss, mostly); most words of an article are in none of the lexicons, and this answers
 * them from 8 KB that stay in cache. The same hash serves making and asking, so it never says no
 * to a member.
 */
class WordFilter {
  private readonly bits = new Int32Array(FILTER_BITS >>> 5);

  /** Note a word as a member: its two bits. */
  add(word: string): void {
    this.addHash(filterHash(word));
  }

  /** Note a word of hash `h` (filterHash) as a member. */
  addHash(h: number): void {
    const a = h & (FILTER_BITS - 1);
    const b = h >>> 16;
    this.bits[a >>> 5] |= 1 << (a & 31);
    this.bits[b >>> 5] |= 1 << (b & 31);
  }

  /** False where `word` is surely not a member (one of its two bits is clear); true where it may be. */
  mayHave(word: string): boolean {
    return this.mayHaveHash(filterHash(word));
  }

  /** mayHave of a word of hash `h` (filterHash). */
  mayHaveHash(h: number): boolean {
    const a = h & (FILTER_BITS - 1);
    if ((this.bits[a >>> 5] & (1 << (a & 31))) === 0) return false;
    const b = h >>> 16;
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

const FILTER_BITS = 1 << 16;

/** Probes after which a LateFilter is made: some four articles' worth, so a cold start makes none. */
const FILTER_AFTER = 4096;

/**
 * A WordFilter of some keys, made only once they have been probed FILTER_AFTER times: a run of one
 * article (the CLI's cold start) never pays for hashing thousands of keys; a batch soon does.
 * Until then it answers "maybe" to every word.
 */
export class LateFilter {
  private filter: WordFilter | null = null;
  private probes = 0;
  constructor(private readonly keys: () => Iterable<string>) {}

  /** Whether the filter is made (mayHave answers from it). */
  made(): boolean {
    return this.filter !== null;
  }

  /** False where `word` is surely not a key; true where it may be (or the filter is not made yet). */
  mayHave(word: string): boolean {
    if (this.filter !== null) return this.filter.mayHave(word);
    if (++this.probes >= FILTER_AFTER) {
      const filter = new WordFilter();
      for (const key of this.keys()) filter.add(key);
      this.filter = filter;
    }
    return true;
  }
}

/**
 * The filter's hash: FNV-1a over every code unit of a word, mixed, as 32 bits whose low and high
 * halves are the word's two bits. (A hash of the length and the outer two letters on each side let
 * through a fifth of the words of an article that are in no lexicon: Arabic words share their
 * outer letters, ال… most of all. With one bit a word, a quarter of the words the lexicon scan let
 * through to its index were in none of its lexicons (some 27 probes an article); with two, 7%.)
 */
function filterHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
}

/** The shapes of a set not made yet (WordSet.shapes). */
const NO_SHAPES = new Uint32Array(256);

/** Sets smaller than this stay in cache: a probe costs less than the filter. */
const LARGE_SET = 200;

/** Lookups of a word set answered from the tables' marks before the set is made (WordSet.has): some four articles' worth. */
const TABLE_PROBES = 4096;

/**
 * A set of normalised words built on first use (the lexicons are normalised by the thousand). A
 * named one is taken from the build's tables where they hold it (packLexicons): a cold start then
 * neither lists nor normalises its words.
 */
export class WordSet {
  private set: Set<string> | null = null;
  /** For a large set (where a probe misses the cache): its filter, else null. */
  private filter: LateFilter | null = null;
  /** For a large set once its filter is made: the set as HashedWords, which answers instead. */
  private hashed: HashedWords | null = null;
  /** Words looked up in the tables' marks so far (tableProbes); past TABLE_PROBES the set is made. */
  private probes = 0;
  /**
   * Once the set is made: per first code unit of a word (its low byte), bit n set where some word
   * of the set starting so has n code units (31 stands for 31 or more); empty before.
   */
  private shapes = NO_SHAPES;
  constructor(
    private readonly forms: () => Iterable<string>,
    /** The set's name in the tables (unique among the sets packed). */
    readonly name?: string,
  ) {}

  /**
   * True where the normalised word is in the set. A set the tables hold answers from their marks
   * until it has been asked TABLE_PROBES times (a cold start reads one article: it neither parses
   * nor builds the sets it asks, some 9,000 words in all); then, for a run that goes on, it is
   * made, as a Set (a large one as HashedWords) answers a probe faster than the tables' marks.
   */
  has(word: string): boolean {
    if (this.set === null && this.name !== undefined && this.probes++ < TABLE_PROBES) {
      const found = packedTables()?.inSet(this.name, word);
      if (found !== undefined) return found;
    }
    const set = this.words();
    // a word of a first letter and length that no word of the set has is none of them (most words
    // asked of a set of short words, بن، أبو، آل, are longer; most words asked of a small set start
    // otherwise): no hash of it, no probe
    if ((this.shapes[word.charCodeAt(0) & 255] & (1 << Math.min(word.length, 31))) === 0) return false;
    if (this.filter === null) return set.has(word);
    if (this.hashed !== null) return this.hashed.indexOf(word) >= 0;
    if (!this.filter.made()) return this.filter.mayHave(word) && set.has(word);
    const hashed = (this.hashed = new HashedWords(set.size));
    for (const w of set) hashed.add(w);
    return hashed.indexOf(word) >= 0;
  }

  /** How many distinct normalised words the set holds. */
  get size(): number {
    return this.words().size;
  }

  /** The set's words where the set is made already, else null (a cold start answers from the tables' marks, and need not make it). */
  made(): ReadonlySet<string> | null {
    return this.set;
  }

  /** The set's words (normalised), in the order they were first listed. */
  words(): ReadonlySet<string> {
    if (this.set) return this.set;
    const set = tableWords(this.name) ?? this.computed();
    if (set.size >= LARGE_SET) this.filter = new LateFilter(() => set);
    const shapes = new Uint32Array(256);
    for (const w of set) shapes[w.charCodeAt(0) & 255] |= 1 << Math.min(w.length, 31);
    this.shapes = shapes;
    return (this.set = set);
  }

  /** The set as its forms make it (what the build packs). */
  computed(): Set<string> {
    return new Set([...this.forms()].map(normalizeForm).filter(Boolean));
  }
}

/** A named word set as the tables hold it (a JSON array, which V8 parses into long-lived memory at once), or undefined when they hold none. */
function tableWords(name: string | undefined): Set<string> | undefined {
  const words = name === undefined ? undefined : packedTables()?.set(name);
  return words === undefined ? undefined : new Set(words);
}
