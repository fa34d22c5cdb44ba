import { origText } from '../../document.js';
import type { PositionRule } from '../model.js';

/** Cue entries whose forms are other words without their hamza: هنأ / هنا (here), مهنئة / مهنية (professional). */
const HAMZA_CUES: ReadonlySet<string> = new Set(['hannaa']);

/**
 * "يجده هنا"، "ونحن هنا نسعى"، "بصورة مهنية": matching ignores the hamza, so هنأ (congratulated)
 * and مهنئا read as هنا (here) and مهنيا (professionally). As written without a hamza (أ، ئ، ء)
 * these words are the others, and report no one.
 */
export const needsHamza: PositionRule = {
  id: 'needs-hamza',
  stage: 'positions',
  summary: 'هنأ and مهنئا written without their hamza (هنا "here", مهنية "professional") are other words, not cues',
  example: 'وقال الوزير سامر الحديدي إن الفريق يعمل هنا بصورة مهنية عالية لخدمة المواطنين.',
  cue(st) {
    if (!HAMZA_CUES.has(st.form.entry.id)) return 'next';
    return /[أإئؤء]/u.test(origText(st.doc, { start: st.cueStart, end: st.cueEnd })) ? 'next' : 'stop';
  },
};
