import { changed, type EntityRefiner } from '../state.js';

/** "رئيس المكتب السياسي للحركة": the movement or party the article has just named. */
const BODY_ANAPHOR = /(?:^|\s)(?:لل|ال|ل)(?:حركه|حزب|جماعه|تنظيم)(?=\s|$)/u;

/**
 * A person whose title refers to "the movement" or "the party" (رئيس المكتب السياسي للحركة)
 * belongs to the movement named last before that title.
 */
export const movementAnaphora: EntityRefiner = {
  id: 'movement-anaphora',
  stage: 'entities',
  summary: 'a title of "the movement" (رئيس المكتب السياسي للحركة) is of the movement named just before',
  example: 'وأصدرت حركة فتح بيانا. وقال رئيس المكتب السياسي للحركة طارق العمري إن الحوار مستمر.',
  apply(es) {
    const norm = es.doc.norm;
    const movements = es.bodies.filter((b) => b.orgKind === 'movement').flatMap((b) => b.mentions.map((m) => ({ at: m.start, b })));
    if (!movements.length) return;
    for (const r of es.raws) {
      if (!r.name || r.org) continue;
      const t = r.titles.find((x) => BODY_ANAPHOR.test(norm.slice(x.start, x.end)));
      if (!t) continue;
      const body = movements.filter((m) => m.at < t.start).sort((a, b) => b.at - a.at)[0]?.b;
      const p = body && es.people.find((e) => e.mentions.some((m) => m.start === r.name!.start));
      if (!p || p.organization) continue;
      p.organization = body!.organization;
      p.country = body!.country;
      p.affiliationSource = 'stated';
          changed(p, this.id);
    }
  },
};
