import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';

/** A meeting that names no place near its cue takes the place a sentence without sides gave just before it (within 600 characters). */
export const placeFromEarlierSentence: MeetingRule = {
  id: 'place-from-earlier-sentence',
  stage: 'meetings',
  summary: 'a meeting naming no place takes the place of the meeting sentence without sides just before it',
  example: 'استضافت العاصمة تونس اليوم مباحثات رفيعة. والتقى خلالها الوزير سامر الحديدي نظيره كمال الغربي.',
  sentence(st) {
    const m = st.a.out[st.a.out.length - 1];
    if (!m || m.span.start !== st.s.start || m.location || !st.pending || st.s.start > st.pending.until) return 'next';
    m.location = st.pending.place;
    mark(m.rules, this.id);
    return 'next';
  },
};
