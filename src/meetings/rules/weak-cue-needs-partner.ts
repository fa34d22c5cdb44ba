import { peopleOf, type MeetingRule } from '../model.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** مع as a word of its own. */
const WITH = new RegExp(`(?<!${LETTER})مع(?!${LETTER})`, 'u');

/**
 * A weak cue (بحث، بحضور، قمة) reports a meeting only with a partner word (مع) or two named sides:
 * "بحث الوزير مع نظيره …"، "وزراء داخلية ليبيا والسودان وتشاد وبحضور رئيس الحكومة".
 */
export const weakCueNeedsPartner: MeetingRule = {
  id: 'weak-cue-needs-partner',
  stage: 'meetings',
  summary: 'a weak cue (بحث، بحضور) needs مع or two named sides',
  example: 'بحث الوزير سامر الحديدي الأوضاع الإقليمية بحضور وفد من حركة فتح.',
  sentence(st) {
    if (!st.hit!.cue.weak || WITH.test(st.text)) return 'next';
    return peopleOf(st).length < 2 && st.sides.length < 2 ? 'stop' : 'next';
  },
};
