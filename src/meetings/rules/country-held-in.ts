import { stopwords } from '../../lexicon/compiled.js';
import { normalizeForm } from '../../normalize/index.js';
import { mark } from '../../rules.js';
import { tokenAt } from '../../segment/tokens.js';
import type { Span } from '../../types.js';
import type { ArticleState, MeetingRule } from '../model.js';
import { PLACE_REACH } from './shared.js';

/**
 * "في ختام قمة مجموعة السبع في كندا"، "خلال زيارتها إلى مصر": a meeting that no rule gave a place
 * takes the country its sentence says it is held in: right after the meeting noun (and its
 * genitive) with في, or after a visit noun (and one word of it: زيارة عمل إلى قطر) with إلى or ل. Countries are otherwise no places of a
 * meeting, being mostly its topic (الأوضاع في سوريا); a city found by any other rule comes first.
 */
export const countryHeldIn: MeetingRule = {
  id: 'country-held-in',
  stage: 'meetings',
  summary: 'a meeting with no place takes the country it is said to be held in (قمة مجموعة السبع في كندا، زيارته إلى مصر)',
  example: 'وقال الرئيس كمال الغربي في ختام قمة مجموعة العشرين في الأرجنتين إن القمة نجحت.',
  refine(a) {
    const tokens = a.doc.tokens;
    for (const m of a.out) {
      if (m.location) continue;
      const cue = tokenAt(tokens, m.cue.start);
      const place = heldIn(a, Math.max(tokenAt(tokens, m.span.start), cue - PLACE_REACH), Math.min(tokenAt(tokens, m.span.end), cue + PLACE_REACH));
      if (place) {
        m.location = place;
        mark(m.rules, this.id);
      }
    }
  },
};

/** Meeting and visit nouns a country place may follow (normalised). */
const HELD_NOUNS: ReadonlySet<string> = new Set(
  ['اجتماع', 'الاجتماع', 'اجتماعات', 'لقاء', 'اللقاء', 'قمة', 'القمة', 'مباحثات', 'المباحثات', 'محادثات', 'المحادثات', 'مفاوضات', 'المفاوضات'].map(normalizeForm),
);
const VISIT_NOUNS: ReadonlySet<string> = new Set(['زيارة', 'الزيارة', 'زيارته', 'زيارتها', 'زيارتهما', 'جولة', 'جولته', 'جولتها'].map(normalizeForm));
/** How many words (a genitive: قمة مجموعة السبع) may stand between the meeting noun and في. */
const HELD_GAP = 3;
/** Words that open a meeting's topic: a country after them is what was discussed (محادثات حول الوضع في سوريا). */
const TOPIC_WORDS: ReadonlySet<string> = new Set(
  ['حول', 'بشأن', 'بخصوص', 'عن', 'على', 'الوضع', 'الأوضاع', 'الأزمة', 'الملف', 'التطورات', 'المستجدات', 'الحرب', 'السلام', 'العلاقات', 'التعاون', 'القضية', 'الصراع', 'النزاع', 'الأمن', 'الاستقرار', 'الاستثمار', 'الاستثمارات'].map(normalizeForm),
);

/** The country tokens [from, to) say a meeting is held in or a visit goes to, if any. */
function heldIn(a: ArticleState, from: number, to: number): Span | null {
  const { tokens, lex } = a.doc;
  for (let i = Math.max(from, 1); i < to; i++) {
    const c = lex.countryNames.match(i);
    if (!c || c.ambiguous || !tokens[i].joined) continue;
    // "أميركا اللاتينية": a region named after the country, not the country
    const next = tokens[c.i + c.len];
    if (next?.joined && /^ال\S{3,}(?:يه|ي)$/u.test(next.text) && !lex.countryNisba.match(c.i + c.len, true)) continue;
    const prep = c.pre === '' ? tokens[i - 1].text : c.pre;
    if (prep === 'في' && c.pre === '') {
      for (let k = i - 2; k >= Math.max(0, i - 2 - HELD_GAP); k--) {
        if (HELD_NOUNS.has(tokens[k].text.replace(/^[وفبل]+(?=ال|\S{4})/u, '')) || HELD_NOUNS.has(tokens[k].text)) return { start: c.start, end: c.end };
        if (TOPIC_WORDS.has(tokens[k].text) || stopwords.has(tokens[k].text)) break;
        if (!tokens[k + 1].joined || !tokens[k].joined) break;
      }
    } else if ((prep === 'الي' && c.pre === '' && i >= 2 && (VISIT_NOUNS.has(tokens[i - 2].text) || (i >= 3 && tokens[i - 2].joined && !stopwords.has(tokens[i - 2].text) && VISIT_NOUNS.has(tokens[i - 3].text)))) || (c.pre === 'ل' && VISIT_NOUNS.has(tokens[i - 1].text))) {
      return tokens[i].text.startsWith('لل') ? { start: tokens[i].start, end: c.end } : { start: c.start, end: c.end };
    }
  }
  return null;
}
