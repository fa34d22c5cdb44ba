import { mark } from '../../rules.js';
import { tokenAt } from '../../segment/tokens.js';
import type { Span } from '../../types.js';
import type { ArticleState, MeetingRule } from '../model.js';
import { placeIn } from './shared.js';

/** A gathering's noun with the article and nothing after it of its own (normalised): the one told before. */
const GATHERING = /^(?:ال)(?:اجتماع|اجتماعات|قمه|مؤتمر|منتدي|ملتقي|دوره)$/u;
/** The same gathering named earlier, in any form (اجتماعهم، الاجتماع، لاجتماع، القمة), normalised. */
const STEM = /^(?:[وفبل]*)(?:ال)?(اجتماع|قمه|مؤتمر|منتدي|ملتقي|دوره)/u;
/** "على هامش": the word after على that puts a meeting beside a gathering. */
const SIDELINES: ReadonlySet<string> = new Set(['هامش']);
/** Words that put a meeting within a gathering: خلال الاجتماع، في ختام القمة، أثناء المؤتمر (normalised). */
const WITHIN: ReadonlySet<string> = new Set(['خلال', 'وخلال', 'ختام', 'اثناء', 'واثناء', 'هامش']);
/** How many words after an earlier mention of the gathering its place may stand: "خلال اجتماعهم اليوم في بروكسل". */
const PLACE_AFTER = 5;
/** How many words back the earlier mention is looked for: an input of sideline meetings alone must not read the whole text each time. */
const LOOKBACK = 3000;

/**
 * "ويلتقي الوزير على هامش الاجتماع رئيس المفوضية": a meeting with no place, held on the sidelines
 * of a gathering named with the article alone, took place where the article said that gathering
 * was held ("يناقش وزراء الخارجية خلال اجتماعهم في بروكسل"): the nearest earlier mention of the
 * same gathering followed by its place.
 */
export const sidelinesPlace: MeetingRule = {
  id: 'sidelines-place',
  stage: 'meetings',
  summary: 'a meeting "on the sidelines of the gathering" (على هامش الاجتماع) takes the place the article gave that gathering earlier',
  example: 'والتقى الوزير طارق العمري نظيره فهد الزين أمس خلال اجتماع وزراء الخارجية العرب في القاهرة. ويلتقي الوزير كمال الغربي على هامش الاجتماع نظيره سامر الحديدي.',
  refine(a) {
    for (const m of a.out) {
      if (m.location) continue;
      const stem = sidelinesOf(a, m.span);
      if (!stem) continue;
      const place = earlierPlace(a, stem.stem, stem.at);
      if (place) {
        m.location = place;
        mark(m.rules, this.id);
      }
    }
  },
};

/** The gathering a sentence says it is on the sidelines of (على هامش الاجتماع), by its stem, and where. */
function sidelinesOf(a: ArticleState, span: Span): { stem: string; at: number } | null {
  const tokens = a.doc.tokens;
  const to = tokenAt(tokens, span.end);
  for (let i = tokenAt(tokens, span.start) + 1; i + 1 < to; i++) {
    if (!tokens[i + 1].joined || !(SIDELINES.has(tokens[i].text) ? /^و?علي$/u.test(tokens[i - 1].text) : WITHIN.has(tokens[i].text))) continue;
    const noun = tokens[i + 1].text;
    if (!GATHERING.test(noun)) continue;
    // "على هامش الاجتماع الوزاري العربي" is one of its own, whose place the sentence gives if any
    // (a title after it, "على هامش الاجتماع الوزير فلان", is the one met)
    const next = tokens[i + 2];
    if (next?.joined && next.word && /^ال/u.test(next.text) && i + 2 < to && !a.roleTokens.has(i + 2)) continue;
    return { stem: STEM.exec(noun)![1], at: tokens[i].start };
  }
  return null;
}

/** The place given after the nearest earlier mention of a gathering with this stem, if any. */
function earlierPlace(a: ArticleState, stem: string, before: number): Span | null {
  const tokens = a.doc.tokens;
  const at = tokenAt(tokens, before);
  for (let k = at - 1; k >= Math.max(0, at - LOOKBACK); k--) {
    if (STEM.exec(tokens[k].text)?.[1] !== stem) continue;
    const place = placeIn(a, k + 1, Math.min(tokens.length, k + 1 + PLACE_AFTER));
    // in the same sentence as the mention
    if (place && !/[.!?؟\n]/u.test(a.doc.norm.slice(tokens[k].end, place.start))) return place;
  }
  return null;
}
