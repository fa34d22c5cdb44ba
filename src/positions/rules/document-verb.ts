import type { PositionRule } from '../model.js';

/** Cues of what a text stipulates (ينص، تنص، نصت): a document's, never a person's own word. */
const DOCUMENT_CUES: ReadonlySet<string> = new Set(['nassa']);

/**
 * "الاتفاق الذي وقعه الوزير فلان ينص على …": what a law, an agreement or a plan stipulates is no
 * person's position, whoever drafted, signed or is named near it. A position of such a cue whose
 * holder is a person is dropped; a body, state or meeting side that issued the text keeps it.
 */
export const documentVerb: PositionRule = {
  id: 'document-verb',
  stage: 'positions',
  summary: 'what a text stipulates (ينص على) is no person\'s position',
  example: 'ووقع الوزير كمال الغربي اتفاق الشراكة الذي ينص على إعفاء السلع الزراعية من الرسوم الجمركية.',
  statement(st) {
    if (!DOCUMENT_CUES.has(st.form.entry.id)) return 'next';
    const name = st.holder.name;
    return st.ctx.entities.entities.some((e) => e.kind === 'person' && e.name === name) ? 'stop' : 'next';
  },
};
