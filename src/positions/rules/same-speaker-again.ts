import { normalizeForm, normalizeName } from '../../normalize/index.js';
import { firstWord } from '../holder.js';
import type { PositionRule } from '../model.js';
import { mark } from '../../rules.js';

/** Nouns that "the same" (نفس، ذات) refers back to a speaker with: ذات المصدر، نفس المسؤول. */
const SPEAKER_NOUNS: ReadonlySet<string> = new Set(
  ['المصدر', 'المصادر', 'المسؤول', 'المسؤولة', 'المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'الوزير', 'الوزيرة', 'الخبير', 'الخبيرة', 'المحلل', 'الباحث', 'الباحثة', 'النائب', 'النائبة', 'المسؤولين', 'المتحدثين', 'الوزارة', 'الجهة', 'الهيئة', 'المنظمة']
    .map(normalizeForm),
);
/** Sources (المصدر، المصادر): the same source is one the article quoted as a source. */
const SOURCES: ReadonlySet<string> = new Set(['المصدر', 'المصادر']);
/** How far back (normalised characters) the speaker referred to may have spoken. */
const SAME_REACH = 2000;

/**
 * "وأضاف ذات المصدر"، "وقالت نفس المسؤولة": "the same source / official" is the current speaker,
 * who spoke last; with no speaker in reach, or "the same" of something else (نفس الكلام، ذات
 * مغزى), the phrase names no holder.
 */
export const sameSpeakerAgain: PositionRule = {
  id: 'same-speaker-again',
  stage: 'positions',
  summary: 'a holder "the same source / official" (ذات المصدر، نفس المسؤولة) is the speaker who spoke last',
  example: 'قال مصدر أمني إن الشرطة أوقفت ثلاثة أشخاص. وأضاف ذات المصدر أن التحقيق متواصل.',
  statement(st) {
    // (the first word read before the name is split: most holders are no "the same …")
    const name = normalizeName(st.holder.name);
    const first = firstWord(name);
    if (first !== 'نفس' && first !== 'ذات') return 'next';
    const words = name.split(' ');
    const last = st.a.last;
    if (!SPEAKER_NOUNS.has(words[1] ?? '') || !last || st.cueStart - last.at > SAME_REACH) return 'stop';
    // "ذات المصدر" is a source that spoke last, not whoever did (a body, a person named since)
    if (SOURCES.has(words[1]) && !normalizeName(last.holder.name).split(' ').some((w) => SOURCES.has('ال' + w) || SOURCES.has(w))) return 'stop';
    st.holder = { ...last.holder, end: st.holder.end };
    mark(st.trail, this.id);
    return 'next';
  },
};
