import { wordsRegex } from './compile.js';
import { HONORIFICS } from './honorifics.js';
import { normalizeForm } from '../normalize/index.js';

/** Compiled lookups over the honorific lexicon, built once at module load. */

const AMBIGUOUS = new Set(HONORIFICS.filter((h) => h.ambiguous).flatMap((h) => h.forms.map(normalizeForm)));
const ALL = new Set(HONORIFICS.flatMap((h) => h.forms.map(normalizeForm)));

/** True when a normalised word is an honorific (معالي، الدكتور، د.). */
export function isHonorific(form: string): boolean {
  return ALL.has(form.replace(/ +/g, ' '));
}

/** True when an honorific can also be part of a name or a title (الشيخ، السيد، المستشار). */
export function isAmbiguousHonorific(form: string): boolean {
  return AMBIGUOUS.has(form.replace(/ +/g, ' '));
}

/** Every honorific with optional proclitics, longest first: "وفخامة", "صاحب السمو الملكي". */
export const HONORIFIC_RE: RegExp = wordsRegex(HONORIFICS.flatMap((h) => h.forms));
