import { tokensIn } from '../../segment/tokens.js';
import type { PositionRule } from '../model.js';

/** A statement of fewer than two words ("أكد ذلك") states nothing that can stand alone. */
export const statementTooShort: PositionRule = {
  id: 'statement-too-short',
  stage: 'positions',
  summary: 'a statement of fewer than two words is no position',
  example: 'وقال الوزير كمال الغربي: «نعم».',
  statement(st) {
    const { stmt } = st;
    return stmt.end <= stmt.start || tokensIn(st.doc, stmt.start, stmt.end, 8).filter((t) => t.word).length < 2 ? 'stop' : 'next';
  },
};
