import { cueOf } from '../../lexicon/cueForms.js';
import type { Mention } from '../../entities/model.js';
import { isJointSubject, type Holder } from '../holder.js';
import type { CueState } from '../model.js';
import { subjectTokens } from '../subject.js';

/**
 * Helpers and reaches several position rules share. Word lists live in lexicon/positionWords.ts;
 * what one rule alone reads stays in its file.
 */

/** How far back (normalised characters) a previous speaker may be taken for a subjectless cue. */
export const SPEAKER_REACH = 1500;

/** How near (normalised characters) a person must be named before a relative pronoun to be its antecedent. */
export const RELATIVE_REACH = 90;

/** How near the start of a reported statement an inner cue must be for the statement to be a mere frame. */
export const FRAME_REACH = 80;

/** A dual verb form: أكدا، أكدتا، يؤكدان (its stem is itself a cue). */
export function isDual(w: string): boolean {
  const stem = /^(.+?)(?:تا|ان|ا)$/.exec(w)?.[1];
  return stem !== undefined && cueOf(stem)?.kind === 'verb';
}

/** The cue is a finite verb with no proclitic at all (not وأكد، فأكد). */
export function bareVerb(st: CueState): boolean {
  return st.form.kind === 'verb' && !st.pre;
}

/**
 * "وحول زيارة الرئيس فلان، أضاف أن"، "وعن لقائه بالوزير فلان، قال:": a phrase of topic (or of the
 * question put to the speaker) that opens the cue's sentence and ends in a comma right before the
 * cue. (Not عندما: "عندما وصل الوزير فلان، قال" is his.) Where
 * it ends (normalised offset), or -1. Who is named in it is the topic, not the cue's subject.
 */
export function frontedPhraseEnd(st: CueState): number {
  const head = st.doc.norm.slice(st.sStart, st.hit.index);
  if (!FRONTED.test(head)) return -1;
  // the phrase's first comma, the cue right after it ("وردا على الانتقادات، دافع الوزير … وقال" is no such frame)
  const comma = /[،,]/u.exec(head);
  return comma && /^[،,]\s*$/u.test(head.slice(comma.index)) ? st.sStart + comma.index : -1;
}

/** Openers of a fronted phrase of topic (normalised): حول، عن، بشأن، ردا على، بالعودة إلى، عند سؤاله. */
const FRONTED = /^[\s"«“]*[وف]?(?:لدي سواله|عند سواله|عن|حول|بشان|بخصوص|فيما يتعلق|في ما يتعلق|بالعوده الي|ردا علي|رد علي|تعليقا علي|في رده علي|بالنسبه)\s/u;

/** The first word after the cue (normalised) and where it starts; empty where none follows within 40 characters. */
export function wordAfterCue(st: CueState): { word: string; start: number } {
  const m = /^(\s*)(\S+)/u.exec(st.doc.norm.slice(st.cueEnd, st.cueEnd + 40));
  return m ? { word: m[2], start: st.cueEnd + m[1].length } : { word: '', start: st.cueEnd };
}

/** A holder named by a person or body mention: its entity's name. */
export function entityHolder(st: CueState, m: Mention, how: Holder['how']): Holder {
  return { name: st.a.entities.entities[m.entity].name, via: null, how };
}

/**
 * The subject zone between the cue and its particle names no holder of this cue: a participle has
 * its subject elsewhere; an object opening right after the cue, or a relative clause, leaves no
 * subject there; after a dual verb a named body is its object ("وطالبا الأمم المتحدة بـ…"), unless
 * the zone names the pair (الجانبان). Read once per cue.
 */
export function zoneSkipped(st: CueState): boolean {
  st.skipZone ??=
    st.form.kind === 'participle' ||
    st.objectFirst > 0 ||
    st.relativeTo !== undefined ||
    (st.dual && !isJointSubject(subjectTokens(st.doc, st.cueEnd, st.comp?.start ?? st.cueEnd)));
  return st.skipZone;
}
