import { CUES, type CueEntry, type CueFormKind } from '../lexicon/cues.js';
import { formIndex, lookupForm, wordsRegex } from '../lexicon/compile.js';
import { normalizeForm } from '../normalize/index.js';
import { tokenize } from '../segment/tokens.js';

/** A reporting cue form, with the entry it inflects and how it stands in its clause. */
export interface CueForm {
  entry: CueEntry;
  kind: CueFormKind;
}

// Regular inflection of the stems (written forms; normalisation happens in compile.ts).
// Past: أكد → أكدت، أكدوا، أكدا، أكدتا. Present: يؤكد → تؤكد، يؤكدون، يؤكدان، تؤكدان.
// Participle: مشير → مشيرا، مشيرة، مشيرين، مشيرون، مشيران (the bare stem is left out: مؤكد = "certain").
// Verbal noun: تأكيد → التأكيد، تأكيده، تأكيدها، تأكيدهم، تأكيدهما; إشارة → إشارته.
const PAST = ['', 'ت', 'وا', 'ا', 'تا'];
const PRESENT = ['', 'ون', 'ان'];
const PARTICIPLE = ['ا', 'ة', 'ين', 'ون', 'ان', 'تين'];
const POSSESSIVE = ['ه', 'ها', 'هم', 'هما'];

/** Every written form of a cue entry with its kind. */
export function inflect(entry: CueEntry): [string, CueFormKind][] {
  const out: [string, CueFormKind][] = [];
  for (const p of entry.past) for (const s of PAST) out.push([p + s, 'verb']);
  for (const p of entry.present) {
    const fem = p.startsWith('ي') ? 'ت' + p.slice(1) : p;
    for (const s of PRESENT) out.push([p + s, 'verb'], [fem + s, 'verb']);
  }
  for (const p of entry.participle) for (const s of PARTICIPLE) out.push([p + s, 'participle']);
  for (const n of entry.nouns) {
    out.push([n, 'noun'], ['ال' + n, 'noun']);
    const stem = n.endsWith('ة') ? n.slice(0, -1) + 'ت' : n;
    for (const s of POSSESSIVE) out.push([stem + s, 'noun']);
  }
  for (const [kind, forms] of Object.entries(entry.forms ?? {}) as [CueFormKind, string[]][]) for (const f of forms) out.push([f, kind]);
  return out;
}

const ALL: [string, CueForm][] = CUES.flatMap((entry) => inflect(entry).map(([f, kind]): [string, CueForm] => [f, { entry, kind }]));

/** Every cue form as a whole word with optional proclitics (و، ف): built once at load. */
export const CUE_RE: RegExp = wordsRegex(ALL.map(([f]) => f));

const INDEX = formIndex(ALL);

/** The cue a matched (normalised) word is a form of. */
export function cueOf(word: string): CueForm | undefined {
  return lookupForm(INDEX, word);
}

/** The cue a word is a form of, with a conjunction (و، ف) on it or not: وأضاف، فأكد. */
export function cueOfWord(word: string): CueForm | undefined {
  return cueOf(word) ?? (/^[وف]/.test(word) ? cueOf(word.slice(1)) : undefined);
}

/** One cue word found in the article (normalised offsets): its proclitics, the word, and its form. */
export interface CueHit {
  /** Start of the whole match, proclitics included. */
  index: number;
  pre: string;
  w: string;
  /** End of the match. */
  end: number;
  form: CueForm;
}

// The cue regex tried at one position only (sticky), at word starts that may begin a cue.
const CUE_AT = new RegExp(CUE_RE.source, 'uy');

/**
 * The first word of every cue form, as it may stand after its proclitics: "الX" also as "لX"
 * (ل + ال). A cue match starts at a word start (the regex looks behind for a non-word character),
 * and its first word, once 0 to 2 proclitic letters are off, is one of these; so the regex need
 * only be tried at words that pass. Null when some form starts with a non-word character, where
 * that reasoning fails (then the whole text is searched). Built on first use, not at load.
 */
let firstWords: Set<string> | null | undefined;
function cueFirstWords(): Set<string> | null {
  if (firstWords !== undefined) return firstWords;
  const set = new Set<string>();
  for (const [f] of ALL) {
    const n = normalizeForm(f);
    if (!n) continue;
    if (!/^[\p{L}\p{M}\p{N}]/u.test(n)) return (firstWords = null);
    const first = n.split(' ')[0];
    set.add(first);
    if (first.startsWith('ال')) set.add(first.slice(1));
  }
  return (firstWords = set);
}

/** Every cue word of the text, in order: found once per article, then shared by all stages. */
export function findCueHits(norm: string): CueHit[] {
  const first = cueFirstWords();
  if (!first) return findCueHitsByScan(norm);
  const out: CueHit[] = [];
  let from = 0;
  // the article's words (tokenize keeps the last text's tokens: entities have made them already)
  for (const t of tokenize(norm)) {
    if (t.start < from) continue;
    const w = t.text;
    if (!first.has(w) && !(w.length > 1 && first.has(w.slice(1))) && !(w.length > 2 && first.has(w.slice(2)))) continue;
    CUE_AT.lastIndex = t.start;
    const m = CUE_AT.exec(norm);
    if (!m) continue;
    from = m.index + m[0].length;
    const form = cueOf(m.groups!.w);
    if (form) out.push({ index: m.index, pre: m.groups!.pre, w: m.groups!.w, end: from, form });
  }
  return out;
}

/** findCueHits by searching the whole text with the cue regex. */
function findCueHitsByScan(norm: string): CueHit[] {
  const out: CueHit[] = [];
  const re = new RegExp(CUE_RE.source, 'gu');
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const form = cueOf(m.groups!.w);
    if (form) out.push({ index: m.index, pre: m.groups!.pre, w: m.groups!.w, end: m.index + m[0].length, form });
  }
  return out;
}
