import { formIndex, lookupForm, wordsRegex } from './compile.js';
import { COUNTRIES } from './countries.js';
import type { CountryEntry } from './types.js';
import { normalizeForm } from '../normalize/index.js';

/**
 * Lookups over the country lexicon: from a matched (normalised) form to its state, and the compiled
 * regexes for names, nisba adjectives and capitals. Built once at module load.
 */

function formsOf(pick: (c: CountryEntry) => readonly string[]): [string, CountryEntry][] {
  return COUNTRIES.flatMap((c) => pick(c).map((f): [string, CountryEntry] => [f, c]));
}

// Names first, then nisba, then capitals: where a form is both (الجزائر, الكويت) the name wins, and
// where two entries share a form (عمان) the first listed wins; `countriesByForm` returns them all.
const BY_FORM = formIndex<CountryEntry>([
  ...formsOf((c) => c.names),
  ...formsOf((c) => c.nisba),
  ...formsOf((c) => c.capitals),
]);

const ALL_BY_FORM: Map<string, CountryEntry[]> = (() => {
  const m = new Map<string, CountryEntry[]>();
  for (const c of COUNTRIES) {
    for (const f of [...c.names, ...c.nisba, ...c.capitals]) {
      const n = normalizeForm(f);
      const list = m.get(n) ?? [];
      if (!list.includes(c)) list.push(c);
      m.set(n, list);
    }
  }
  return m;
})();

const AMBIGUOUS = new Set(COUNTRIES.flatMap((c) => (c.ambiguous ?? []).map(normalizeForm)));

/** The state a normalised name, nisba or capital belongs to (مصر، المصرية، القاهرة → EG). */
export function countryByForm(normalisedForm: string): CountryEntry | undefined {
  return lookupForm(BY_FORM, normalisedForm);
}

/** Every state a form can belong to (عمان → Oman and Jordan); empty when the form is unknown. */
export function countriesByForm(normalisedForm: string): CountryEntry[] {
  return lookupForm(ALL_BY_FORM, normalisedForm) ?? [];
}

/** The state with this ISO 3166-1 alpha-2 code (EG), or undefined. */
export function countryByIso(iso: string): CountryEntry | undefined {
  return COUNTRIES.find((c) => c.iso === iso.toUpperCase());
}

/** True when a form needs more context: shared by two states or also a common word (المالية). */
export function isAmbiguousCountryForm(normalisedForm: string): boolean {
  const n = normalisedForm.replace(/ +/g, ' ');
  return AMBIGUOUS.has(n) || (n.startsWith('ل') && AMBIGUOUS.has('ا' + n));
}

/** Country names with optional proclitics: "ومصر", "بالسعودية", "للولايات المتحدة". */
export const COUNTRY_NAME_RE: RegExp = wordsRegex(COUNTRIES.flatMap((c) => c.names));

/** Nisba adjectives with the article: "المصري", "والسعودية", "للأمريكيين". */
export const COUNTRY_NISBA_RE: RegExp = wordsRegex(COUNTRIES.flatMap((c) => c.nisba));

/** Capitals and seats of government: "القاهرة", "في الرياض", "الكرملين". */
export const CAPITAL_RE: RegExp = wordsRegex(COUNTRIES.flatMap((c) => c.capitals));
