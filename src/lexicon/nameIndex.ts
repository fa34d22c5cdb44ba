import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, NAME_PARTICLES } from './givenNames.js';
import { normalizeForm } from '../normalize/index.js';

/** Normalised sets over the given-name lexicon, built once at module load. */

export { NAME_PARTICLES };

/** Every given name, normalised (احمد، عبد الله، فلاديمير); compound names keep their space. */
export const givenNameSet: ReadonlySet<string> = new Set(GIVEN_NAMES.map(normalizeForm).filter(Boolean));

/** Given names that are also common words (صباح، أمل، جو), normalised. */
export const ambiguousGivenNameSet: ReadonlySet<string> = new Set(AMBIGUOUS_GIVEN_NAMES.map(normalizeForm));

/** Name particles (بن، ابو، ال، عبد، ولد), normalised. */
export const nameParticleSet: ReadonlySet<string> = new Set(NAME_PARTICLES.map(normalizeForm));

/** True when a normalised word is a known given name and not also a common word. */
export function isClearGivenName(word: string): boolean {
  return givenNameSet.has(word) && !ambiguousGivenNameSet.has(word);
}
