import { formIndex, lookupForm, wordsRegex } from './compile.js';
import { ORGANIZATIONS } from './organizations.js';
import type { OrganizationEntry } from './types.js';
import { normalizeForm } from '../normalize/index.js';

/**
 * Lookups over the organisation lexicon: from a matched (normalised) form or acronym to its body,
 * and one compiled regex over every name, form and acronym (longest first). Built once at load.
 */

function formsOf(o: OrganizationEntry): string[] {
  return [o.name, ...o.forms, ...o.acronyms];
}

// Entries are listed most specific first where a short form is shared (حزب العدالة والتنمية: the
// Moroccan party is listed before the Turkish one), and the first entry that has a form wins.
const BY_FORM = formIndex<OrganizationEntry>(ORGANIZATIONS.flatMap((o) => formsOf(o).map((f): [string, OrganizationEntry] => [f, o])));

const AMBIGUOUS = new Set(ORGANIZATIONS.flatMap((o) => (o.ambiguous ?? []).map(normalizeForm)));

/** The organisation a normalised form or acronym belongs to (الامم المتحده، يونيسف، لمجلس الامن). */
export function organizationByForm(form: string): OrganizationEntry | undefined {
  return lookupForm(BY_FORM, form);
}

/** The organisation with this id (UN, HAMAS), or undefined. */
export function organizationById(id: string): OrganizationEntry | undefined {
  return ORGANIZATIONS.find((o) => o.id === id);
}

/** True when a form is also a common word or shared by two bodies (فتح، حماس، الجامعة). */
export function isAmbiguousOrganizationForm(form: string): boolean {
  const n = form.replace(/ +/g, ' ');
  return AMBIGUOUS.has(n) || (n.startsWith('ل') && AMBIGUOUS.has('ا' + n));
}

/** Every organisation name, form and acronym with optional proclitics: "وحركة حماس", "للأمم المتحدة". */
export const ORGANIZATION_RE: RegExp = wordsRegex(ORGANIZATIONS.flatMap(formsOf));
