import { mark } from '../../rules.js';
import type { PositionRule } from '../model.js';

/**
 * "ويعتبر موعد الانتخابات مكسبا للاتحاد"، "وتعتبر الطائفة من أكبر الأقليات": the present يعتبر /
 * تعتبر with no أن after it is as often the passive (is considered) as the active (considers X
 * Y). A view is held there only by someone the article names (وتعتبر أنقرة الوحدات امتدادا
 * للحزب): a phrase read as its subject is what is considered, not who considers it. And whoever
 * holds it, a statement that ranks the holder among others (ويعتبر فلان من أبرز الشعراء، تعتبر
 * روسيا أكبر منتج) describes the holder, as considered: no view.
 */
export const consideredNeedsAgent: PositionRule = {
  id: 'considered-needs-agent',
  stage: 'positions',
  summary: 'يعتبر / تعتبر without أن is held only by a named person, body or state: a phrase subject is what "is considered"',
  example: 'وقال الوزير سامر الحديدي إن الموسم ناجح. ويعتبر موعد المهرجان مكسبا للتجار في المدينة.',
  statement(st) {
    if (st.form.entry.id !== 'itabara' || st.form.kind !== 'verb' || st.comp?.kind === 'an') return 'next';
    // "ويعتبر فلان من أبرز الشعراء"، "تعتبر إيران إحدى أكبر الدول": what ranks the holder among
    // others describes him (he is considered …); a view would rank something else
    if (RANKING.test(st.doc.norm.slice(st.stmt.start, st.stmt.start + 24))) {
      mark(st.trail, this.id);
      return 'stop';
    }
    if (!/^[يت]/u.test(st.w) || st.holder.how !== 'phrase') return 'next';
    mark(st.trail, this.id);
    return 'stop';
  },
};

/** A statement that opens by ranking its holder among others (normalised): من أبرز، من بين، أحد، إحدى، واحدة من، أكبر. */
const RANKING = /^(?:من\s+(?:ابرز|اهم|اكبر|اكثر|اشهر|اقدم|اوايل|بين)|احد\s|احدي\s|واحد\s|واحده\s|اكبر\s|اهم\s|ابرز\s)/u;
