import { origText } from '../../document.js';
import type { PositionRule } from '../model.js';
import { wordAfterCue } from './shared.js';

/** Superlatives and من that open the predicate of "is considered" (normalised): من أهم، أكبر، أول، أحد. */
const RANK = /^(?:من|احد|اول|اكبر|اهم|ابرز|افضل|اكثر|اقدم|اخطر|اعلي|الاكبر|الاول|الاهم|الابرز|الافضل|الاكثر|الاعلي)$/u;
/** An indefinite word with the accusative ending ـًا as written (أمرا، دليلاً، مثالًا): a predicate. */
const ACCUSATIVE = /^(?!ال)\S+(?:ا|اً|ًا)$/u;

/**
 * "ويعتبر المشروع من أهم المشاريع"، "الزيارة التي تعتبر محفزا للتجارة"، "يعتبر أمرا طبيعيا": the
 * present يعتبر / تعتبر is as often the passive يُعتبر (is considered) as the active (considers). Right
 * before a predicate (an indefinite accusative, a superlative, من) it is the passive: no one holds
 * a view there.
 */
export const consideredPassive: PositionRule = {
  id: 'considered-passive',
  stage: 'positions',
  summary: 'يعتبر / تعتبر right before a predicate (أمرا، من أهم، أكبر) is the passive "is considered": no cue',
  example: 'وتزامنا مع زيارة يقوم بها الرئيس الأميركي جون كيلي لكينيا التي تعتبر شريكا أساسيا في مكافحة الإرهاب، يركز المسؤولون على الأمن.',
  cue(st) {
    if (st.form.entry.id !== 'itabara' || !/^(?:يعتبر|تعتبر)$/u.test(st.w)) return 'next';
    const { word: next, start: at } = wordAfterCue(st);
    if (RANK.test(next)) return 'stop';
    const m = /^\s*(\S+)/u.exec(origText(st.doc, { start: st.cueEnd, end: Math.min(st.doc.norm.length, st.cueEnd + 30) }));
    if (!m || !ACCUSATIVE.test(m[1].replace(/[\u064C-\u0652]/gu, '')) || /ها$/u.test(next)) return 'next';
    // "وتعتبر تركيا …"، "يعتبر أوربا …": a name that ends so is the subject
    return st.a.entities.firstMentionIn(at, at + 1) ? 'next' : 'stop';
  },
};
