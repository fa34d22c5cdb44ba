import { origText, sentenceAt } from '../../document.js';
import type { Entity } from '../model.js';
import { NAME_LIST_GAP } from '../people.js';
import { changed, nameMentions, type EntityRefiner } from '../state.js';

/** A plural title, then "وهم": "عدد من مساعديه، وهم …"، "نواب الرئيس وهم …" (normalised). */
const LIST_HEAD = /(?<![\p{L}])((?:ال)?(?:مستشاري|مساعدي|نواب|سفراء|ممثلي|مبعوثي)(?:ه|ها|هم)?(?:\s+ال[\p{L}]+){0,2})\s*[،,]?\s*(?:وهم|هم|وهما|وهي)(?![\p{L}])\s*[:،,]?/gu;

/**
 * People listed after a plural title take it as their role where they have none: "مع عدد من
 * مساعديه، وهم الدكتور فلان، والمهندس فلان …" → role "مساعديه"; the advisers, deputies or envoys
 * of a person are of his country where nothing says otherwise.
 */
export const listRole: EntityRefiner = {
  id: 'list-role',
  stage: 'entities',
  summary: 'people listed after a plural title and "وهم" (مستشاريه، وهم …) take it as their role',
  example: 'واجتمع الرئيس كمال الغربي مع عدد من مستشاريه، وهم الدكتور سليم العمري، والمهندس هاني الزعبي.',
  apply(es) {
    const { doc, people } = es;
    let byStart: ReturnType<typeof nameMentions> | undefined;
    LIST_HEAD.lastIndex = 0;
    for (let h = LIST_HEAD.exec(doc.norm); h; h = LIST_HEAD.exec(doc.norm)) {
      byStart ??= nameMentions(people);
      const role = origText(doc, { start: h.index, end: h.index + h[1].length });
      let end = h.index + h[0].length;
      // "مستشاريه": the one whose advisers they are, the person named last before the list in its sentence
      const owner = possessor(es, h.index);
      for (const { m, p } of byStart) {
        if (m.start < end) continue;
        if (!NAME_LIST_GAP.test(doc.norm.slice(end, m.start))) break;
        if (!p.roles.length) {
          p.roles.push(role);
          changed(p, this.id);
        }
        if (owner?.country && !p.country && !p.organization) {
          p.country = owner.country;
          p.affiliationSource = 'inferred';
          changed(p, this.id);
        }
        end = m.end;
      }
    }
  },
};

/** The person named last before `at` in its sentence: the one a possessive (مستشاريه) refers to. */
function possessor(es: Parameters<EntityRefiner['apply']>[0], at: number): Entity | undefined {
  const { doc } = es;
  const s = doc.sentences[sentenceAt(doc, at)];
  let best: { start: number; p: Entity } | undefined;
  for (const p of es.people) for (const m of p.mentions) if (m.end <= at && (!s || m.start >= s.start) && (!best || m.start > best.start)) best = { start: m.start, p };
  return best?.p;
}
