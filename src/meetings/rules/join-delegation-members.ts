import { mentionsIn } from '../../entities/model.js';
import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';
import { join } from './shared.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** "وضم الوفد كلا من …": the members of a delegation just reported. */
const MEMBERS = new RegExp(`(?<!${LETTER})(?:و)?(?:ضم|يضم|تضم|ضمت)(?!${LETTER})[^.]*(?<!${LETTER})(?:كلا من|كل من)(?!${LETTER})`, 'u');

/** A sentence naming the members of a delegation ("ضم الوفد كلا من …") adds them to the meeting just reported. */
export const joinDelegationMembers: MeetingRule = {
  id: 'join-delegation-members',
  stage: 'meetings',
  summary: 'the members a delegation "comprised" (ضم … كلا من) join the meeting just reported',
  example: 'التقى وزير الخارجية الأردني سامر الحديدي وفدا من حركة فتح في عمان أمس. وضم الوفد كلا من سليم العمري وهاني الزعبي.',
  sentence(st) {
    // (every match holds ضم and كل (كلا من، كل من): a sentence without them is passed over without
    // running the regex, whose leading lookbehind makes it try every position)
    if (!st.a.out.length || !st.text.includes('ضم') || !st.text.includes('كل') || !MEMBERS.test(st.text)) return 'next';
    const last = st.a.out[st.a.out.length - 1];
    if (join(last, st.index, mentionsIn(st.index, st.s.start, st.s.end), 'person')) mark(last.rules, this.id);
    return 'stop';
  },
};
