/**
 * Lookups the event coder needs over the lexicons, by whole normalised name: an organisation by
 * any of its forms, the title inside a role as written, the country a venue names. Built on first
 * use (only `--format events` needs them).
 */
import { normalizeForm } from '../normalize/index.js';
import { formIndex, lookupForm } from '../lexicon/compile.js';
import { ORGANIZATIONS } from '../lexicon/organizations.js';
import { TITLES } from '../lexicon/titles.js';
import { COUNTRIES } from '../lexicon/countries.js';
import type { CountryEntry, OrganizationEntry, TitleEntry } from '../lexicon/types.js';

let organizations: Map<string, OrganizationEntry> | null = null;
let titles: Map<string, TitleEntry> | null = null;
let places: Map<string, CountryEntry[]> | null = null;
let longestTitle = 1;

/** The organisation a name stands for (any form or acronym, normalised), or undefined. */
export function organizationNamed(name: string): OrganizationEntry | undefined {
  organizations ??= formIndex(ORGANIZATIONS.flatMap((o) => [o.name, ...o.forms, ...o.acronyms].map((f): [string, OrganizationEntry] => [f, o])));
  return lookupForm(organizations, normalizeForm(name));
}

/**
 * The title in a role as written (وزير الخارجية المصري → the foreign minister's entry): the
 * longest title form made of whole words, earliest first.
 */
export function titleIn(role: string): TitleEntry | undefined {
  if (!titles) {
    titles = formIndex(TITLES.flatMap((t) => t.forms.map((f): [string, TitleEntry] => [f, t])));
    longestTitle = Math.max(...[...titles.keys()].map((k) => k.split(' ').length));
  }
  const words = normalizeForm(role).split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longestTitle, words.length - i); n >= 1; n--) {
      const hit = lookupForm(titles, words.slice(i, i + n).join(' ')) ?? (i === 0 || !/^[وفبل]/.test(words[i]) ? undefined : lookupForm(titles, [words[i].slice(1), ...words.slice(i + 1, i + n)].join(' ')));
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The countries whose name or capital a place is (القاهرة → Egypt); several where the name is shared. */
export function countriesAt(place: string): CountryEntry[] {
  if (!places) {
    places = new Map();
    for (const c of COUNTRIES) {
      for (const f of [...c.names, ...c.capitals]) {
        const n = normalizeForm(f);
        const list = places.get(n) ?? [];
        if (!list.includes(c)) list.push(c);
        places.set(n, list);
      }
    }
  }
  return lookupForm(places, normalizeForm(place)) ?? [];
}
