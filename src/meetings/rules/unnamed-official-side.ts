import { mark } from '../../rules.js';
import { origText } from '../../document.js';
import type { Entity } from '../../entities/model.js';
import type { MeetingRule } from '../model.js';
import { quoted } from './envoy-talks.js';

/** How far (characters) after the cue an unnamed official it meets may be named: the subject may stand between. */
const REACH = 90;
/** Commas between the cue and the title only around one or two words (a day, a time), and none after. */
const TIME_BETWEEN_COMMAS = /^[^،,]*[،,]\s*\S+(?:\s+\S+)?\s*[،,]\s*(?:مع\s+)?[وبل]?$/u;

/**
 * "اتصل الرئيس فلان برئيس الوزراء الكندي": one named person meeting or calling a head of state or
 * government, or a foreign or defence minister, whom the article names by title and state alone
 * (entities: unnamedOfficials) met that state: the state is the other side (corpus README: a side
 * named only as a country is the country), with the title as its role. Only the first such title
 * within reach after a strong cue, in its sentence, not quoted, of another state than the person's.
 */
export const unnamedOfficialSide: MeetingRule = {
  id: 'unnamed-official-side',
  stage: 'meetings',
  summary: 'one person meeting an official named only by title and state (رئيس الوزراء الكندي) met that state',
  example: 'واتصل الرئيس الأردني سامر الحديدي برئيس الوزراء الكندي وبحث معه العلاقات الثنائية.',
  sentence(st) {
    const { index, hit } = st;
    if (st.ids.length !== 1 || !index.officials.length || hit!.cue.weak || hit!.cue.kind === 'summit' || hit!.cue.kind === 'conference') return 'next';
    const side = index.entities[st.ids[0]];
    if (side.kind !== 'person') return 'next';
    const o = index.officials.find((x) => x.start >= hit!.end && x.start - hit!.end <= REACH && x.end <= st.s.end);
    // (not a meeting someone tells in a quotation, with «…» or with straight quotes)
    if (!o || o.country === side.country || quoted(st.doc.norm, st.s.start, hit!.start) || straightQuoted(st.doc.norm, st.s.start, hit!.start)) return 'next';
    // nothing between the cue and the title ends the clause (a full stop, a colon, a quotation), and
    // a comma only around a time (التقى فلان، الخميس، رئيس الوزراء الكندي): "زيارة فلان إلى الصين
    // عام 1972، قال رئيس الوزراء الصيني" names him in a clause of his own
    const between = st.doc.norm.slice(hit!.end, o.start);
    if (/[.:؛;«»"“”]/u.test(between) || (/[،,]/u.test(between) && !TIME_BETWEEN_COMMAS.test(between))) return 'next';
    const written = origText(st.doc, o);
    let state: Entity | undefined = index.entities.find((e) => e.kind === 'country' && e.country === o.country);
    // a state the article does not name joins the index's entities with the title as its one
    // mention, but not its lookups by position: the positions see no new mention
    if (!state) {
      state = { id: index.entities.length, kind: 'country', name: written, aliases: [], roles: [], roleKind: null, country: o.country, organization: null, affiliationSource: 'stated', mentions: [{ start: o.start, end: o.end, entity: index.entities.length, type: 'description', rule: this.id }] };
      index.entities.push(state);
    }
    if (!state.roles.includes(written)) state.roles.push(written);
    const trail = (state.rules ??= []);
    if (!trail.includes(this.id)) trail.push(this.id);
    st.ids.push(state.id);
    mark(st.trail, this.id);
    return 'next';
  },
};

/** The position `at` lies inside a quotation in straight quotes opened after `from` (an odd number of them before it). */
function straightQuoted(norm: string, from: number, at: number): boolean {
  let n = 0;
  for (let k = norm.indexOf('"', from); k >= 0 && k < at; k = norm.indexOf('"', k + 1)) n++;
  return n % 2 === 1;
}
