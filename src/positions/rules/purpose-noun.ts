import type { PositionRule } from '../model.js';

/** "لدعوة النقابات إلى…"، "للتأكيد على…": a verbal noun governed by ل is a purpose or a reply, not a claim. */
export const purposeNoun: PositionRule = {
  id: 'purpose-noun',
  stage: 'positions',
  summary: 'a verbal noun cue after ل (للتأكيد على …) states a purpose, not a claim',
  example: 'وقال الوزير كمال الغربي إن الحملة الانتخابية بدأت. وعقد الوزير مؤتمرا صحفيا للتأكيد على أن الانتخابات ستجري في موعدها.',
  cue(st) {
    return st.form.kind === 'noun' && st.pre.includes('ل') ? 'stop' : 'next';
  },
};
