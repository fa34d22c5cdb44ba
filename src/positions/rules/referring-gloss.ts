import type { PositionRule } from '../model.js';

/** "في إشارة إلى المرفأ القديم": "referring to", a gloss of the writer, not a claim of anyone. */
export const referringGloss: PositionRule = {
  id: 'referring-gloss',
  stage: 'positions',
  summary: '"في إشارة إلى …" is the writer\'s gloss, not a claim',
  example: 'وانتقد النائب رائد الكبيسي «الجهات التي تعطل المشروع»، في إشارة إلى أن وزارة المالية لم تصرف المخصصات.',
  cue(st) {
    return st.form.kind === 'noun' && /(?:^|\s)في\s+$/.test(st.head) && st.w.startsWith('اشار') ? 'stop' : 'next';
  },
};
