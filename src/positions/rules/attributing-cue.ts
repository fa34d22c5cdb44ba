import { wordAlternation } from '../../lexicon/compile.js';
import { ATTRIBUTING_OPENERS } from '../../lexicon/positionWords.js';
import type { PositionRule } from '../model.js';

// "، حسبما …", "بحسب ما …" ending the text before the cue.
const ATTRIBUTING = new RegExp(`(?:^|[\\s،,(])(?:${wordAlternation(ATTRIBUTING_OPENERS)})\\s+$`, 'u');

/** "…، حسبما صرح المتحدث": the cue attributes the clause before it; it opens no claim of its own. */
export const attributingCue: PositionRule = {
  id: 'attributing-cue',
  stage: 'positions',
  summary: 'a verb cue after حسبما / بحسب ما attributes the clause before it and opens no claim',
  example: 'وستبدأ أعمال الصيانة في الميناء الأسبوع المقبل، حسبما أعلن مدير الميناء نبيل العمراني أن الأعمال ستستمر شهرا.',
  cue(st) {
    return st.form.kind === 'verb' && ATTRIBUTING.test(st.head) ? 'stop' : 'next';
  },
};
