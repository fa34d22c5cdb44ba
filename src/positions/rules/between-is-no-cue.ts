import type { PositionRule } from '../model.js';

/** How far back (normalised characters) an earlier بين of the same sentence pairs with a و‌بين. */
const PAIR_REACH = 80;

/** The forms of bayyana as a verb (normalised). */
const FORMS = new Set(['بين', 'وبين', 'فبين', 'بينت', 'بينوا', 'يبين', 'يبينون']);
/** An earlier بين (بينها، بينهم) in the sentence: the و‌بين after it pairs with it ("between X and Y"). */
const PAIRED = /(?:^|\s)بين(?:ها|هم|هما|ه|نا|كم)?\s/u;
/** أن / إن / بأن within six words, no punctuation between. */
const THAT_SOON = /^\s+(?:[^\s،,.؛:«»"]+\s+){0,6}?ب?ان(?:ه|ها|هم|هما|نا)?(?:\s|$)/u;

/**
 * بين is "clarified" (وبين الوزير أن…) only where it opens a clause with و or ف; elsewhere it is
 * "between" (اللقاء بين الوزير ونظيره، الفرق بين X وبين Y), and so is a وبين that pairs with an
 * earlier بين of its sentence. Any form of it reports only with its أن a few words on (وبين الوزير
 * أن…), not with an object (يبين القيم، وبين فلان اتخاذ الخطوة).
 */
export const betweenIsNoCue: PositionRule = {
  id: 'between-is-no-cue',
  stage: 'positions',
  summary: 'بين reports only as a clause-opening وبين/فبين, not as "between" (اللقاء بين الوزير ونظيره)',
  example: 'وقال إن الفرق بين الوزير كمال الغربي وبين الوزير سامر الحديدي أن الأول يعمل.',
  cue(st) {
    if (!FORMS.has(st.w)) return 'next';
    const between = st.w === 'بين' || st.w === 'وبين' || st.w === 'فبين';
    if (st.w === 'بين' && st.pre !== 'و' && st.pre !== 'ف') return 'stop';
    const before = st.doc.norm.slice(Math.max(st.sStart, st.cueStart - PAIR_REACH), st.cueStart);
    if (between && PAIRED.test(before)) return 'stop';
    // "وبين الوزير أن…": its أن comes within a few words of it, the subject between
    return THAT_SOON.test(st.doc.norm.slice(st.cueEnd, st.cueEnd + 90)) ? 'next' : 'stop';
  },
};
