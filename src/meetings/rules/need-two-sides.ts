import type { MeetingRule } from '../model.js';
import { fewSides } from './shared.js';

/**
 * A meeting needs two sides: a person and another side, or two countries or bodies that the
 * sentence lists as its sides or names as sides by its words (وفد من حركة فتح، مسؤولين روس;
 * body-as-side). Bodies of officials it does not name are not enough.
 */
export const needTwoSides: MeetingRule = {
  id: 'need-two-sides',
  stage: 'meetings',
  summary: 'a sentence with fewer than two sides (or no person and fewer than two listed or named sides) reports no meeting of its own',
  example: 'واستقبل الأمين العام لحركة فتح الأمين العام لحركة حماس في القاهرة.',
  sentence(st) {
    return fewSides(st) ? 'stop' : 'next';
  },
};
