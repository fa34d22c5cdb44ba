import { GROUP_MET_HEADS } from '../../lexicon/meetingCues.js';
import { WordSet } from '../../lexicon/phrases.js';
import { peopleOf, type MeetingRule, type SentenceState } from '../model.js';
import { inCueClause, quoted } from './envoy-talks.js';
import { fewSides, PLACE_REACH, placeIn, PRONOUN_CUES, pushOneSided } from './shared.js';

const GROUP_HEADS = new WordSet(() => GROUP_MET_HEADS);
/** How far (characters) from the cue the person is named: "اجتمع وزير التعليم فلان"، "فلان خلال اجتماعه". */
const NEAR = 60;
/** How many words may stand between the cue and the group it names (اجتمع الوزير فلان اليوم بـ…). */
const GROUP_REACH = 10;

/**
 * "اجتمع الوزير فلان اليوم بوكلاء الوزارة": one named person meeting an unnamed group (وكلاء،
 * عددا من، ممثلي) held a meeting though its other side names no one. Only a meeting or reception
 * told as done, the person named in the cue's own clause, the group right after the cue.
 */
export const meetsAGroup: MeetingRule = {
  id: 'meets-a-group',
  stage: 'meetings',
  summary: 'one named person meeting an unnamed group (اجتمع فلان بوكلاء الوزارة) held a meeting',
  example: 'واجتمع وزير التعليم سامر الحديدي اليوم بوكلاء الوزارة ومديري المدارس لبحث خطة العام الدراسي.',
  sentence(st) {
    if (!fewSides(st)) return 'next';
    const { a, hit, index } = st;
    const people = peopleOf(st);
    const kind = hit!.cue.kind;
    if (people.length !== 1 || st.ids.length !== 1 || st.time !== null || (kind !== 'meeting' && kind !== 'reception') || hit!.cue.weak) return 'next';
    const person = index.entities[people[0]];
    // an official, named close to the cue: its subject, not a name elsewhere in the sentence
    // (a pronoun cue, اجتماعه، names him before its sentence: pronoun-cue-subject found him)
    const pronoun = PRONOUN_CUES.has(st.doc.tokens[st.at0].text);
    const resolved = pronoun && st.trail.includes('pronoun-cue-subject');
    if (!person.roles.length || !(resolved || person.mentions.some((m) => Math.abs(m.start - hit!.start) <= NEAR))) return 'next';
    if (quoted(st.doc.norm, st.s.start, hit!.start) || !(pronoun || inCueClause(st, person)) || !groupAfterCue(st)) return 'next';
    const place = placeIn(a, Math.max(st.from, st.at0 - PLACE_REACH), Math.min(st.to, st.at0 + PLACE_REACH));
    pushOneSided(st, this.id, person.id, kind, place, kind === 'reception' ? person.id : null);
    return 'stop';
  },
};

/** A group head within a few words after the cue, with no punctuation before it (ب، ل، مع peeled). */
function groupAfterCue(st: SentenceState): boolean {
  const tokens = st.doc.tokens;
  for (let i = st.after0; i < Math.min(st.to, st.after0 + GROUP_REACH); i++) {
    if (!tokens[i].joined) return false;
    const w = tokens[i].text;
    if (GROUP_HEADS.has(w) || GROUP_HEADS.has(w.replace(/^(?:و?(?:ب|ل)|مع)/, ''))) return true;
    if (w === 'مع' && GROUP_HEADS.has(tokens[i + 1]?.text ?? '')) return true;
  }
  return false;
}
