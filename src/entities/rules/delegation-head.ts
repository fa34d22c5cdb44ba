import { changed, type EntityRefiner } from '../state.js';

/**
 * The head of a delegation belongs to the body the delegation comes from: "وفد من حركة فتح برئاسة
 * فلان" gives فلان the movement, where his own mentions name none (a title may stand between
 * برئاسة and the name: "برئاسة الأمين العام فلان").
 */
export const delegationHead: EntityRefiner = {
  id: 'delegation-head',
  stage: 'entities',
  summary: 'the head of a delegation (وفد من حركة … برئاسة فلان) belongs to the delegation\'s body',
  example: 'استقبل الرئيس كمال الغربي وفدا من حركة فتح برئاسة طارق العمري.',
  apply(es) {
    const norm = es.doc.norm;
    // made on first need: most articles name no delegation's head
    let bodyMentions: { m: (typeof es.bodies)[number]['mentions'][number]; b: (typeof es.bodies)[number] }[] | undefined;
    for (const p of es.people) {
      if (p.organization || p.country) continue;
      for (const m of p.mentions) {
        const before = norm.slice(Math.max(0, m.start - 60), m.start);
        const at = before.search(/برياسه|يتراسه|يراسه|تتراسه|تراسه/u);
        if (at < 0 || /[.،,؛:!?؟]/.test(before.slice(at))) continue;
        const cut = m.start - before.length + at;
        bodyMentions ??= es.bodies.filter((b) => b.kind === 'organization' || b.kind === 'country').flatMap((b) => b.mentions.map((m) => ({ m, b })));
        const body = bodyMentions.filter(({ m: x }) => x.end <= cut && cut - x.end <= 12).pop();
        if (!body) continue;
        if (body.b.kind === 'organization') p.organization = body.b.organization ?? body.b.name;
        p.country = body.b.country;
        p.affiliationSource = 'stated';
          changed(p, this.id);
        break;
      }
    }
  },
};
