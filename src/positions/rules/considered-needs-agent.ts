import { mark } from '../../rules.js';
import { normalizeForm } from '../../normalize/index.js';
import type { PositionRule } from '../model.js';

/**
 * "ويعتبر موعد الانتخابات مكسبا للاتحاد"، "وتعتبر الطائفة من أكبر الأقليات": the present يعتبر /
 * تعتبر with no أن after it is as often the passive (is considered) as the active (considers X
 * Y). A view is held there only by someone the article names (وتعتبر أنقرة الوحدات امتدادا
 * للحزب): a phrase read as its subject is what is considered, not who considers it. And whoever
 * holds it, a statement that ranks the holder among others (ويعتبر فلان من أبرز الشعراء، تعتبر
 * روسيا أكبر منتج، تعتبر تونس من الدول الرائدة) describes the holder, as considered: no view (من
 * الضروري، من المهم judge, and are views).
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
    const head = st.doc.norm.slice(st.stmt.start, st.stmt.start + 40);
    if (RANKING.test(head) || amongOthers(head)) {
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

/** Words of judgement after من that make a view, not a rank (من الضروري، من المهم، من المؤسف), normalised. */
const JUDGEMENTS: ReadonlySet<string> = new Set(['الضروري', 'المهم', 'الأهم', 'المؤسف', 'المفيد', 'الخطأ', 'الخطير', 'الصعب', 'الممكن', 'المستحيل', 'المبكر', 'الواضح', 'المؤكد', 'الطبيعي', 'الأفضل', 'الصواب', 'المنطقي', 'الغريب', 'المستغرب', 'المعيب', 'العار', 'الظلم', 'الإجحاف', 'الإنصاف', 'العدل', 'الحكمة', 'الواجب', 'اللازم', 'المقبول', 'المرفوض', 'المخجل', 'المحزن', 'المؤلم', 'المستبعد', 'المرجح', 'المتوقع', 'المنتظر', 'السابق', 'الصحيح'].map(normalizeForm));

/** "تعتبر تونس من الدول الرائدة"، "يعتبر ماكرون من الرؤساء الداعمين": من + a noun that is no word of judgement (من الضروري، من المهم) ranks the holder among others. */
function amongOthers(head: string): boolean {
  const m = /^من\s+(ال\S{2,})/u.exec(head);
  return m !== null && !JUDGEMENTS.has(m[1]);
}
