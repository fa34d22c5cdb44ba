import { tokenAt } from '../../segment/tokens.js';
import { peopleOf, type MeetingRule, type SentenceState } from '../model.js';
import { summitAttendees } from '../summit.js';
import { dateIn, fewSides, placeIn } from './shared.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** Adjectives of a summit of states: القمة العربية، الخليجية، الثلاثية. */
const SUMMIT_ADJECTIVES = /^(?:ال)?(?:عربيه|خليجيه|اسلاميه|افريقيه|اوروبيه|ثلاثيه|رباعيه|خماسيه|اقليميه|دوليه|عالميه|طارييه|استثناييه|مغاربيه)$/u;
/** Words of sport: "قمة الأهلي والزمالك" is a match. */
const SPORT = new RegExp(`(?<!${LETTER})(?:[وبل]?(?:ال)?(?:دوري|مباراه|مباريات|منتخب|هدف|اهداف|ملعب|استاد|لاعب|لاعبي|لاعبيه|مدرب|بطوله|كاس))(?!${LETTER})`, 'u');

/**
 * A summit of states the article tells with no one named in its sentence ("اختتمت القمة العربية
 * التي استضافتها مدينة …"): its first such sentence gives the frame (place and date from the next
 * ones where it has none), and where no sentence of the article gives a meeting of two sides, the
 * attendees are those named at it (summit.ts).
 */
export const summit: MeetingRule = {
  id: 'summit-attendees',
  stage: 'meetings',
  summary: 'a summit of states told with no one named: its attendees are those the article names at it',
  example: 'اختتمت القمة العربية أعمالها في مدينة نواكشوط. وترأس الملك طارق العمري وفد بلاده إلى القمة، ومثل الرئيس كمال الغربي بلاده في القمة.',
  sentence(st) {
    const { a, hit } = st;
    if (!fewSides(st) || hit!.cue.kind !== 'summit' || peopleOf(st).length || st.time !== null || !politicalSummit(st)) return 'next';
    const date = dateIn(a, st.s);
    const location = placeIn(a, st.from, st.to);
    if (!a.summit) a.summit = { sentence: { start: st.s.start, end: st.s.end }, cue: { start: hit!.start, end: hit!.end }, location, date: date.span, isoDate: date.iso };
    else {
      a.summit.location ??= location;
      if (!a.summit.date && date.span) {
        a.summit.date = date.span;
        a.summit.isoDate = date.iso;
      }
    }
    return 'next';
  },
  refine(a) {
    if (a.out.length || !a.summit) return;
    const m = summitAttendees(a.doc, a.index, a.summit);
    if (m) a.out.push({ ...m, rules: [this.id] });
  },
};

/**
 * The summit cue is one of states, not a derby: an adjective of states after it (القمة العربية،
 * الثلاثية), a city or body (قمة الظهران، قمة مجلس التعاون), and no words of sport in its sentence.
 */
function politicalSummit(st: SentenceState): boolean {
  if (SPORT.test(st.text)) return false;
  const { doc, index } = st;
  const next = tokenAt(doc.tokens, st.hit!.end);
  const w = doc.tokens[next];
  if (!w || !w.joined) return false;
  if (SUMMIT_ADJECTIVES.test(w.text) || doc.lex.cities.match(next)) return true;
  const m = index.firstMentionIn(w.start, w.end);
  return !!m && index.entities[m.entity].kind !== 'person';
}
