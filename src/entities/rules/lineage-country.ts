import type { Entity } from '../model.js';
import { changed, type EntityRefiner } from '../state.js';

/** The named ancestor of a royal (the word after his last بن), or null. */
function ancestor(p: Entity): string | null {
  const w = p.words ?? [];
  const k = w.lastIndexOf('بن');
  return k >= 0 && k + 1 < w.length ? w[k + 1] : null;
}

/**
 * Royals of one house share its country: "الأمير ماجد بن نايف بن فيصل" is of the house of "الملك
 * سالم بن فيصل" when both descend from the same named ancestor and the article gives the country
 * of one of them (and no other country for that ancestor).
 */
export const lineageCountry: EntityRefiner = {
  id: 'lineage-country',
  stage: 'entities',
  summary: 'royals descending from the same named ancestor (… بن فيصل) share the country the article gives one of them',
  example: 'التقى الملك الأردني سالم بن فيصل الرئيس التونسي كمال الغربي. وفي الرباط، استقبل الملك المغربي الحسن العلوي الأمير مازن بن طلال بن فيصل.',
  apply(es) {
    const known = new Map<string, string | null>();
    for (const p of es.people) {
      const a = p.royal && p.country ? ancestor(p) : null;
      if (a) known.set(a, known.has(a) && known.get(a) !== p.country ? null : p.country);
    }
    for (const p of es.people) {
      const a = p.royal && !p.country && !p.organization ? ancestor(p) : null;
      const iso = a ? known.get(a) : null;
      if (iso) {
        p.country = iso;
        p.affiliationSource = 'inferred';
          changed(p, this.id);
      }
    }
  },
};
