import { origText } from '../../document.js';
import { NAME_LIST_GAP } from '../people.js';
import { changed, nameMentions, type EntityRefiner } from '../state.js';

/** A plural title, then "وهم": "عدد من مستشاريه، وهم …"، "نواب الرئيس وهم …" (normalised). */
const LIST_HEAD = /(?<![\p{L}])((?:ال)?(?:مستشاري|مساعدي|نواب|سفراء|ممثلي|مبعوثي)(?:ه|ها|هم)?(?:\s+ال[\p{L}]+){0,2})\s*[،,]?\s*(?:وهم|هم|وهما|وهي)(?![\p{L}])\s*[:،,]?/gu;

/**
 * People listed after a plural title take it as their role where they have none: "مع عدد من
 * مستشاريه، وهم الدكتور فلان، والمهندس فلان …" → role "مستشاريه".
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
      for (const { m, p } of byStart) {
        if (m.start < end) continue;
        if (!NAME_LIST_GAP.test(doc.norm.slice(end, m.start))) break;
        if (!p.roles.length) {
          p.roles.push(role);
          changed(p, this.id);
        }
        end = m.end;
      }
    }
  },
};
