import { dropPersonsAfter } from './shared.js';
import type { MeetingRule } from '../model.js';
import { LETTER } from '../../lexicon/wordChars.js';

/**
 * Nouns that introduce a private person, right before the name (normalised): المواطن فلان، الشاب
 * فلان، الطالبة فلانة، الشاعر الشاب فلان (طالب only with the article: وطالب فلان is "demanded").
 */
const PRIVATE_PERSON = new RegExp(
  `(?<!${LETTER})[وبل]?(?:(?:ال)?(?:مواطن|مواطنه|شاب|شابه|طفل|طفله|مريض|مريضه|سايق|مقيم|مقيمه|مسن|مسنه)|ال(?:طالب|طالبه))\\s+$`,
  'u',
);

/**
 * "والتقى بالمواطن فلان الذي تضرر منزله"، "قال المواطن فلان": a private person (المواطن، الشاب،
 * الطالب) met or quoted is no side of a meeting between officials; who met whom is about those who
 * speak for a state or a body.
 */
export const privatePersonsNotSides: MeetingRule = {
  id: 'private-persons-not-sides',
  stage: 'meetings',
  summary: 'a private person (المواطن فلان، الشاب فلان) met or quoted is no side',
  example: 'وتفقد المحافظ كمال الغربي الأحياء المتضررة أمس، والتقى بالمواطن سامر الحديدي الذي تضرر منزله.',
  sentence(st) {
    dropPersonsAfter(st, PRIVATE_PERSON, 16, this.id);
    return 'next';
  },
};
