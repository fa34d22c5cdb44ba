import type { CueForm } from '../../lexicon/cueForms.js';
import { mark } from '../../rules.js';
import { findComplement } from '../complement.js';
import type { PositionRule } from '../model.js';

// How many words may stand between a cue and its complement: a verb has its subject and an
// adverbial between them ("وأكد وزير الخارجية الأردني سامر الحديدي خلال اللقاء أن"); a participle
// or verbal noun takes its complement almost at once ("مؤكدا على", "تشديد الوزير على").
const MAX_WORDS: Record<CueForm['kind'], number> = { verb: 24, participle: 3, noun: 6 };

/**
 * The particle or mark that opens what the cue reports (أن، على، إلى، عن، من، بـ، a colon or a
 * quotation mark), as the cue's entry admits, within its clause. Where none is found the cue may
 * still take a direct object (bounded-subject, statement-start).
 */
export const findComplementRule: PositionRule = {
  id: 'find-complement',
  stage: 'positions',
  summary: 'the particle or quotation mark that opens what the cue reports (أن، على، إلى، «…»), near enough to the cue',
  example: 'وأكد وزير الزراعة كمال الغربي خلال زيارته للمزارع أن محصول القمح وفير هذا العام.',
  cue(st) {
    st.comp = findComplement(st.doc, st.cueEnd, st.limit, st.form.entry.complements, MAX_WORDS[st.form.kind]);
    if (st.comp) mark(st.trail, this.id);
    return 'next';
  },
};
