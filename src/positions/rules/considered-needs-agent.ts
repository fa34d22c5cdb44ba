import { mark } from '../../rules.js';
import type { PositionRule } from '../model.js';

/**
 * "ويعتبر موعد الانتخابات مكسبا للاتحاد"، "وتعتبر الطائفة من أكبر الأقليات": the present يعتبر /
 * تعتبر with no أن after it is as often the passive (is considered) as the active (considers X
 * Y). A view is held there only by someone the article names (وتعتبر أنقرة الوحدات امتدادا
 * للحزب): a phrase read as its subject is what is considered, not who considers it.
 */
export const consideredNeedsAgent: PositionRule = {
  id: 'considered-needs-agent',
  stage: 'positions',
  summary: 'يعتبر / تعتبر without أن is held only by a named person, body or state: a phrase subject is what "is considered"',
  example: 'وقال الوزير سامر الحديدي إن الموسم ناجح. ويعتبر موعد المهرجان مكسبا للتجار في المدينة.',
  statement(st) {
    if (st.form.entry.id !== 'itabara' || st.form.kind !== 'verb' || !/^[يت]/u.test(st.w)) return 'next';
    if (st.comp?.kind === 'an' || st.holder.how !== 'phrase') return 'next';
    mark(st.trail, this.id);
    return 'stop';
  },
};
