import { normalizeForm } from '../../normalize/index.js';
import { MEETING_NOUNS } from '../../lexicon/meetingWords.js';
import type { MeetingRule } from '../model.js';

let nouns: Set<string> | undefined;

/** How far after the last meeting reported (in characters) attending still refers to it. */
const CONTEXT = 400;

/**
 * A cue of taking part or attending (شارك، المشاركة، حضر، بحضور، جمع) is a meeting only where the
 * sentence names the gathering (شارك في الاجتماع، حضر اللقاء، قمة جمعت …) or follows closely on a
 * meeting just reported ("… وحضر من الجانب الآخر فلان وفلان"): "المشاركة في سباق الدراجات" or "شارك
 * في الحملة" reports no meeting.
 */
export const gatheringNeedsMeeting: MeetingRule = {
  id: 'gathering-needs-meeting',
  stage: 'meetings',
  summary: 'a cue of taking part (شارك، بحضور، جمع) reports a meeting only where the sentence names the gathering',
  example: 'وشارك الممثل كمال الغربي والممثل طلال الحربي في بطولة مسلسل جديد.',
  sentence(st) {
    if (st.hit!.cue.id !== 'gather') return 'next';
    nouns ??= new Set(MEETING_NOUNS.map(normalizeForm));
    const tokens = st.doc.tokens;
    for (let i = st.from; i < st.to; i++) if (i !== st.at0 && (nouns.has(tokens[i].text) || nouns.has(tokens[i].text.replace(/^[وفبل]+/u, '')))) return 'next';
    const last = st.a.out[st.a.out.length - 1];
    return last && st.s.start - last.span.end <= CONTEXT ? 'next' : 'stop';
  },
};
