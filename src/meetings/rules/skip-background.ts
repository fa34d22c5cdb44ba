import type { MeetingRule } from '../model.js';

/** A sentence opening in the pluperfect: وكان … قد، وكانت … قد. */
const BACKGROUND = /^[\s"«]*(?:و|ف)?(?:كان|كانت)(?![\p{L}])[^.،]{0,30}(?<![\p{L}])قد(?![\p{L}])/u;

/**
 * "وكان الوزير قد التقى …": background told in the pluperfect, not the news being reported; a
 * recent day keeps it ("وكان الوزير قد اجتمع أمس …" is still the news).
 */
export const skipBackground: MeetingRule = {
  id: 'skip-background',
  stage: 'meetings',
  summary: 'a meeting told in the pluperfect (وكان … قد التقى) is background, unless dated to the report\'s days',
  example: 'وكان الوزير سامر الحديدي قد التقى نظيره التونسي كمال الغربي في روما.',
  sentence(st) {
    return BACKGROUND.test(st.text.slice(0, 40)) && !st.recent ? 'stop' : 'next';
  },
};
