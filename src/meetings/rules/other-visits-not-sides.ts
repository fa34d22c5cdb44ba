import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';
import { tokenAt } from '../../segment/tokens.js';

/** A visit noun (normalised, with و، ب، ل، ف before it): زيارة، الزيارة، بزيارة، وزيارات. */
const VISIT_NOUN = /^[وفبل]*(?:ال)?(?:زياره|زيارات)$/u;
/** The same without the article, as the head of a genitive (زيارة فلان; not في الزيارة فلان). */
const VISIT_OF = /^[وفبل]*(?:زياره|زيارات)$/u;
/** How many tokens (his titles, nothing else) may stand between the other visit noun and the visitor's name. */
const TITLE_WORDS = 6;

/**
 * "وتأتي زيارة الوزير فلان بعد زيارة نائب المستشارة علان"، "واستمرت زيارة فلان ثلاثة أيام بينما
 * استغرقت زيارة علان ساعات": the visitor named right after another visit noun of the sentence
 * made a visit of his own, no side of the cue's meeting.
 */
export const otherVisitsNotSides: MeetingRule = {
  id: 'other-visits-not-sides',
  stage: 'meetings',
  summary: 'the visitor of another visit in the sentence (زيارة فلان بعد زيارة علان) is no side of the cue\'s',
  example: 'واستمرت زيارة الرئيس سامر الحديدي ثلاثة أيام، بينما استغرقت زيارة الرئيسة ليلى الساعدي بالكاد ثلاث ساعات.',
  sentence(st) {
    const tokens = st.doc.tokens;
    if (!VISIT_NOUN.test(tokens[st.at0].text)) return 'next';
    const kept = st.candidates.filter((m) => {
      if (st.index.entities[m.entity].kind !== 'person') return true;
      const at = tokenAt(tokens, m.start);
      // back over his titles only (زيارة نائب المستشارة الألمانية فلان) to a visit noun
      for (let k = at - 1; k >= Math.max(st.from, at - 1 - TITLE_WORDS); k--) {
        if (!tokens[k + 1].joined) return true;
        if (VISIT_NOUN.test(tokens[k].text)) return k === st.at0 || !VISIT_OF.test(tokens[k].text);
        if (!st.a.roleTokens.has(k)) return true;
      }
      return true;
    });
    if (kept.length === st.candidates.length) return 'next';
    mark(st.trail, this.id);
    st.candidates = kept;
    return 'next';
  },
};
