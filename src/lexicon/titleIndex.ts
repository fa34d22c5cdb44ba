import { formIndex, lookupForm, wordsRegex } from './compile.js';
import { TITLES } from './titles.js';
import type { TitleEntry } from './types.js';
import { normalizeForm } from '../normalize/index.js';

/**
 * Lookups over the title lexicon and its compiled regex (longest form first, so "وزير الخارجية"
 * wins over "وزير" at the same position). Built once at module load.
 */

const BY_FORM = formIndex<TitleEntry>(TITLES.flatMap((t) => t.forms.map((f): [string, TitleEntry] => [f, t])));

const AMBIGUOUS = new Set(TITLES.flatMap((t) => (t.ambiguous ?? []).map(normalizeForm)));

/** The title a normalised form belongs to (وزير الخارجيه → FOREIGN_MINISTER), or undefined. */
export function titleByForm(form: string): TitleEntry | undefined {
  return lookupForm(BY_FORM, form);
}

/** True when a title form is also a name or a common word (أمير، الفريق، اللواء). */
export function isAmbiguousTitleForm(form: string): boolean {
  const n = form.replace(/ +/g, ' ');
  return AMBIGUOUS.has(n) || (n.startsWith('ل') && AMBIGUOUS.has('ا' + n));
}

/** Every title form with optional proclitics, longest first: "ووزير الخارجية", "للرئيس". */
export const TITLE_RE: RegExp = wordsRegex(TITLES.flatMap((t) => t.forms));
