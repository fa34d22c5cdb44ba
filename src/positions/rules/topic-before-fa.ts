import { mark } from '../../rules.js';
import { tokenAt } from '../../segment/tokens.js';
import type { PositionRule } from '../model.js';
import type { Mention } from '../../entities/model.js';
import { entityHolder } from './shared.js';
import { OUTLET_HEADS } from '../../lexicon/cues.js';
import { normalizeForm } from '../../normalize/index.js';

/** Words after أما that make what follows a topic, not the subject (أما عن الهجوم، أما في ما يتعلق). */
const NOT_SUBJECT: ReadonlySet<string> = new Set(['عن', 'في', 'فيما', 'بالنسبه', 'على', 'علي', 'من', 'الي', 'بخصوص', 'بشان', 'حول', 'مع']);
/** The one-word heads of news outlets (صحيفة، جريدة، قناة…), normalised. */
const OUTLETS: ReadonlySet<string> = new Set(OUTLET_HEADS.filter((h) => !h.includes(' ')).map(normalizeForm));
/** A verb in the plural (دعوا، يقولون). */
const PLURAL_VERB = /\S{2}(?:وا|ون)$/u;
/** How many words after أما the subject may run before the cue. */
const TOPIC_REACH = 14;

/**
 * "أما وزيرة الثقافة ليلى الساعدي، فقد دعت الحكومة إلى…"، "أما الغربي فيرى أن…": the one named
 * after أما is the subject of the verb that ف opens; a noun after that verb is its object, not
 * another speaker. A person named there, else a body that opens the topic; not أما عن الهجوم, and
 * not a plural verb (its subject is a group).
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
    const at = tokenAt(tokens, st.hit.index);
    // ف on the verb (فقال، فيرى) or on قد / لقد before it (فقد دعت، فلقد قال)
    const prev = tokens[at - 1]?.text;
    if (!st.pre.startsWith('ف') && !(prev === 'فقد' || prev === 'فلقد')) return 'next';
    const from = Math.max(0, at - TOPIC_REACH);
    let k = at - 1;
    while (k >= from && tokens[k].text !== 'اما' && tokens[k].start >= st.sStart) k--;
    if (k < from || tokens[k].text !== 'اما' || tokens[k].start < st.sStart) return 'next';
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
    if (!m) return 'next';
    st.holder = entityHolder(st, m, 'entity');
    mark(st.trail, this.id);
    return 'next';
  },
};
