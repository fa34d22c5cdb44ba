import type { MeetingRule } from '../model.js';

/** "ما سبق أن عرضه الوزير خلال لقائه …": a meeting told as done before the news is not reported. */
export const skipToldAsEarlier: MeetingRule = {
  id: 'skip-told-as-earlier',
  stage: 'meetings',
  summary: 'a meeting the words around its cue tell as earlier than the news (ما سبق أن …، التقى من قبل) is left out',
  example: 'وجدد الوزير سامر الحديدي ما سبق أن طرحه خلال لقائه مع الرئيس كمال الغربي.',
  sentence(st) {
    return st.time === 'prior' && !st.recent ? 'stop' : 'next';
  },
};
