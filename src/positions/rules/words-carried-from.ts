import { mark } from '../../rules.js';
import { plainText } from '../../document.js';
import type { Mention } from '../../entities/model.js';
import type { CueState, PositionRule } from '../model.js';
import { entityHolder } from './shared.js';
import { cueOfWord } from '../../lexicon/cueForms.js';
import { normalizeForm } from '../../normalize/index.js';

/** "قوله"، "قولها": a saying, whose owner the verb that carries it names (normalised). */
const SAYING: ReadonlySet<string> = new Set(['قوله', 'قولها', 'قولهم', 'قولهما']);
/**
 * "ونقلت الوكالة عن فلان"، "ونسبت الصحيفة إلى فلان": a verb that carries another's words, its
 * outlet as subject, and the preposition before the source (normalised, with و or ف).
 */
const CARRY = /(?:^|\s)[وف]?(?:(?:نقل|نقلت|نقلوا|تنقل|ينقل|اورد|اوردت|ذكر|ذكرت)\s(?:[^.!?؟:«»"“”]*?\s)?(عن(?:ه|ها|هم|هما)?)|(?:نسب|نسبت|تنسب|ينسب)\s(?:[^.!?؟:«»"“”]*?\s)?(الي(?:ه|ها|هم|هما)?))\s/gu;
/** A noun ending in its owner's pronoun (normalised): تأكيده، تحذيرها، دعوتهم. */
const POSSESSED = /\S{3,}(?:ه|ها|هم|هما)$/u;
/** عن or إلى with a pronoun: the source is one named before (normalised). */
const PRONOUN_SOURCE = /^(?:عنه|عنها|عنهم|عنهما|اليه|اليها|اليهم|اليهما)$/u;
/** How far before the saying the verb that carries it may stand (characters). */
const REACH = 220;

/**
 * "ونقلت وكالة الأنباء عن وزير الخارجية فلان قوله إن…"، "ونسبت الصحيفة إلى فلان قوله…"، "ونقلت
 * عنه الوكالة قوله…": the saying (قوله) is the words of the source after عن (or إلى); the outlet
 * that carried them is only the reporter (via), as with "نقلا عن". The source is the first person
 * named after the preposition (his titles and a relative clause may follow him, between commas),
 * else a body named right after it, else its words; with a pronoun (عنه), the person named last
 * before it. A saying no such verb carries (قوله تعالى، حسب قوله، ما يمكنني قوله) states nothing.
 */
export const wordsCarriedFrom: PositionRule = {
  id: 'words-carried-from',
  stage: 'positions',
  summary: 'in "نقلت الوكالة عن فلان قوله إن…" the one after عن holds the words, the outlet only carried them',
  example: 'ونقلت وكالة الأنباء الأردنية عن وزير الخارجية سامر الحديدي قوله إن المفاوضات ستستأنف قريبا.',
  cue(st) {
    if (st.form.entry.id === 'naqala') return carriedAfterVerb(st) ? 'next' : 'stop';
    // (a cue noun with its owner's pronoun, تأكيده، تحذيرها، دعوتهم, is carried the same way)
    const saying = SAYING.has(st.w);
    if (st.form.kind !== 'noun' || !(saying || POSSESSED.test(st.w))) return 'next';
    if (st.holder) return 'next';
    const { doc } = st;
    const from = Math.max(st.sStart, st.cueStart - REACH);
    const head = doc.norm.slice(from, st.cueStart);
    let carry: RegExpExecArray | null = null;
    CARRY.lastIndex = 0;
    for (let m = CARRY.exec(head); m; m = CARRY.exec(head)) carry = m;
    if (!carry) return saying ? 'stop' : 'next';
    const srcStart = from + carry.index + carry[0].length;
    const preposition = carry[1] ?? carry[2];
    // the outlet: the words between the verb and its preposition
    const outlet = /^\s?[وف]?\S+\s([^]*?)\s*\S+\s$/u.exec(carry[0]);
    const outletAt = outlet && outlet[1] ? from + carry.index + carry[0].indexOf(outlet[1]) : -1;
    const via = outletAt >= 0 ? plainText(doc, { start: outletAt, end: outletAt + outlet![1].length }).trim() : null;
    let m: Mention | undefined;
    if (PRONOUN_SOURCE.test(preposition)) {
      // "ونقلت عنه الوكالة قوله": the one named last before the pronoun
      m = st.a.entities.lastPersonBefore(srcStart);
      if (!m || m.start < st.sStart - 600) return 'stop';
      st.holder = { ...entityHolder(st, m, 'source'), via: null };
      mark(st.trail, this.id);
      return 'next';
    }
    m = sourceMention(st, srcStart);
    if (m) st.holder = { ...entityHolder(st, m, 'source'), via };
    else {
      const words = sourceWords(st, srcStart, st.cueStart);
      if (!words || words.split(/\s+/u).length > 6 || /[،,]/u.test(words)) return 'stop';
      st.holder = { name: words, via, how: 'source' };
    }
    mark(st.trail, this.id);
    return 'next';
  },
};

/** Heads of an unnamed source (normalised): مصدر، مصادر، مسؤول، مسؤولين، متحدث، شهود، سكان. */
const SOURCE_HEADS = /^(?:ال)?(?:مصدر|مصادر|مسوول|مسوولين|مسوولون|مسووله|متحدث|متحدثه|شهود|شاهد|سكان|دبلوماسي|دبلوماسيين)(?:\s|$)/u;
/** How many characters after نقل its source's عن may stand (the outlet, its subject, between). */
const VERB_REACH = 120;

/**
 * "ونقلت الوكالة عن الوزير فلان أن…"، "ونقل التلفزيون عن فلان: «…»": the words the verb نقل carries
 * from the source after عن are the source's, the subject between verb and عن their reporter
 * (via). Where a saying or a cue noun follows the source (عن فلان قوله، عن مصادر تأكيدها) that noun
 * reports the words itself. The source is a person or body named there, or an unnamed source as
 * such (عن مصدر أمني، عن مسؤولين أميركيين). Sets the holder; false where none is read.
 */
function carriedAfterVerb(st: CueState): boolean {
  if (st.holder || !st.comp) return false;
  const zone = st.doc.norm.slice(st.cueEnd, Math.min(st.comp.start, st.cueEnd + VERB_REACH));
  const an = /(?:^|\s)عن\s/u.exec(zone);
  if (!an || /[.:؛;«»"“”]/u.test(zone.slice(0, an.index))) return false;
  const srcStart = st.cueEnd + an.index + an[0].length;
  const source = st.doc.norm.slice(srcStart, st.comp.start);
  for (const w of source.split(/[\s،,]+/u)) if (SAYING.has(w) || w === 'القول' || (w && cueOfWord(w))) return false;
  const via = plainText(st.doc, { start: st.cueEnd, end: st.cueEnd + an.index }).replace(/^[\s،,]+|[\s،,]+$/gu, '') || null;
  const m = sourceMention(st, srcStart, st.comp.start);
  if (m) st.holder = { ...entityHolder(st, m, 'source'), via };
  else {
    const words = sourceWords(st, srcStart, st.comp.start);
    if (!words || words.split(/\s+/u).length > 5 || /[،,]/u.test(words) || / (?:الذي|التي|الذين) /u.test(` ${normalizeForm(words)} `) || !SOURCE_HEADS.test(normalizeForm(words))) return false;
    st.holder = { name: words, via, how: 'source' };
  }
  mark(st.trail, wordsCarriedFrom.id);
  return true;
}

/** The first person named between the source's preposition and `to` (the saying), else a body or state named right after it. */
function sourceMention(st: CueState, srcStart: number, to = st.cueStart): Mention | undefined {
  const { mentions, entities } = st.a.entities;
  let body: Mention | undefined;
  for (let k = st.a.entities.mentionFrom(srcStart); k < mentions.length && mentions[k].start < to; k++) {
    const x = mentions[k];
    if (x.end > to) continue;
    if (entities[x.entity].kind === 'person') return x;
    if (!body && /^[\sل]*$/u.test(st.doc.norm.slice(srcStart, x.start))) body = x;
  }
  return body;
}

/** The words naming an unnamed source, between its preposition and `to`, without a trailing colon or comma. */
function sourceWords(st: CueState, from: number, to: number): string {
  return plainText(st.doc, { start: from, end: to }).trim().replace(/[:،,]+$/u, '').trim();
}
