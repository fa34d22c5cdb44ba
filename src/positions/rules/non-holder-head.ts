import { NON_HOLDER_HEADS } from '../../lexicon/cues.js';
import { WordSet } from '../../lexicon/phrases.js';
import { normalizeName } from '../../normalize/index.js';
import { firstWord } from '../holder.js';
import type { PositionRule } from '../model.js';

const NON_HOLDERS = new WordSet(() => NON_HOLDER_HEADS);

/** "رفضت النقابات القرار الحكومي": a decision, an agreement or a plan read as a subject states nothing. */
export const nonHolderHead: PositionRule = {
  id: 'non-holder-head',
  stage: 'positions',
  summary: 'a holder phrase headed by a decision, agreement or plan (القرار، الاتفاق، الخطة) is no holder',
  example: 'وأكد القرار الجديد أن الضرائب ستخفض على المواد الغذائية.',
  statement(st) {
    const { holder } = st;
    return (holder.how === 'phrase' || holder.how === 'title') && NON_HOLDERS.has(firstWord(normalizeName(holder.name))) ? 'stop' : 'next';
  },
};
