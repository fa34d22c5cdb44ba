import { mark } from '../../rules.js';
import { tokenAt } from '../../segment/tokens.js';
import type { PositionRule } from '../model.js';
import type { Mention } from '../../entities/model.js';
import { entityHolder } from './shared.js';
import { holderOf } from '../holder.js';
import { OUTLET_HEADS } from '../../lexicon/cues.js';
import { normalizeForm } from '../../normalize/index.js';

/** Words after أما that make what follows a topic, not the subject (أما عن الهجوم، أما في ما يتعلق). */
const NOT_SUBJECT: ReadonlySet<string> = new Set(['عن', 'في', 'فيما', 'بالنسبه', 'على', 'علي', 'من', 'الي', 'بخصوص', 'بشان', 'حول', 'مع']);
/** The one-word heads of news outlets (صحيفة، جريدة، قناة…), normalised. */
const OUTLETS: ReadonlySet<string> = new Set(OUTLET_HEADS.filter((h) => !h.includes(' ')).map(normalizeForm));
/** A verb in the plural (دعوا، يقولون). */
const PLURAL_VERB = /\S{2}(?:وا|ون)$/u;
/** أما, bare or after و (normalised). */
const AMMA: ReadonlySet<string> = new Set(['اما', 'واما']);
/** Nouns of time: أما الأسبوع فيرجح… is no subject. */
const TIME_WORDS: ReadonlySet<string> = new Set(['الاسبوع', 'اليوم', 'الشهر', 'العام', 'السنه', 'الان', 'الغد', 'الامس']);
/** How many words a subject that names no known entity may have (أما حزب القطب فقد…). */
const SUBJECT_WORDS = 4;
/** How many words after أما the subject may run before the cue. */
const TOPIC_REACH = 14;

/**
 * "أما وزيرة الثقافة ليلى الساعدي، فقد دعت الحكومة إلى…"، "أما الغربي فيرى أن…": the one named
 * after أما is the subject of the verb that ف opens; a noun after that verb is its object, not
 * another speaker. A person named there, else a body that opens the topic, else a short phrase
 * that names no known entity (أما حزب القطب فقد دعا إلى…) where the verb's particle follows it at
 * once; not أما عن الهجوم, and not a plural verb (its subject is a group).
 */
export const topicBeforeFa: PositionRule = {
  id: 'topic-before-fa',
  stage: 'positions',
  summary: 'after "أما X … ف" the verb that ف opens speaks for X; a noun after it is its object (أما فلان فقد دعت الحكومة إلى…)',
  example: 'قال الوزير سامر الحديدي إن الخطة ناجحة. أما ليلى الساعدي، عمدة بلدة الكرمة، فقد دعت الحكومة إلى تنفيذ وعودها.',
  cue(st) {
    // a plural verb (فقد دعوا) speaks for a group named there: left to the group rules
    if (st.holder || st.form.kind !== 'verb' || PLURAL_VERB.test(st.w)) return 'next';
    const tokens = st.doc.tokens;
    const at = st.hit.i;
    // ف on the verb (فقال، فيرى) or on قد / لقد before it (فقد دعت، فلقد قال)
    const prev = tokens[at - 1]?.text;
    if (!st.pre.startsWith('ف') && !(prev === 'فقد' || prev === 'فلقد')) return 'next';
    const from = Math.max(0, at - TOPIC_REACH);
    let k = at - 1;
    while (k >= from && !AMMA.has(tokens[k].text) && tokens[k].start >= st.sStart) k--;
    if (k < from || !AMMA.has(tokens[k].text) || tokens[k].start < st.sStart) return 'next';
    const first = tokens[k + 1];
    if (!first || NOT_SUBJECT.has(first.text)) return 'next';
    // "أما صحيفة «…» فأكدت": an outlet reports news, no position (outlet-is-news)
    if (OUTLETS.has(first.text)) return 'stop';
    // the subject: a person named there (أما الصحفي بجريدة الأهرام فلان فيرى), else a body named first
    const { entities, mentions } = st.a.entities;
    let m: Mention | undefined;
    for (let i = st.a.entities.mentionFrom(first.start); i < mentions.length && mentions[i].end <= st.hit.index; i++) {
      const e = entities[mentions[i].entity];
      if (e.kind === 'person' && mentions[i].type !== 'nisba') {
        m = mentions[i];
        break;
      }
      if (!m && e.kind === 'organization' && tokenAt(tokens, mentions[i].start) <= k + 2) m = mentions[i];
    }
    if (!m) {
      // "أما حزب القطب فقد دعا": a short subject that names no known entity is the holder as written
      // only where the verb's particle follows it at once (no subject of its own after it: فقد
      // قال الوزير إن), the subject is one phrase (no mark inside it) and no time (أما الأسبوع فيرجح)
      const end = prev === 'فقد' || prev === 'فلقد' ? at - 1 : at;
      const words = tokens.slice(k + 1, end);
      if (!words.length || words.length > SUBJECT_WORDS || words.some((t, i) => !t.word || (i > 0 && !t.joined)) || !tokens[end]?.joined) return 'next';
      if (!st.comp || st.doc.norm.slice(st.cueEnd, st.comp.start).trim() !== '' || TIME_WORDS.has(first.text)) return 'next';
      const h = holderOf(st.ctx, first.start, words[words.length - 1].end, false);
      if (!h) return 'next';
      st.holder = h;
      mark(st.trail, this.id);
      return 'next';
    }
    st.holder = entityHolder(st, m, 'entity');
    mark(st.trail, this.id);
    return 'next';
  },
};
