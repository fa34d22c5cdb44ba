import { normalizeForm } from '../../normalize/index.js';
import type { MeetingRule } from '../model.js';
import { dateIn, placeIn } from './shared.js';

/** Verbs of a body holding its own session: يجتمع، تعقد اجتماعها، اجتمع. */
const SESSION_CUES = new Set(['يجتمع', 'تجتمع', 'اجتمع', 'اجتمعت', 'يعقد', 'تعقد', 'عقد', 'عقدت'].map(normalizeForm));

/**
 * "المجلس الوطني يجتمع …": a council or assembly, first in its sentence and right before a
 * session verb, meets as a body; its meeting has that body alone.
 */
export const councilSession: MeetingRule = {
  id: 'council-session',
  stage: 'meetings',
  summary: 'a body that opens its sentence before a session verb (المجلس الوطني يجتمع) holds a meeting of its own',
  example: 'البرلمان العربي يجتمع اليوم في القاهرة لمناقشة الموازنة.',
  sentence(st) {
    if (st.ids.length >= 2) return 'next';
    const { index, doc, hit, s } = st;
    const first = st.inSentence.find((m) => index.entities[m.entity].kind !== 'person');
    if (!first || index.entities[first.entity].kind !== 'organization') return 'next';
    if (!/^[\s«»"“”]*(?:و)?$/u.test(doc.norm.slice(s.start, first.start))) return 'next';
    if (!/^\s*$/u.test(doc.norm.slice(first.end, hit!.start)) || !SESSION_CUES.has(doc.norm.slice(hit!.start, hit!.end))) return 'next';
    const date = dateIn(st.a, s);
    st.a.out.push({
      participants: [first.entity],
      host: null,
      kind: 'meeting',
      cue: { start: hit!.start, end: hit!.end },
      location: placeIn(st.a, st.from, st.to),
      date: date.span,
      isoDate: date.iso,
      span: { start: s.start, end: s.end },
      rules: [this.id, ...st.trail],
      sides: [first.entity],
    });
    return 'stop';
  },
};
