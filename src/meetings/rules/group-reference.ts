import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';
import { peopleIn } from './shared.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** Plural references to the people just named: الزعماء الثلاثة، الرئيسان، الوزيران، القادة. */
const GROUP_REFERENCE = new RegExp(`(?<!${LETTER})(?:ال)?(?:زعماء|قاده|روساء|وزراء)\\s+(?:ال)?(?:ثلاثه|اربعه|خمسه)(?!${LETTER})|(?<!${LETTER})(?:الزعيمان|الزعيمين|الرييسان|الرييسين|الوزيران|الوزيرين)(?!${LETTER})`, 'u');

/**
 * Whether a text holds a word GROUP_REFERENCE needs: a number (ثلاثه، اربعه، خمسه) for its first
 * form, a dual's stem (الزعيم، الرييس، الوزير) for its second. A substring search spares the regex
 * most sentences.
 */
function mayReferToGroup(text: string): boolean {
  return GROUP_WORDS.test(text);
}
/** The words of mayReferToGroup as plain alternatives: one pass over the sentence, not a substring search per word. */
const GROUP_WORDS = /ثلاثه|اربعه|خمسه|الزعيم|الرييس|الوزير/;

/**
 * "… اللقاء الذي جمع الزعماء الثلاثة": a closed group (الزعماء الثلاثة، الرئيسان) is the people the
 * sentence before named together, where this sentence names fewer than two sides.
 */
export const groupReference: MeetingRule = {
  id: 'group-reference',
  stage: 'meetings',
  summary: 'a closed group (الزعماء الثلاثة، الوزيران) is the people the sentence before named',
  example: 'وألقى الرئيس كمال الغربي والملك زياد العمري والأمير هاني الزعبي كلمات في الافتتاح. وعقد الزعماء الثلاثة قمة مغلقة.',
  sentence(st) {
    if (st.ids.length >= 2 || !st.before || !mayReferToGroup(st.text) || !GROUP_REFERENCE.test(st.text)) return 'next';
    for (const id of peopleIn(st.index, st.before))
      if (!st.ids.includes(id)) {
        st.ids.push(id);
        mark(st.trail, this.id);
      }
    return 'next';
  },
};
