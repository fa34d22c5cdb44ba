import { OUTLET_HEADS } from '../../lexicon/cues.js';
import { normalizeForm, normalizeName } from '../../normalize/index.js';
import type { PositionRule } from '../model.js';

const OUTLETS = OUTLET_HEADS.map(normalizeForm);
/** Each outlet head with the space after it, made once (not a new string per head per statement). */
const OUTLETS_SPACED = OUTLETS.map((o) => o + ' ');

/**
 * An outlet's report ("ذكرت صحيفة المساء أن…", then "وأضافت أن…") is news, not a position: no
 * position is made, but the outlet stays the current speaker (current-speaker runs before) so that
 * its continuations are left out too.
 */
export const outletIsNews: PositionRule = {
  id: 'outlet-is-news',
  stage: 'positions',
  summary: 'what a news outlet reports (ذكرت صحيفة … أن) is news, not the outlet\'s position',
  example: 'وذكرت صحيفة المساء أن الحكومة ستعلن تعديلا وزاريا الأسبوع المقبل.',
  statement(st) {
    return isOutlet(st.holder.name) ? 'stop' : 'next';
  },
};

/** True when a holder's name is a news outlet's (صحيفة المساء، إذاعة الوادي). */
export function isOutlet(name: string): boolean {
  const n = normalizeName(name);
  for (let k = 0; k < OUTLETS.length; k++) if (n === OUTLETS[k] || n.startsWith(OUTLETS_SPACED[k])) return true;
  return false;
}
