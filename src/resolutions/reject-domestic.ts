import { sentenceAt, type Doc } from '../document.js';
import { RESOLUTION_BY_NUMBER } from '../lexicon/resolutions.js';
import { hitsOf, lastEndingBy } from './article-positions.js';
import { DOMESTIC_ISSUER_BEFORE, DOMESTIC_RE } from './forms.js';
import type { ResolutionMention, ResolutionRule } from './model.js';
import { isPlausibleYear } from './numbers.js';

/** The filter of domestic decisions (see isInternational). */
export const rejectDomestic: ResolutionRule = {
  id: 'reject-domestic',
  stage: 'resolutions',
  summary: 'a citation with no body that looks like a domestic decision (لسنة, a national authority, a count) is dropped',
  example: 'وأصدر وزير الاقتصاد القرار رقم 425 لسنة 2019 بتنظيم الأسعار.',
};

/**
 * Keep a mention unless it looks like a domestic decision. A mention with a body (named or
 * inferred) or marked as a UN resolution is kept. One with neither is dropped when its number is
 * small (below 100), has a slash ("قرار رقم 1/1559"), is a year ("القرار 2019"), is dated "لسنة"
 * in the style of domestic law ("القرار رقم 123 لسنة 2019"), is issued by a national authority
 * ("الصادر عن وزارة الداخلية"), carries a year that is not the year of the well-known resolution
 * of that number ("القرار 2334 لعام 2019"), or when its sentence names a national authority before
 * it ("أصدرت المحكمة القرار رقم 512") or a national issuer issues it ("أصدر الرئيس القرار 2287").
 * A number followed by what it counts is never a resolution, unless well known.
 */
export function isInternational(doc: Doc, m: ResolutionMention): boolean {
  const entry = RESOLUTION_BY_NUMBER.get(m.number);
  // "قرار … 2041 قنبلة": a number followed by what it counts.
  if (m.cues.includes('count-noun') && !entry) return false;
  if (m.body !== null || m.stated !== null) return true;
  if (m.number.includes('/')) return false;
  const n = Number(m.number);
  if (n < 100 || isPlausibleYear(n) || m.cues.includes('year-lisana') || m.cues.includes('domestic-issuer')) return false;
  if (entry && m.year !== null && m.year !== entry.year) return false;
  return !hasDomesticAuthorityBefore(doc, m.span.start) && !isIssuedByDomesticAuthority(doc, m.span.start);
}

/**
 * Whether the sentence holding `at` names a national authority before it. The article's
 * authorities are found once and searched by position: a sentence with thousands of citations
 * costs no more than its length.
 */
export function hasDomesticAuthorityBefore(doc: Doc, at: number): boolean {
  const i = sentenceAt(doc, at);
  if (i < 0) return false;
  const hits = hitsOf(doc, DOMESTIC_RE, 'resolutions/domesticAuthorities');
  const last = lastEndingBy(hits, at);
  return last >= 0 && hits[last].start >= doc.sentences[i].start;
}

/** How far back from a citation the issuing verb of a national authority is looked for. */
const ISSUER_WINDOW = 80;

/**
 * Whether a national authority issues the citation: "أصدر وزير الاقتصاد القرار 1701", "وأعلنت
 * الحكومة القرار رقم 2140" (in its sentence, within a few words before it). Unlike a minister
 * merely named earlier in the sentence ("قال وزير الخارجية إن … القرار 2216"), this makes even a
 * well-known number a domestic decision.
 */
export function isIssuedByDomesticAuthority(doc: Doc, at: number): boolean {
  const i = sentenceAt(doc, at);
  if (i < 0) return false;
  const from = Math.max(doc.sentences[i].start, at - ISSUER_WINDOW);
  return DOMESTIC_ISSUER_BEFORE.test(doc.norm.slice(from, at));
}
