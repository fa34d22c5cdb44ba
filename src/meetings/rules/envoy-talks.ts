import type { Entity } from '../../entities/model.js';
import { peopleOf, type MeetingRule, type SentenceState } from '../model.js';
import { COMPLEMENTISERS, SELF_COMPLEMENTISERS } from './reporters-not-attendees.js';
import { fewSides, PLACE_REACH, placeIn, pushOneSided } from './shared.js';

/**
 * "أجرى المبعوث الأممي فلان مباحثات في بنغازي": a mediator's talks at a named place are talks held
 * there though the sentence names no other side. Not talks quoted from someone ("«سمعنا عن جولة
 * مشاورات …»") nor talks an envoy speaks of ("قال المبعوث … إن المحادثات متعثرة": he must stand
 * in the cue's own clause).
 */
export const envoyTalks: MeetingRule = {
  id: 'envoy-talks',
  stage: 'meetings',
  summary: 'an envoy\'s talks at a named place are reported though no other side is named',
  example: 'أجرى المبعوث الأممي سليم العمري مباحثات في الخرطوم أمس حول وقف إطلاق النار.',
  sentence(st) {
    if (!fewSides(st)) return 'next';
    const { a, hit, index } = st;
    const people = peopleOf(st);
    // (the place, a search of the whole sentence, is looked for last)
    if (st.time !== null || people.length !== 1 || st.ids.length !== 1 || hit!.cue.kind !== 'talks' || !placeIn(a, st.from, st.to)) return 'next';
    const envoy = index.entities[people[0]];
    if (envoy.roleKind !== 'envoy' || quoted(st.doc.norm, st.s.start, hit!.start) || !inCueClause(st, envoy)) return 'next';
    const near = placeIn(a, Math.max(st.from, st.at0 - PLACE_REACH), Math.min(st.to, st.at0 + PLACE_REACH));
    if (!near) return 'next';
    pushOneSided(st, this.id, envoy.id, 'talks', near);
    return 'stop';
  },
};

/** The position `at` lies inside a quotation opened after `from` («…» or “…”). */
export function quoted(norm: string, from: number, at: number): boolean {
  const text = norm.slice(from, at);
  const open = (text.match(/[«“]/gu) ?? []).length;
  const close = (text.match(/[»”]/gu) ?? []).length;
  return open > close;
}

/** The person is named in the cue's clause: after the last أن/إن before the cue, or anywhere in a sentence with none. */
export function inCueClause(st: SentenceState, e: Entity): boolean {
  const tokens = st.doc.tokens;
  let open = st.from;
  for (let i = st.from; i < st.at0; i++) if (COMPLEMENTISERS.has(tokens[i].text) || SELF_COMPLEMENTISERS.has(tokens[i].text)) open = i + 1;
  if (open === st.from) return true;
  const lo = tokens[open].start;
  const hi = tokens[st.at0].start;
  return e.mentions.some((m) => m.start >= lo && m.start < hi);
}
