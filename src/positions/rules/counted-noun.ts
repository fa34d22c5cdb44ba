import type { PositionRule } from '../model.js';
import { bareVerb } from './shared.js';
import { LETTER, NUMBER } from '../../lexicon/wordChars.js';
import { normalizeForm } from '../../normalize/index.js';

/** Verb spellings that are also nouns (normalised): طالب "student", طلب "request", وعد "promise". */
const NOUN_SPELLINGS: ReadonlySet<string> = new Set(['طالب', 'طالبا', 'طلب', 'طلبا', 'وعد', 'وعدا'].map(normalizeForm));

/** A number or a count word right before (147، ألف، آلاف، مئات، عشرات، عدد). */
const COUNT_BEFORE = new RegExp(`(?:${NUMBER}|(?<!${LETTER})(?:الف|الاف|مليون|ملايين|مئات|عشرات|عدد))\\s+$`, 'u');
/** A name particle right before (أبي طالب، بن طالب). */
const NAME_PARTICLE_BEFORE = new RegExp(`(?<!${LETTER})(?:ابو|ابي|ابا|بن|ابن)\\s+$`, 'u');

/**
 * "147 طالبا"، "ألف طلب"، "علي بن أبي طالب": a verb spelling that is also a noun, right after a
 * number or a count word, is the noun (student, request, promise); any verb spelling right after a
 * name particle is part of a name. Neither reports anyone's words. (A year before a verb, "في 2017
 * أعلن", leaves a verb that is no noun a verb.)
 */
export const countedNoun: PositionRule = {
  id: 'counted-noun',
  stage: 'positions',
  summary: 'طالب، طلب، وعد after a number or count word (147 طالبا) are nouns, and a verb spelling after a name particle (أبي طالب) a name: no cue',
  example: 'وقال الوزير سامر الحديدي إن المدرسة تستقبل هذا العام 147 طالبا بالسكن الداخلي.',
  cue(st) {
    if (!bareVerb(st)) return 'next';
    if (NAME_PARTICLE_BEFORE.test(st.head)) return 'stop';
    return NOUN_SPELLINGS.has(st.w) && COUNT_BEFORE.test(st.head) ? 'stop' : 'next';
  },
};
