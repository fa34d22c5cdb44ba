import { createDoc } from '../../src/document.js';
import { PHRASE_LEXICONS } from '../../src/lexicon/compiled.js';
import type { CountryEntry, OrganizationEntry, TitleEntry } from '../../src/lexicon/types.js';

/** The phrase lexicons by name, as the document matches them. */
export type LexiconName = keyof typeof PHRASE_LEXICONS;

/** One phrase found in a text: where its word starts (proclitics included), the words after them, the proclitics, what it stands for. */
export interface Found<T> {
  index: number;
  /** Offset of the phrase once proclitics are peeled. */
  start: number;
  w: string;
  pre: string;
  value: T;
  ambiguous: boolean;
}

/** Every phrase of one lexicon in a text, left to right, as the extractor's one lexicon pass finds them. */
export function scan<K extends LexiconName>(lexicon: K, text: string): Found<unknown>[] {
  const doc = createDoc(text);
  const hits = doc.lex[lexicon];
  const out: Found<unknown>[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const h = hits.match(i);
    if (!h) continue;
    out.push({ index: doc.tokens[i].start, start: h.start, w: doc.norm.slice(h.start, h.end), pre: h.pre, value: h.value, ambiguous: h.ambiguous });
    i += h.len - 1;
  }
  return out;
}

/** The state a whole form names (a name first, then a nisba, then a capital), as the lexicons hold it. */
export function countryByForm(form: string): CountryEntry | undefined {
  return (PHRASE_LEXICONS.countryNames.lookup(form) ?? PHRASE_LEXICONS.countryNisba.lookup(form) ?? PHRASE_LEXICONS.capitals.lookup(form))?.value;
}

/** True where a country form is marked ambiguous in whichever of the three lexicons holds it. */
export function isAmbiguousCountryForm(form: string): boolean {
  return [PHRASE_LEXICONS.countryNames, PHRASE_LEXICONS.countryNisba, PHRASE_LEXICONS.capitals].some((l) => l.lookup(form)?.ambiguous);
}

/** The body a whole form or acronym names. */
export function organizationByForm(form: string): OrganizationEntry | undefined {
  return PHRASE_LEXICONS.organizations.lookup(form)?.value;
}

/** True where an organisation form is marked ambiguous. */
export function isAmbiguousOrganizationForm(form: string): boolean {
  return PHRASE_LEXICONS.organizations.lookup(form)?.ambiguous ?? false;
}

/** The title a whole form names. */
export function titleByForm(form: string): TitleEntry | undefined {
  return PHRASE_LEXICONS.titles.lookup(form)?.value;
}

/** True where a title form is marked ambiguous. */
export function isAmbiguousTitleForm(form: string): boolean {
  return PHRASE_LEXICONS.titles.lookup(form)?.ambiguous ?? false;
}
