import type { PositionRule } from '../model.js';

/** Particles that negate a past or present verb (normalised, with و or ف on them or not): لم، لن. */
const NEGATION = new Set(['لم', 'ولم', 'فلم', 'لن', 'ولن', 'فلن']);
/** Verbs of telling, whose negation says nothing was told: كشف، أعلن، أكد، أفاد، ذكر، أوضح، صرح، بين. */
const TELLING: ReadonlySet<string> = new Set(['kashafa', 'alana', 'akkada', 'afada', 'dhakara', 'awdaha', 'sarraha', 'bayyana']);

/**
 * "ولم يكشف المسؤول عن تفاصيل"، "لم تعلن كوريا الشمالية عن التنازلات"، "لم يؤكد الجيش حصول …": a
 * verb of telling negated with لم or لن tells that nothing was said, so it makes no position (a
 * negated view, لا يرى، لم يستبعد، لا تعترف, is one, and stays).
 */
export const unsaidIsNoStatement: PositionRule = {
  id: 'unsaid-is-no-statement',
  stage: 'positions',
  summary: 'a verb of telling negated with لم or لن (لم يكشف، لم تعلن، لم يؤكد) makes no position',
  example: 'وقال الوزير كمال الغربي إن المفاوضات مستمرة. ولم يكشف الوزير عن موعد الجولة المقبلة من المحادثات.',
  cue(st) {
    if (st.form.kind !== 'verb' || !TELLING.has(st.form.entry.id) || st.pre) return 'next';
    const tokens = st.doc.tokens;
    const k = st.hit.i;
    return k > 0 && tokens[k].joined && NEGATION.has(tokens[k - 1].text) ? 'stop' : 'next';
  },
};
