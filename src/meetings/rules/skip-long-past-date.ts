import type { MeetingRule } from '../model.js';
import { remember } from '../../document.js';
import { longPast } from '../tense.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** A day of the week, as meetings of the report's week are dated (الأربعاء، يوم الخميس). */
const WEEKDAY = new RegExp(`(?<!${LETTER})(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)(?!${LETTER})`, 'u');

/**
 * A sentence dated to a past month or year ("في أبريل الماضي"، "العام الماضي") tells a meeting
 * long past, as does "في عام 2013" two years or more before the article's (its reference year, else the
 * latest year it names); a weekday dates the news ("استقبل الرئيس، الأربعاء، نظيره الذي زار البلاد العام الماضي").
 */
export const skipLongPastDate: MeetingRule = {
  id: 'skip-long-past-date',
  stage: 'meetings',
  summary: 'a sentence dated to a past month or year (في أبريل الماضي، العام الماضي، في عام 2013 in a later article) and no weekday tells a meeting long past',
  example: 'والتقى الرئيس كمال الغربي نظيره سامر الحديدي في مارس الماضي في روما.',
  sentence(st) {
    return (longPast(st.text) || yearsBack(st)) && !WEEKDAY.test(st.text) && !st.recent ? 'stop' : 'next';
  },
};

/** A year after في (في 1994، في عام 1994، في العام 1994): when the sentence says it happened. */
const IN_YEAR = new RegExp(`(?<!${LETTER})في\\s+(?:(?:ال)?عام\\s+|(?:ال)?سنه\\s+)?((?:19|20)\\d\\d)(?!\\d)`, 'u');
/** Any year of the period news speaks of, in the article. */
const ANY_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
/** How many years before the article's a year makes a meeting history. */
const YEARS_BACK = 2;

/**
 * "وفي 1994 حضر الأمير فلان مراسم …": a sentence that dates what it tells to a year at least two
 * before the article's (the reference date's year, else the latest year the article names).
 */
function yearsBack(st: Parameters<MeetingRule['sentence'] & {}>[0]): boolean {
  const m = IN_YEAR.exec(st.text);
  if (!m) return false;
  const year = st.doc.year ?? remember(st.doc, 'meetings/latestYear', () => latestYear(st.doc.norm));
  return year !== null && year - Number(m[1]) >= YEARS_BACK;
}

/** The latest year the article names, or null (read once per article: remember). */
function latestYear(norm: string): number | null {
  let max: number | null = null;
  for (const m of norm.matchAll(ANY_YEAR)) if (max === null || Number(m[0]) > max) max = Number(m[0]);
  return max;
}
