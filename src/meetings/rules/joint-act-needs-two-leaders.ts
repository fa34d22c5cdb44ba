import type { MeetingRule } from '../model.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** Between two people named together: و and up to four title words (ورئيسة الوزراء النرويجية). */
const TOGETHER_GAP = new RegExp(`^\\s*و${LETTER}*(?:\\s+${LETTER}+){0,3}\\s*$`, 'u');

/**
 * A joint act (أطلق، وقع، ترأس، افتتح) is a meeting only with two people of different sides as its
 * subject, named right after it: "أطلق الأمير فلان ورئيسة الوزراء النرويجية فلانة منتدى الأعمال".
 */
export const jointActNeedsTwoLeaders: MeetingRule = {
  id: 'joint-act-needs-two-leaders',
  stage: 'meetings',
  summary: 'a joint act (أطلق، وقع، افتتح) is a meeting only with two leaders of different countries as its subject',
  example: 'ووقع وزير المالية الأردني سامر الحديدي ووزير التخطيط الأردني طلال الحربي قرار الموازنة.',
  sentence(st) {
    if (st.hit!.cue.id !== 'joint') return 'next';
    const { index, doc, hit } = st;
    const people = st.inSentence.filter((m) => m.start >= hit!.end && index.entities[m.entity].kind === 'person');
    const [a, b] = people;
    if (!a || !b || a.entity === b.entity || a.start - hit!.end > 25) return 'stop';
    const ea = index.entities[a.entity];
    const eb = index.entities[b.entity];
    return TOGETHER_GAP.test(doc.norm.slice(a.end, b.start)) && (!ea.country || !eb.country || ea.country !== eb.country) ? 'next' : 'stop';
  },
};
