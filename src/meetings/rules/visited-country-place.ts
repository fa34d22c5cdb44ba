import { mark } from '../../rules.js';
import { normalizeForm } from '../../normalize/index.js';
import type { Span } from '../../types.js';
import type { MeetingRule, SentenceState } from '../model.js';

/** Verbs of visiting, whose object is the place: يزور مصر، زار الأردن. */
const VISITS = new Set(['يزور', 'تزور', 'زار', 'زارت', 'يزوران', 'يزورون'].map(normalizeForm));

/** A meeting naming no place takes the country its visitor is said to be visiting: "الوفد … الذي يزور الأردن حاليا". */
export const visitedCountryPlace: MeetingRule = {
  id: 'visited-country-place',
  stage: 'meetings',
  summary: 'a meeting naming no place takes the country its visitor "is visiting" (الذي يزور مصر)',
  example: 'التقى الرئيس كمال الغربي الوزير سامر الحديدي الذي يزور الأردن حاليا.',
  sentence(st) {
    const m = st.a.out[st.a.out.length - 1];
    if (!m || m.span.start !== st.s.start || m.location) return 'next';
    const place = visitedCountry(st);
    if (place) {
      m.location = place;
      mark(m.rules, this.id);
    }
    return 'next';
  },
};

/** The country a visitor in the sentence is said to be visiting. */
function visitedCountry(st: SentenceState): Span | null {
  const { doc } = st;
  const tokens = doc.tokens;
  for (let i = st.from + 1; i < st.to; i++) {
    if (!VISITS.has(tokens[i - 1].text) || !tokens[i].joined) continue;
    const c = doc.lex.countryNames.match(i);
    if (c && c.pre === '') return { start: c.start, end: c.end };
  }
  return null;
}
