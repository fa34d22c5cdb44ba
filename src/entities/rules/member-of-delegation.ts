import { changed, type EntityRefiner } from '../state.js';

/** "، أحد أعضاء الوفد" / "عضو الوفد" right after a name. */
const MEMBER_OF = /^\s*[،,]?\s*(?:احد|عضو|عضوه|احدي)\s+(?:اعضاء\s+)?(?:ال)?وفد/u;

/** "النائب فلان، أحد أعضاء الوفد": a member of the delegation the article named before is of its country. */
export const memberOfDelegation: EntityRefiner = {
  id: 'member-of-delegation',
  stage: 'entities',
  summary: 'a person "one of the delegation\'s members" is of the country of the delegation named before',
  example: 'وصل وفد برلماني تونسي إلى عمان. وقال النائب كمال الغربي، أحد أعضاء الوفد، إن الزيارة مهمة.',
  apply(es) {
    const norm = es.doc.norm;
    const delegations = es.bodies.filter((b) => b.roleKind === 'delegation');
    if (!delegations.length) return;
    for (const p of es.people) {
      if (p.organization || p.country) continue;
      for (const m of p.mentions) {
        if (!MEMBER_OF.test(norm.slice(m.end, m.end + 30))) continue;
        const d = delegations.filter((b) => b.mentions.some((x) => x.start < m.start)).pop();
        if (d) {
          p.country = d.country;
          p.affiliationSource = 'stated';
          changed(p, this.id);
          break;
        }
      }
    }
  },
};
