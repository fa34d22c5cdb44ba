import type { Doc } from '../../document.js';
import { mark } from '../../rules.js';
import { placeCountry } from '../../lexicon/places.js';
import { tokenAt } from '../../segment/tokens.js';
import type { Span } from '../../types.js';
import type { MeetingRule } from '../model.js';

/** How far into the text (characters) the dateline may stand: the headline and a line of credits before it. */
const DATELINE_REACH = 400;
/** An agency's tag before the city on its line (normalised), and its dash or colon: واس - الرياض، سبق- جدة. */
const AGENCY_BEFORE = /^[^\S\n]*[(]?[\p{L}.]{2,12}[)]?[^\S\n]*[-–—:][^\S\n]*$/u;
/** After a city at the line's start: its state after a comma, an outlet in brackets, then a dash (القاهرة، مصر (CNN) --، بيروت -). */
const OUTLET_AFTER = /^[^\S\n]*(?:[،,][^\S\n]*[^\n()\-–—:،,]{2,40}?[^\S\n]*)?(?:[(][^)\n]{1,30}[)][^\S\n]*)?(?:--|[-–—])/u;
/** After a city that follows an agency's tag: a colon or a dash (واس - الرياض:). */
const TAG_AFTER = /^[^\S\n]*[-–—:]/u;

/** A dateline found: its city (normalised span) and the state the city lies in. */
export interface Dateline {
  span: Span;
  iso: string;
}

/**
 * The dateline's city and state, or null where the text opens with none. Two forms, on one of the
 * first lines: an agency's tag, the city, a colon or dash (واس - الرياض:، سبق- أبها:), any city of
 * the lexicons; or a capital opening the line, its state and outlet after it, then a dash (لندن،
 * بريطانيا (CNN) --). A capital only there, since outlets file from their desks elsewhere (a city
 * such as أتلانتا is where the desk is, not the news); a city and a colon alone is a headline.
 */
export function datelineCity(doc: Doc): Dateline | null {
  const tokens = doc.tokens;
  for (const p of doc.paragraphs) {
    if (p.start >= DATELINE_REACH) break;
    for (let i = tokenAt(tokens, p.start), k = 0; i < tokens.length && tokens[i].start < p.end && k < 4; i++, k++) {
      const city = doc.lex.cities.match(i);
      if (!city || city.pre) continue;
      const before = doc.norm.slice(p.start, city.start);
      const after = doc.norm.slice(city.end, Math.min(p.end, city.end + 60));
      const capital = doc.lex.capitals.match(i);
      const opens = AGENCY_BEFORE.test(before) ? TAG_AFTER.test(after) : !!capital && /^[^\S\n]*$/u.test(before) && OUTLET_AFTER.test(after);
      if (!opens) continue;
      const iso = capital ? capital.value.iso : placeCountry(doc.norm.slice(city.start, city.end));
      if (iso) return { span: { start: city.start, end: city.end }, iso };
    }
  }
  return null;
}

/**
 * "لندن، بريطانيا (CNN) -- … المباحثات بين رئيسة الوزراء فلانة وولي العهد …": a meeting that names
 * no place, held (not a call, a visit, a summit or one arranged) by a side of the dateline's state, took
 * place in the dateline's city, where the report was filed.
 */
export const datelinePlace: MeetingRule = {
  id: 'dateline-place',
  stage: 'meetings',
  summary: 'a meeting naming no place, one of its sides of the dateline\'s state, was held in the dateline\'s city',
  example: 'عمان، الأردن (وكالات) -- بحث رئيس الوزراء الأردني سامر الحديدي مع رئيس البرلمان طارق العمري مشروع القانون.',
  refine(a) {
    let dateline: Dateline | null | undefined;
    for (const m of a.out) {
      if (m.location || m.planned || m.kind === 'call' || m.kind === 'visit' || m.kind === 'summit') continue;
      dateline ??= datelineCity(a.doc);
      if (!dateline) return;
      const iso = dateline.iso;
      // a headline above the dateline tells the news, not where it was filed
      if (m.span.end <= dateline.span.start) continue;
      if (!m.participants.some((id) => a.index.entities[id].country === iso)) continue;
      m.location = dateline.span;
      mark(m.rules, this.id);
    }
  },
};
