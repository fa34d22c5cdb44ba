import type { PositionRule } from '../model.js';

/** "…تصريح ينتقد رئيس البلدية⏎": a bounded subject that ends its line leaves nothing to state. */
export const nothingLeftToState: PositionRule = {
  id: 'nothing-left-to-state',
  stage: 'positions',
  summary: 'a statement that would start past the end of its clause (a subject ending the line) is nothing stated',
  example: 'انتقد النائب رائد الكبيسي\nوفي سياق آخر افتتح الوزير كمال الغربي مدرسة جديدة.',
  cue(st) {
    return st.contentStart !== undefined && st.contentStart >= st.limit ? 'stop' : 'next';
  },
};
