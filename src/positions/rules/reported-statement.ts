import { orig, origText } from '../../document.js';
import type { Position } from '../../types.js';
import type { PositionRule } from '../model.js';

/**
 * A cue with a holder and a statement that every rule before let through makes a position: its
 * holder, the statement as written, the cue word, the cue's stance, and whether it is quoted. The
 * `rule` string ("verb:akkada/entity") says which cue and how the holder was found.
 */
export const reportedStatement: PositionRule = {
  id: 'reported-statement',
  stage: 'positions',
  summary: 'a cue with a holder and a statement makes a position',
  example: 'وأكد وزير الزراعة كمال الغربي أن محصول القمح وفير هذا العام.',
  statement(st) {
    const { doc, holder, stmt, form } = st;
    const o = orig(doc, stmt);
    const cue = { start: st.cueStart, end: st.cueEnd };
    const p: Position = {
      holder: holder.name,
      statement: doc.text.slice(o.start, o.end),
      cue: origText(doc, cue),
      stance: form.entry.stance,
      quote: stmt.quote,
      via: holder.via,
      start: o.start,
      end: o.end,
      rule: `${form.kind}:${form.entry.id}/${holder.how}`,
      rules: [this.id, ...st.trail],
    };
    st.a.found.push({ p, cueAt: orig(doc, cue).start, span: stmt, cue: st.cueStart });
    return 'next';
  },
};
