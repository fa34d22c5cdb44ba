import type { PositionRule } from '../model.js';

/**
 * Only و / ف attach to a verb or a participle: "بحث" is the verb بحث, not ب + the cue حث; "لرفض"
 * is a verbal noun (ل + رفض), not the verb رفض.
 */
export const verbTakesNoPreposition: PositionRule = {
  id: 'verb-takes-no-preposition',
  stage: 'positions',
  summary: 'a verb or participle cue read with ب، ل or ك on it (بحث = ب + حث) is another word, not a cue',
  example: 'وبحث الوزير كمال الغربي مع نظيره سامر الحديدي تطوير التعاون بين البلدين.',
  cue(st) {
    return st.form.kind !== 'noun' && /[بلك]/.test(st.pre) ? 'stop' : 'next';
  },
};
