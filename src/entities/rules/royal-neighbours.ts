import { changed, nameMentions, type EntityRefiner } from '../state.js';

/** Between two royals of a list: a comma or و, and honorifics (، والأمير، وصاحب السمو الملكي الأمير). */
const NEIGHBOUR_GAP = /^[\s،,]*(?:و?(?:صاحب|صاحبه|السمو|سمو|الملكي|الامير|الاميره|الشيخ|الشيخه|معالي)\s*){0,5}$/u;

/**
 * A royal whose house the article does not give stands with the royals listed beside him: "الأمير
 * فلان، والأمير فلان، والأمير فلان" are of one house where both neighbours that have a country
 * have the same one.
 */
export const royalNeighbours: EntityRefiner = {
  id: 'royal-neighbours',
  stage: 'entities',
  summary: 'a royal of no stated house listed between royals of one country is of that country',
  example: 'وحضر الاستقبال في الرباط الأمير السعودي مازن بن طلال، والأمير فهد بن ناصر، والأمير السعودي خالد بن سعد، إلى جانب وزير الخارجية المغربي.',
  apply(es) {
    const people = es.people;
    const norm = es.doc.norm;
    if (!people.some((p) => p.royal && !p.country && !p.organization)) return;
    const names = nameMentions(people);
    for (let k = 0; k < names.length; k++) {
      const { m, p } = names[k];
      if (!p.royal || p.country || p.organization) continue;
      const around: string[] = [];
      const prev = names[k - 1];
      const next = names[k + 1];
      if (prev && prev.p.royal && prev.p.country && NEIGHBOUR_GAP.test(norm.slice(prev.m.end, m.start))) around.push(prev.p.country);
      if (next && next.p.royal && next.p.country && NEIGHBOUR_GAP.test(norm.slice(m.end, next.m.start))) around.push(next.p.country);
      if (around.length && around.every((c) => c === around[0])) {
        p.country = around[0];
        p.affiliationSource = 'inferred';
          changed(p, this.id);
      }
    }
  },
};
