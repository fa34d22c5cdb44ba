import { dropPersonsAfter } from './shared.js';
import type { MeetingRule } from '../model.js';
import { BMP_LETTER_RANGES, BMP_MARK_RANGES, LETTER } from '../../lexicon/wordChars.js';

/** Nouns for someone's forces, followers or government, up to three words before the name (قوات فلان، حكومة الملكة فلانة). */
const FORCES_OF = new RegExp(`(?<!${LETTER})(?:[وبل]?(?:ال)?(?:قوات|ميليشيات|ميليشيا|مليشيات|مليشيا|اتباع|انصار|عناصر|مسلحي|مقاتلي|حزب|نظام))\\s+(?:[${BMP_LETTER_RANGES}${BMP_MARK_RANGES}"«»]+\\s+){0,3}$|(?<!${LETTER})(?<!(?:رييس|رييسه|وزير|وزيره)\\s)[وبل]?(?:ال)?(?:حكومه|اداره)\\s+(?:${LETTER}+\\s+){1,2}$`, 'u');

/** A leader named for his forces or government (قوات فلان، أنصار فلان، حكومة الملكة فلانة) is not at the table. */
export const forcesOfLeader: MeetingRule = {
  id: 'forces-of-leader',
  stage: 'meetings',
  summary: 'a person named for his forces, followers or government (قوات فلان، حكومة فلان) is no side',
  example: 'التقى الوزير سامر الحديدي قائد الجيش كمال الغربي لبحث تقدم قوات مازن الخطيب نحو المدينة.',
  sentence(st) {
    dropPersonsAfter(st, FORCES_OF, 40, this.id);
    return 'next';
  },
};
