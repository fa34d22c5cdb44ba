import type { EntityIndex } from '../../entities/model.js';
import type { PositionRule } from '../model.js';
import { bareVerb } from './shared.js';
import { LETTER } from '../../lexicon/wordChars.js';

// An indefinite feminine or plural noun just before a word: "تعديلات "، "منطقة ".
const INDEFINITE_BEFORE = new RegExp(`(?:^|\\s)(?!ال)${LETTER}{2,}(?:ات|ه)\\s+$`, 'u');

/**
 * "مقترحات يطالب النواب بإدراجها"، "في منطقة يؤكد السكان أنها…": a present verb right after an
 * indefinite noun (no one named there) describes that noun; it opens no claim of its own.
 */
export const describesIndefiniteNoun: PositionRule = {
  id: 'describes-indefinite-noun',
  stage: 'positions',
  summary: 'a present verb right after an indefinite noun (مقترحات يطالب…) describes the noun and opens no claim',
  example: 'وناقش المجلس البلدي مقترحات يطالب السكان بإدراجها في خطة العام المقبل.',
  cue(st) {
    if (!bareVerb(st) || !/^[يت]/.test(st.w) || !INDEFINITE_BEFORE.test(st.head)) return 'next';
    return namedJustBefore(st.a.entities, st.hit.index) ? 'next' : 'stop';
  },
};

/** True when a mention starts, or a person's name ends, in the few characters before `at`. */
function namedJustBefore(entities: EntityIndex, at: number): boolean {
  const p = entities.lastPersonBefore(at);
  return entities.firstMentionIn(at - 12, at) !== undefined || (p !== undefined && at - p.end <= 2);
}
