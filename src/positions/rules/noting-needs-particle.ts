import type { PositionRule } from '../model.js';

/** How many tokens after لافتا its إلى or أن may stand (لافتا في تصريحه إلى…). */
const NOTING_REACH = 3;

/**
 * "ورفع المحتجون لافتة تحمل العبارة…"، "معركة لافتة للنظر": the participle لافتا / لافتة (noting) is
 * also the noun "a sign, a banner" and the adjective "remarkable". It notes something only with
 * إلى or أن right after it (لافتا إلى أن…، لافتة أن…).
 */
export const notingNeedsParticle: PositionRule = {
  id: 'noting-needs-particle',
  stage: 'positions',
  summary: 'لافتة / لافتا is a cue only with إلى or أن right after it; else it is a sign or "remarkable"',
  example: 'ورفع المحتجون أمام الوزارة لافتة كبيرة، وقال الوزير سامر الحديدي إن المطالب ستدرس. لافتة للنظر كانت "الشعب يريد إصلاح التعليم وتحسين أوضاع المعلمين".',
  cue(st) {
    if (st.form.entry.id !== 'lafata' || st.form.kind !== 'participle') return 'next';
    return st.comp && (st.comp.kind === 'ila' || st.comp.kind === 'an') && st.comp.distance <= NOTING_REACH ? 'next' : 'stop';
  },
};
