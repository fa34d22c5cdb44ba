import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';
import { cueTime } from '../tense.js';

/**
 * When the cue stands in time, where the words around it say so (tense.ts): told as done before
 * the news (ما سبق أن …، التقى من قبل) or only arranged (من المقرر أن يلتقي، سيتوجه … حيث
 * يلتقي). A sentence dated to the report's days (المحادثات المقرر أن تجري اليوم) is the news.
 */
export const readCueTime: MeetingRule = {
  id: 'cue-time',
  stage: 'meetings',
  summary: 'reads whether the cue is told as earlier (سبق أن، من قبل) or only arranged (من المقرر أن، سيتوجه)',
  example: 'التقى الوزير سامر الحديدي نظيره كمال الغربي في تونس اليوم. ومن المقرر أن يلتقي الرئيس طارق العمري الوزير فراس النجار في عمان.',
  sentence(st) {
    if (st.recent || !st.hit) return 'next';
    st.time = cueTime(st.doc.tokens, st.at0, st.after0, st.from);
    if (st.time) mark(st.trail, this.id);
    return 'next';
  },
};
