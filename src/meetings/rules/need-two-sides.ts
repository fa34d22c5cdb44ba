import type { MeetingRule } from '../model.js';
import { fewSides } from './shared.js';

/** A meeting needs two sides: a person and another side, or two listed countries or bodies. */
export const needTwoSides: MeetingRule = {
  id: 'need-two-sides',
  stage: 'meetings',
  summary: 'a sentence with fewer than two sides (or no person and fewer than two listed sides) reports no meeting of its own',
  example: 'والتقى وفد من حركة فتح وفدا من حركة حماس في القاهرة.',
  sentence(st) {
    return fewSides(st) ? 'stop' : 'next';
  },
};
