import type { ResolutionBody } from '../types.js';
import type { ResolutionMention, ResolutionParser } from './model.js';

// The normalised text is lower-cased, hence the i flag.
// A session may be a special (S-29) or emergency special (ES-10) one: "A/RES/ES-10/19".
/** A UN document symbol in Latin letters (see findUnSymbols). */
export const SYMBOL = /(?<![a-z/])(?<organ>s|a\/hrc|a)\/res\/(?<number>(?:e?s-\d{1,2}\/)?\d{1,5}(?:\/\d{1,4})?)(?: *\( *(?<year>\d{4}) *\))?/gi;
/** What every match of SYMBOL holds: most articles hold no UN symbol, and matchAll copies SYMBOL at every call. */
export const SYMBOL_GATE = /\/res\//i;
const ORGAN: Record<string, ResolutionBody> = { S: 'UNSC', A: 'UNGA', 'A/HRC': 'UNHRC' };

/**
 * A UN document symbol written out in Latin letters: "S/RES/2254 (2015)", "A/RES/67/19",
 * "A/HRC/RES/19/22", "A/RES/ES-10/19". The organ letter names the body; numbers are given with
 * the session letters upper-cased (ES-10/19).
 */
export function findUnSymbols(norm: string): ResolutionMention[] {
  const out: ResolutionMention[] = [];
  if (!SYMBOL_GATE.test(norm)) return out;
  for (const m of norm.matchAll(SYMBOL)) {
    const g = m.groups ?? {};
    out.push({
      number: g.number.toUpperCase(),
      stated: ORGAN[g.organ.toUpperCase()] ?? null,
      body: null,
      year: g.year ? Number(g.year) : null,
      span: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length },
      rule: 'un-symbol',
      trail: [],
      cues: [],
    });
  }
  return out;
}

/** UN document symbols in Latin letters (see findUnSymbols). */
export const unSymbol: ResolutionParser = {
  id: 'un-symbol',
  stage: 'resolutions',
  summary: 'a UN document symbol: S/RES/2254 (2015), A/RES/67/19, A/RES/ES-10/19, A/HRC/RES/31/1',
  example: 'ونشرت البعثة نص الوثيقة S/RES/2287 (2016) كاملا.',
  find: (doc) => findUnSymbols(doc.norm),
};
