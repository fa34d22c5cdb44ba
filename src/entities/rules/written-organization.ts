import { changed, type EntityRefiner } from '../state.js';

/** A person's organisation as the article writes it, where the article names the body too ("الحوثيين" rather than the lexicon's name). */
export const writtenOrganization: EntityRefiner = {
  id: 'written-organization',
  stage: 'entities',
  summary: 'a person\'s body is named as the article writes it where the article names the body',
  example: 'وقال الناطق باسم الحوثيين محمد الصغير إن الجماعة ترحب بالمبادرة. وأكد الحوثيون في بيان التزامهم بالهدنة.',
  apply(es) {
    const written = new Map<string, string>();
    for (const b of es.bodies) if (b.orgId && b.organization) written.set(b.orgId, b.organization);
    for (const p of es.people)
      if (p.orgId && written.has(p.orgId) && p.organization !== written.get(p.orgId)) {
        p.organization = written.get(p.orgId)!;
        changed(p, this.id);
      }
  },
};
