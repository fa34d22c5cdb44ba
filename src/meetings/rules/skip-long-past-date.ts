import type { MeetingRule } from '../model.js';
import { longPast } from '../tense.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** A day of the week, as meetings of the report's week are dated (الأربعاء، يوم الخميس). */
const WEEKDAY = new RegExp(`(?<!${LETTER})(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)(?!${LETTER})`, 'u');

/**
 * A sentence dated to a past month or year ("في أبريل الماضي"، "العام الماضي") tells a meeting
 * long past; a weekday dates the news ("استقبل الرئيس، الأربعاء، نظيره الذي زار البلاد العام الماضي").
 */
export const skipLongPastDate: MeetingRule = {
  id: 'skip-long-past-date',
  stage: 'meetings',
  summary: 'a sentence dated to a past month or year (في أبريل الماضي، العام الماضي) and no weekday tells a meeting long past',
  example: 'والتقى الرئيس كمال الغربي نظيره سامر الحديدي في مارس الماضي في روما.',
  sentence(st) {
    return longPast(st.text) && !WEEKDAY.test(st.text) && !st.recent ? 'stop' : 'next';
  },
};
