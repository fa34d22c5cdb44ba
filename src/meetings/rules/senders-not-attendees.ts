import { normalizeForm } from '../../normalize/index.js';
import { mark } from '../../rules.js';
import { tokenAt } from '../../segment/tokens.js';
import type { Mention } from '../../entities/model.js';
import type { MeetingRule, SentenceState } from '../model.js';

/** What one sends through another: a letter, a cable, greetings, congratulations, condolences (normalised, with ب/ل/و). */
const SENT = new Set(
  ['رسالة', 'رسالتين', 'رسائل', 'برقية', 'تحيات', 'تحية', 'تهنئة', 'تهاني', 'تعازي', 'تمنيات'].flatMap((w) => {
    const n = normalizeForm(w);
    return [n, `ال${n}`, `و${n}`, `ب${n}`, `ل${n}`, `بال${n}`];
  }),
);
/** Verbs of carrying or receiving what was sent: سلمه رسالة، نقل تحيات، تسلم برقية، تلقى رسالة. */
const CARRY = /^[وف]?(?:سلم|تسلم|استلم|نقل|ينقل|حمل|يحمل|تلقي|يتلقي|ناقلا|حاملا|مسلما|متسلما)(?:ه|ها|هم|ت|تا|وا|ا)?$/u;

/** Whether a verb of carrying stands at most three words before what is sent (at token k). */
function carried(tokens: readonly { text: string }[], k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) if (CARRY.test(tokens[j].text)) return true;
  return false;
}

/** Whether mention m names the sender of what a carrying verb stands before: "سلمه رسالة خطية من الرئيس فلان". */
function namedAsSender(st: SentenceState, m: Mention): boolean {
  const tokens = st.doc.tokens;
  const at = tokenAt(tokens, m.start);
  for (let k = at - 1; k >= Math.max(st.from, at - SENDER_REACH); k--) {
    if (SENT.has(tokens[k].text)) return carried(tokens, k, st.from);
    // another person's name between them: the sender is that one
    const start = tokens[k].start;
    if (st.inSentence.some((o) => o.entity !== m.entity && o.start <= start && o.end > start && st.index.entities[o.entity].kind === 'person')) return false;
  }
  return false;
}

/** How many words may stand between what is sent and its sender: رسالة خطية من الرئيس الجزائري، … من خادم الحرمين الشريفين الملك فلان. */
const SENDER_REACH = 9;

/**
 * "التقى السيسي بن صالح الذي سلمه رسالة خطية من الرئيس بوتفليقة"، "نقل له تحيات الرئيس بوتين":
 * the one whose letter or greetings someone else carried or received sent them and is no side of
 * the meeting, unless the sentence names him elsewhere too. A letter he wrote himself (وجهت فلانة
 * رسالة شكر إلى …) may be the encounter told, and is left alone.
 */
export const sendersNotAttendees: MeetingRule = {
  id: 'senders-not-attendees',
  stage: 'meetings',
  summary: 'the sender of a letter or greetings carried to a meeting (رسالة من الرئيس فلان، تحيات الرئيس فلان) is no side',
  example: 'واستقبل الرئيس كمال الغربي الوزير سامر الحديدي الذي سلمه رسالة خطية من الرئيس طلال العمري.',
  sentence(st) {
    const senders = new Set<number>();
    for (const m of st.candidates) if (st.index.entities[m.entity].kind === 'person' && namedAsSender(st, m)) senders.add(m.entity);
    if (!senders.size) return 'next';
    // one named elsewhere in the sentence as well is more than the sender
    for (const m of st.inSentence) if (senders.has(m.entity) && !namedAsSender(st, m)) senders.delete(m.entity);
    const kept = st.candidates.filter((m) => !senders.has(m.entity));
    if (kept.length < st.candidates.length) mark(st.trail, this.id);
    st.candidates = kept;
    return 'next';
  },
};
