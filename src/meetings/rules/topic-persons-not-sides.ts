import { dropPersonsAfter } from './shared.js';
import type { MeetingRule } from '../model.js';
import { LETTER } from '../../lexicon/wordChars.js';

/**
 * Nouns that make the person after them what is talked about (normalised): قضية، ملف، مقتل،
 * اختفاء، مصير، اعتقال، الإفراج عن … , then at most five definite words of his titles (الصحفي
 * والكاتب السعودي،; not إلى، الذي) and the name. No مع or other word between: "ملف اللاجئين مع الرئيس فلان" keeps
 * the one met.
 */
const TOPIC_OF = new RegExp(
  `(?<!${LETTER})[وبل]?(?:ال)?(?:قضيه|ملف|مقتل|اختفاء|مصير|اغتيال|اعتقال|احتجاز|سجن|محاكمه|وفاه|قتل|اطلاق\\s+سراح|الافراج\\s+عن|الافراج\\s+عنه)` +
    `(?:\\s*[،,]?\\s+(?!(?:الي|الذي|التي|الذين)\\s)[وف]?ال${LETTER}+){0,5}\\s*[،,]?\\s+$`,
  'u',
);

/**
 * "وصل الوزير فلان إلى الرياض للقاء الملك علان لمناقشة قضية الصحفي فلان"، "بحثا مصير الرئيس
 * فلان": a person who is what the meeting is about (his case, his fate, his killing, his release)
 * is no side of it.
 */
export const topicPersonsNotSides: MeetingRule = {
  id: 'topic-persons-not-sides',
  stage: 'meetings',
  summary: 'a person the meeting is about (قضية الصحفي فلان، مصير فلان، الإفراج عن فلان) is no side',
  example: 'التقى الوزير سامر الحديدي الرئيس كمال الغربي لبحث قضية الصحفي المعتقل مازن الخطيب.',
  sentence(st) {
    dropPersonsAfter(st, TOPIC_OF, 70, this.id);
    return 'next';
  },
};
