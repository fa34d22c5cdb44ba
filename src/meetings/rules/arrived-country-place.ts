import { mark } from '../../rules.js';
import { normalizeForm } from '../../normalize/index.js';
import { tokenAt } from '../../segment/tokens.js';
import type { Doc } from '../../document.js';
import type { Span } from '../../types.js';
import type { MeetingRule } from '../model.js';

/** Verbs of arriving, whose place follows إلى after the one who arrives: وصل فلان إلى مصر. */
const ARRIVES: ReadonlySet<string> = new Set(['وصل', 'وصلت', 'يصل', 'تصل', 'ووصل', 'ووصلت', 'ويصل', 'وتصل'].map(normalizeForm));
/** "قادما من"، "قادمة من" (normalised): the place the one who arrives came from is told after. */
const COMING_FROM = /(?:^|\s)قادم(?:ا|ه|ين)?\s+من\s/u;
/** How many words the one who arrives may take between the verb and إلى. */
const ARRIVER_REACH = 10;

/**
 * "وصل رئيس الوزراء الهندي فلان إلى الإمارات في زيارة رسمية، يلتقي خلالها …": a meeting that,
 * once every other rule has read the article, still names no place is held in the country its
 * sentence says a side arrived in (a city the text names wins: the rules before give it).
 */
export const arrivedCountryPlace: MeetingRule = {
  id: 'arrived-country-place',
  stage: 'meetings',
  summary: 'a meeting still without a place is held in the country its sentence says a side arrived in (وصل فلان إلى مصر)',
  example: 'وصل الوزير سامر الحديدي إلى الأردن في زيارة رسمية، والتقى خلالها الرئيس كمال الغربي.',
  refine(a) {
    for (const m of a.out) {
      if (m.location) continue;
      const place = arrivedIn(a.doc, m.span);
      if (!place) continue;
      m.location = place;
      mark(m.rules, this.id);
    }
  },
};

/** The country named after إلى following the sentence's first verb of arriving, if any. */
function arrivedIn(doc: Doc, s: Span): Span | null {
  const tokens = doc.tokens;
  const to = tokenAt(tokens, s.end);
  for (let i = tokenAt(tokens, s.start); i < to; i++) {
    if (!ARRIVES.has(tokens[i].text)) continue;
    for (let k = i + 1; k < Math.min(to - 1, i + ARRIVER_REACH); k++) {
      if (tokens[k].text !== 'الي') continue;
      const c = tokens[k + 1].joined ? doc.lex.countryNames.match(k + 1) : undefined;
      // "وصلت إلى لبنان قادمة من عمان، حيث تباحثت …": the talks were where she came from
      if (!c || c.pre !== '' || COMING_FROM.test(doc.norm.slice(c.end, s.end))) return null;
      return { start: c.start, end: c.end };
    }
    return null;
  }
  return null;
}
