import { peopleOf, type MeetingRule, type SentenceState } from '../model.js';
import { quoted } from './envoy-talks.js';
import { AWAITED_GATHERING, fewSides, keepOnePerUnmetPerson, PLACE_REACH, placeIn, pushOneSided } from './shared.js';

/** The gathering as a noun (normalised): a meeting, a session or a summit, bare, with the article or a pronoun. */
const GATHERING = /^[وفبل]*(?:ال)?(?:اجتماع|اجتماعا|اجتماعات|جلسه|جلسات|اجتماعه|اجتماعها|اجتماعهم|جلستها|جلسته|قمه)$/u;
/** برئاسة, with و or ب before it (وبرئاسة). */
const CHAIRED = /^و?بري?اسه$/u;
/** How many words after the gathering برئاسة may stand (اجتماعها الأول أمس في محافظة بيشة برئاسة). */
const CHAIR_REACH = 12;
/** How many words after برئاسة the chair may be named (his titles first: برئاسة وزير الحج الدكتور فلان). */
const NAME_REACH = 7;
/** A gathering still to come: المقبل (AWAITED_GATHERING), قريبا، a verb in the future (سيعقد). */
const awaited = (w: string): boolean => AWAITED_GATHERING.test(w) || w === 'قريبا' || /^[وف]?س[يت]/u.test(w);

/**
 * "عقدت اللجنة اجتماعها الأول أمس برئاسة المحافظ فلان"، "اجتماع طارئ برئاسة وزير الخارجية فلان"، "أعمال القمة برئاسة الملك فلان":
 * the named person who chaired a meeting or session took part in it, though the sentence names no
 * other side. Only a gathering told as held (not one to come), the chair named right after
 * برئاسة, not quoted; his other meetings in the article tell it, as for a visit.
 */
export const chairedGathering: MeetingRule = {
  id: 'chaired-gathering',
  stage: 'meetings',
  summary: 'the named chair of a meeting or session (اجتماع … برئاسة الوزير فلان) took part in it',
  example: 'وعقدت لجنة الحج اجتماعها الأول أمس في مكة المكرمة برئاسة وزير الحج سامر الحديدي لمناقشة خطط الموسم.',
  sentence(st) {
    if (!fewSides(st)) return 'next';
    const { a, hit, index } = st;
    const people = peopleOf(st);
    if (people.length !== 1 || st.ids.length !== 1 || st.time !== null || (hit!.cue.kind !== 'meeting' && hit!.cue.kind !== 'summit')) return 'next';
    if (!GATHERING.test(st.doc.tokens[st.at0].text) || quoted(st.doc.norm, st.s.start, hit!.start)) return 'next';
    const chair = index.entities[people[0]];
    if (chair.roleKind === 'spokesman') return 'next';
    const at = chairedAt(st);
    if (at < 0) return 'next';
    const from = st.doc.tokens[at].end;
    const to = st.doc.tokens[Math.min(st.to - 1, at + NAME_REACH)].end;
    // the chair: named in the few words after برئاسة, with no one else named before him there
    const named = st.inSentence.filter((m) => m.start >= from && m.end <= to);
    if (!named.length || named[0].entity !== chair.id) return 'next';
    const place = placeIn(a, Math.max(st.from, st.at0 - PLACE_REACH), at);
    pushOneSided(st, this.id, chair.id, 'meeting', place);
    return 'stop';
  },
  refine(a) {
    keepOnePerUnmetPerson(a, this.id);
  },
};

/** The token of برئاسة a few words after the gathering, with no full stop or awaited word between; -1 if none. */
function chairedAt(st: SentenceState): number {
  const tokens = st.doc.tokens;
  for (let i = st.after0; i < Math.min(st.to, st.after0 + CHAIR_REACH); i++) {
    const w = tokens[i].text;
    if (CHAIRED.test(w)) return i;
    if (awaited(w)) return -1;
  }
  return -1;
}
