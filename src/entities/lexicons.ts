import { normalizeForm } from '../normalize/index.js';
import { COUNTRIES } from '../lexicon/countries.js';
import { ORGANIZATIONS } from '../lexicon/organizations.js';
import { TITLES } from '../lexicon/titles.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { GIVEN_NAMES, NAME_PARTICLES } from '../lexicon/givenNames.js';
import { NAME_STOPWORDS, ROLE_QUALIFIERS } from '../lexicon/stopwords.js';
import { COMMON_WORDS } from '../lexicon/commonWords.js';
import { MEETING_CUES } from '../lexicon/meetingCues.js';
import { CUES, type CueEntry } from '../lexicon/cues.js';
import { CITIES } from '../lexicon/places.js';
import type { CountryEntry, OrganizationEntry, TitleEntry } from '../lexicon/types.js';
import { PhraseMatcher } from './phraseMatcher.js';

/**
 * The lexicons compiled for the entity rules, built once at module load: phrase matchers over
 * tokens (with proclitics) and normalised word sets.
 */

const set = (forms: Iterable<string>): Set<string> => new Set([...forms].map(normalizeForm).filter(Boolean));

/** Country names (مصر، الولايات المتحدة) → country. */
export const countryNames = new PhraseMatcher<CountryEntry>(COUNTRIES.flatMap((c) => c.names.map((f) => [f, c] as const)));
/** Nisba forms (المصري، الأمريكية) → country. */
export const countryNisba = new PhraseMatcher<CountryEntry>(COUNTRIES.flatMap((c) => c.nisba.map((f) => [f, c] as const)));
/** Nisba forms without the article (مصري، أمريكية), for "وفد مصري". */
export const countryNisbaBare = new PhraseMatcher<CountryEntry>(
  COUNTRIES.flatMap((c) => c.nisba.filter((f) => /^ال/.test(normalizeForm(f))).map((f) => [normalizeForm(f).slice(2), c] as const)),
);
/** Capitals and seats of government → country. */
export const capitals = new PhraseMatcher<CountryEntry>(COUNTRIES.flatMap((c) => c.capitals.map((f) => [f, c] as const)));
/** Organisations by every form and acronym. */
export const organizations = new PhraseMatcher<OrganizationEntry>(
  ORGANIZATIONS.flatMap((o) => [o.name, ...o.forms, ...o.acronyms].map((f) => [f, o] as const)),
);
/** Titles and offices. */
export const titles = new PhraseMatcher<TitleEntry>(TITLES.flatMap((t) => t.forms.map((f) => [f, t] as const)));
/** Honorifics that precede a name. */
export const honorifics = new PhraseMatcher<boolean>(HONORIFICS.flatMap((h) => h.forms.map((f) => [f, !!h.ambiguous] as const)));
/** Cities that are not capitals, plus capitals, as place names. */
export const cities = new PhraseMatcher<string>([...CITIES.map((c) => [c, c] as const), ...COUNTRIES.flatMap((c) => c.capitals.map((f) => [f, f] as const))]);

/** First words of unambiguous honorifics (صاحب، معالي، فخامة): never part of a name. */
export const honorificHeads = set(HONORIFICS.filter((h) => !h.ambiguous).flatMap((h) => h.forms.map((f) => f.split(' ')[0])));
/** First words of titles (وزير، وكيل، فريق): a و at their start is not a conjunction. */
export const titleHeads = set(TITLES.flatMap((t) => t.forms.map((f) => f.split(' ')[0])));
/** Common given names (normalised). */
export const givenNames = set(GIVEN_NAMES);
/** Name particles that join name parts: بن، أبو، آل، عبد، ولد. */
export const particles = set(NAME_PARTICLES);
/** Words that end a name candidate. */
export const stopwords = set([
  ...NAME_STOPWORDS,
  ...MEETING_CUES.flatMap((c) => c.forms.flatMap((f) => f.split(' '))),
  ...CUES.flatMap((c) => cueForms(c)),
]);
/** Frequent words of news prose that are never a person's name (تنسيق، جولات، يتعلق). */
export const commonWords = set(COMMON_WORDS);
/** Qualifiers that extend a role (الخاص، السابق). */
export const roleQualifiers = set(ROLE_QUALIFIERS);

/** Surface forms of a reporting cue that can follow a name: أكد، أكدت، يؤكد، تؤكد، مؤكدا، مؤكدة. */
function cueForms(c: CueEntry): string[] {
  const out: string[] = [...c.past, ...c.past.map((f) => f + 'ت'), ...c.present, ...c.present.map((f) => 'ت' + f.slice(1))];
  out.push(...c.participle.flatMap((f) => [f, f + 'ا', f + 'ة']));
  for (const list of Object.values(c.forms ?? {})) out.push(...(list ?? []));
  return out.filter((f) => !f.includes(' '));
}
