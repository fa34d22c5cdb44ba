import { findActor, type HeldOffice } from '../../lexicon/actors/index.js';
import { organizationById } from '../../lexicon/compiled.js';
import { changed, type EntityRefiner } from '../state.js';

/**
 * A person whose mentions state no country or body, and whose name is that of a known office
 * holder (the heads of state and government, foreign and defence ministers of the region, the P5
 * and the G7, the leaders of international bodies and movements, 2010-2025: lexicon/actors), takes
 * the affiliation of the office held in the article's year (every office agreeing, where the year
 * is unknown). A name shared by two such people, or an office held for two sides, gives nothing.
 */
export const knownActor: EntityRefiner = {
  id: 'known-actor',
  stage: 'entities',
  summary: 'a person with no stated affiliation who is a known office holder takes that office\'s country or body',
  example: 'التقى سيرغي لافروف الوزير سامر الحديدي في موسكو أمس.',
  apply(es) {
    const year = es.year;
    for (const p of es.people) {
      if (p.country || p.organization || !p.words?.length) continue;
      const match = findActor(p.words, year);
      if (!match) continue;
      const aff = affiliation(match.offices, year === null ? null : match.actor.country);
      if (!aff) continue;
      p.country = aff.country;
      if (aff.org) {
        const o = organizationById(aff.org);
        p.organization = o ? o.name : null;
        p.orgId = aff.org;
      }
      p.affiliationSource = 'known';
      changed(p, this.id);
    }
  },
};

/**
 * The one affiliation the offices give: the latest office's where they disagree and no year is
 * known (articles of the period speak of a person's current office), nothing where none is held.
 */
function affiliation(offices: HeldOffice[], _nationality: string | null): { country: string | null; org: string | null } | undefined {
  if (!offices.length) return undefined;
  const key = (o: HeldOffice): string => `${o.country}|${o.org}`;
  if (offices.every((o) => key(o) === key(offices[0]))) return { country: offices[0].country, org: offices[0].org };
  const latest = [...offices].sort((a, b) => (b.term.to ?? 9999) - (a.term.to ?? 9999) || b.term.from - a.term.from)[0];
  return { country: latest.country, org: latest.org };
}
