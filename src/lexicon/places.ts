import { normalizeForm } from '../normalize/index.js';
import { PLACES } from './placeList.js';
import type { PlaceEntry } from './types.js';

export type { PlaceEntry, PlaceKind } from './types.js';

/**
 * Places that are not capitals (PLACES, listed in placeList.ts: pure data, which the bundle parses
 * from its data file rather than builds from literals), and the words that introduce a venue or a
 * city, and the lookup of a place by its form.
 */
export { PLACES };

/** Every name and form of the places lexicon, as the city lexicon reads them (compiled.ts). */
export const CITIES: readonly string[] = allForms(PLACES);

/** Names and forms in order: a plain loop, the one piece of work done at load (~0.15 ms cold for ~850 forms). */
function allForms(places: readonly PlaceEntry[]): string[] {
  const out: string[] = [];
  for (const p of places) {
    out.push(p.name);
    if (p.forms) for (const f of p.forms) out.push(f);
  }
  return out;
}

/** Words that introduce a venue: the venue phrase runs from here to the place name (بقصر قرطاج). */
export const VENUE_HEADS: readonly string[] = [
  'قصر', 'القصر', 'مقر', 'المقر', 'مكتب', 'مكتبه', 'منزل', 'فرع', 'مبنى', 'قاعة', 'فندق', 'مطار', 'ديوان', 'الديوان', 'قصر الرئاسة', 'القصر الرئاسي', 'القصر الجمهوري', 'قصر الإليزيه', 'البيت الأبيض', 'الكرملين', 'هامش',
];

/** Words that introduce a city or capital: مدينة جنيف، العاصمة السعودية الرياض. */
export const CITY_HEADS: readonly string[] = ['مدينة', 'العاصمة', 'عاصمة', 'محافظة', 'ولاية', 'منطقة', 'إقليم'];

/** A place found by one of its forms, and whether that form is ambiguous (also a word, a name or another place). */
export interface PlaceMatch {
  place: PlaceEntry;
  ambiguous: boolean;
}

// normalised form → place, built on the first lookup: a run that never asks pays nothing at start-up
let placeIndex: Map<string, PlaceEntry> | undefined;

function placesByForm(): Map<string, PlaceEntry> {
  if (placeIndex) return placeIndex;
  const index = new Map<string, PlaceEntry>();
  for (const p of PLACES) {
    for (const f of allForms([p])) {
      const n = normalizeForm(f);
      if (!index.has(n)) index.set(n, p);
    }
  }
  return (placeIndex = index);
}

/** The place a form names (normalised or not; a whole form, no proclitics), or undefined. */
export function placeByForm(form: string): PlaceMatch | undefined {
  const n = normalizeForm(form);
  const place = placesByForm().get(n);
  if (!place) return undefined;
  return { place, ambiguous: !!place.ambiguous?.some((a) => normalizeForm(a) === n) };
}

/**
 * The ISO 3166-1 alpha-2 code of the state a place form lies in: null for a disputed place (see
 * PlaceEntry.dispute), undefined for a form the places lexicon does not know. Capitals are in the
 * countries lexicon, not here.
 */
export function placeCountry(form: string): string | null | undefined {
  return placeByForm(form)?.place.iso;
}
