import type { MeetingRule, SentenceState } from '../model.js';
import { dateIn, PLACE_REACH, placeIn } from './shared.js';
import { placeCountry } from '../../lexicon/places.js';

/**
 * The meeting a sentence reports, from its cue and the sides the rules before found: the place
 * told near the cue ("… الاجتماع الأخير في الدوحة" forty words on is another meeting's place), the
 * sentence's first date, and for a cue of receiving (استقبل) the first side named after the cue as host.
 */
export const cueSentence: MeetingRule = {
  id: 'cue-sentence',
  stage: 'meetings',
  summary: 'a sentence with a meeting cue and two sides reports a meeting: its place near the cue, its date, its host',
  example: 'استقبل الرئيس التونسي كمال الغربي في قصر قرطاج أمس وزير الخارجية الأردني سامر الحديدي.',
  sentence(st) {
    const { a, hit, s, index } = st;
    const date = dateIn(a, s);
    const after = st.ids.filter((id) => index.entities[id].mentions.some((m) => m.start >= hit!.start && m.start < s.end));
    st.pending = a.pendingPlace;
    a.pendingPlace = null;
    a.out.push({
      participants: st.ids,
      host: hit!.cue.host ? hostOf(st, after) : null,
      kind: hit!.cue.kind,
      cue: { start: hit!.start, end: hit!.end },
      location: placeIn(a, Math.max(st.from, st.at0 - PLACE_REACH), topicStart(st, Math.min(st.to, st.at0 + PLACE_REACH))),
      date: date.span,
      isoDate: date.iso,
      span: { start: s.start, end: s.end },
      rules: [this.id, ...st.trail],
      sides: st.sides,
      planned: st.time === 'planned',
    });
    return 'next';
  },
};

/**
 * "قيس سعيد يستقبل وزير الخارجية": a side named right before the cue, nothing but space (or قد)
 * between, is the subject of the verb of receiving, so the host; a verb with و or ف opens a new clause.
 */
function subjectBefore(st: SentenceState): number | null {
  const { hit, index, doc } = st;
  if (/^[وف]/u.test(doc.norm.slice(hit!.start, hit!.end))) return null;
  for (const id of st.ids) {
    for (const m of index.entities[id].mentions) {
      if (m.end > hit!.start || m.end < st.s.start) continue;
      if (/^\s*(?:قد\s+)?$/u.test(doc.norm.slice(m.end, hit!.start))) return id;
    }
  }
  return null;
}

/** The host of a reception: the subject before the verb, else the side of the place that is its subject, else the first side after it. */
function hostOf(st: SentenceState, after: number[]): number | null {
  const before = subjectBefore(st);
  if (before !== null) return before;
  const place = placeHost(st);
  return place !== undefined ? place : after.length ? after[0] : null;
}

/**
 * "استضافت القاهرة اجتماعا ضم …"، "الإمارات تستقبل الرئيس الصيني": where the verb's subject is a place,
 * the host is the one side of that place's state (-1 where none is: then no side is the host);
 * undefined where the subject is no place.
 */
function placeHost(st: SentenceState): number | null | undefined {
  const { doc, index } = st;
  let k = st.after0;
  // "استضافت العاصمة (الأردنية) عمان"
  if (k < st.to && doc.tokens[k].text === 'العاصمه') k += doc.lex.countryNisba.match(k + 1, true) ? 2 : 1;
  if (k >= st.to || !doc.tokens[k].joined) return undefined;
  const city = doc.lex.cities.match(k);
  const state = doc.lex.capitals.match(k) ?? doc.lex.countryNames.match(k);
  if ((!city || city.pre !== '') && (!state || state.pre !== '')) return undefined;
  const iso = state && state.pre === '' ? state.value.iso : placeCountry(city!.value);
  const own = st.ids.filter((id) => iso && index.entities[id].kind === 'person' && index.entities[id].country === iso);
  return own.length === 1 ? own[0] : null;
}

/** Words after the cue that open what the meeting is about (normalised): حول، بشأن، بخصوص، لبحث. */
const TOPIC_OPENERS: ReadonlySet<string> = new Set(['حول', 'بشان', 'بخصوص', 'لبحث', 'لمناقشه', 'لدراسه']);

/**
 * Where the meeting's place may end: at the first word after the cue that opens its topic ("مفاوضات
 * مع مسؤولين روس حول اتفاق … في محافظة درعا": درعا is what they discuss), else at `to`.
 */
function topicStart(st: SentenceState, to: number): number {
  const tokens = st.doc.tokens;
  for (let k = st.after0; k < to; k++) if (TOPIC_OPENERS.has(tokens[k].text)) return k;
  return to;
}
