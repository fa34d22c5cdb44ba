import { leadingWordNotName } from './rules/leading-word-not-name.js';
import { enabled, type Doc } from '../document.js';
import type { Span } from '../types.js';
import { buildIndex, type EntityIndex } from './model.js';
import { noteAli } from './personName.js';
import { findPeople, titleAfterName, type PersonParser, type RawPerson } from './people.js';
import { descriptionNearName, familyNameAlias, knownSurname, linkDescription, linkPeople, shortNameIntoFull, type LinkRule } from './link.js';
import { anotherBodyAfter, countryLexicon, delegation, findBodies, officialsOf, oppositionOf, organizationLexicon, quotedBodyName, sideOf, type BodyParser } from './findBodies.js';
import type { EntityRefiner, EntityState } from './state.js';
import type { RuleInfo } from '../rules.js';
import { titleThenName } from './rules/title-then-name.js';
import { genitiveChain } from './rules/genitive-chain.js';
import { qualifiedApposition } from './rules/qualified-apposition.js';
import { officeRankName } from './rules/office-rank-name.js';
import { nameThenTitle } from './rules/name-then-title.js';
import { titleAlone } from './rules/title-alone.js';
import { elidedTitle } from './rules/elided-title.js';
import { counterpart } from './rules/counterpart.js';
import { givenName, honorificName } from './rules/given-name.js';
import { officialOf } from './rules/official-of.js';
import { unnamedOfficials } from './officials.js';
import { delegationHead } from './rules/delegation-head.js';
import { movementAnaphora } from './rules/movement-anaphora.js';
import { lineageCountry } from './rules/lineage-country.js';
import { sideCountry } from './rules/side-country.js';
import { royalNeighbours } from './rules/royal-neighbours.js';
import { knownActor } from './rules/known-actor.js';
import { writtenOrganization } from './rules/written-organization.js';
import { eponymNotPerson, type RawPersonFilter } from './rules/eponym-not-person.js';

/**
 * Person parsers, tried in this order at each word not yet read (the first that reads a mention
 * wins). Where a title starts at the word: the readings of a title with its holder, from the most
 * specific (a name right after it) to the least (the title alone, a description). Where none
 * does: an elided title (its nisba alone), a counterpart, then untitled names.
 */
export const PERSON_PARSERS: readonly PersonParser[] = [
  titleThenName,
  genitiveChain,
  qualifiedApposition,
  officeRankName,
  nameThenTitle,
  titleAlone,
  elidedTitle,
  counterpart,
  givenName,
  honorificName,
];

/**
 * Link rules, in order: a short titled name merges into the full one first, so that the family
 * name alone is looked for over full names only; descriptions link last, to people with all their
 * names and titles.
 */
export const LINK_RULES: readonly LinkRule[] = [shortNameIntoFull, familyNameAlias, knownSurname, linkDescription];

/**
 * Body parsers, in order at each word that no person took: a delegation by its nisba first (its
 * words would otherwise be read as a country's), then the lexicons' bodies and countries, then a
 * country named as a side.
 */
export const BODY_PARSERS: readonly BodyParser[] = [delegation, organizationLexicon, countryLexicon, sideOf, oppositionOf, officialsOf, quotedBodyName];

/**
 * Refiners over all entities, in order: bodies that unnamed officials stand for first; then the
 * affiliations the text states (a delegation's member or head, a movement's title, who stands for a
 * country, the house of royals descending from one named ancestor, a side's members), then the
 * known-actor list for those still without one, then what the article's structure suggests (the
 * country of the one whose advisers are listed, of royal neighbours); the organisation as written
 * last. A person the text
 * gives no evidence for keeps no country: no country is guessed from the country words nearby.
 */
export const ENTITY_REFINERS: readonly EntityRefiner[] = [
  officialOf,
  delegationHead,
  movementAnaphora,
  lineageCountry,
  sideCountry,
  knownActor,
  royalNeighbours,
  writtenOrganization,
];

/** Checks on each person mention as found, before linking: a mention one of them rejects is no person. */
export const RAW_FILTERS: readonly RawPersonFilter[] = [eponymNotPerson, leadingWordNotName];

/** Every entity rule, for --explain and `npm run rules`. */
export const ALL_ENTITY_RULES: readonly RuleInfo[] = [...PERSON_PARSERS, ...RAW_FILTERS, titleAfterName, ...LINK_RULES, descriptionNearName, ...BODY_PARSERS, anotherBodyAfter, ...ENTITY_REFINERS];

/**
 * Find every person, organisation and country the article names, with their mentions linked.
 * People first (titles and names), then bodies in the text the people's mentions leave free, so
 * that "الأمين العام لجامعة الدول العربية" stays a role and not a second mention of the League.
 */
export function findEntities(doc: Doc): EntityIndex {
  noteAli(doc);
  const raws = findPeople(doc, PERSON_PARSERS).filter((r) => RAW_FILTERS.every((f) => !enabled(doc, f.id) || f.keeps(doc, r)));
  const unlinked: RawPerson[] = [];
  const people = linkPeople(doc, raws, 0, LINK_RULES, unlinked);
  const mask = new Uint8Array(doc.norm.length + 1);
  for (const r of raws) {
    if (r.name) mask.fill(1, r.name.start, r.name.end);
    if (r.title) mask.fill(1, r.title.start, r.title.end);
  }
  const bodies = findBodies(doc, people.length, (pos) => mask[pos] === 1, BODY_PARSERS);
  const es: EntityState = { doc, raws, unlinked, people, bodies, year: doc.year };
  for (const r of ENTITY_REFINERS) if (enabled(doc, r.id)) r.apply(es);
  const titleSpans: Span[] = [];
  for (const r of raws) for (const t of r.titles) titleSpans.push({ start: t.start, end: t.end });
  return buildIndex([...people, ...bodies], titleSpans, unnamedOfficials(es));
}
