import { enabled, orig, origText, type Doc } from '../document.js';
import { RESOLUTION_BY_NUMBER } from '../lexicon/resolutions.js';
import type { Resolution } from '../types.js';
import { citedAfterHead } from './cited-after-head.js';
import { applyEspeciallyAfterPlural, especiallyAfterPlural } from './especially-after-plural.js';
import { BODY_EVIDENCE, inferBody } from './infer-body.js';
import { mergeMentions, type ResolutionGroup } from './merge-mentions.js';
import type { ResolutionParser, ResolutionRule } from './model.js';
import { numberWithYear } from './number-with-year.js';
import { isInternational, rejectDomestic } from './reject-domestic.js';
import { addRepeatedNumbers, repeatedNumber } from './repeated-number.js';
import { unSymbol } from './un-symbol.js';
import { unscYear } from './unsc-year.js';

/** The parsers, in order (merging keeps the first parser's span where two find one mention). */
const PARSERS: readonly ResolutionParser[] = [citedAfterHead, unSymbol, numberWithYear];

/** Every resolution rule, in the order they run (for the rule registry, --explain, switching rules off). */
export const ALL_RESOLUTION_RULES: readonly ResolutionRule[] = [...PARSERS, especiallyAfterPlural, ...BODY_EVIDENCE, rejectDomestic, repeatedNumber];

/**
 * Find numbered resolutions the article cites, merged by body and number, with every mention.
 * Stages, in order:
 * 1. the parsers above;
 * 2. applyEspeciallyAfterPlural gives a citation singled out of a plural head ("قرارات مجلس الأمن
 *    ذات الصلة، ولا سيما القرار 2286") the head's body (it must run before inferBody, which would
 *    otherwise look for the body elsewhere);
 * 3. inferBody for each mention, from the BODY_EVIDENCE in order (it needs the sentence and the
 *    article, so it runs before merging);
 * 4. mergeMentions joins mentions of one resolution (it needs the bodies);
 * 5. reject-domestic: a resolution is kept when one of its mentions isInternational: a bare
 *    "القرار 41/2" that would pass for a domestic decision is kept once the article has cited it
 *    with its body;
 * 6. addRepeatedNumbers adds bare numbers of resolutions already cited (it needs the groups).
 * A rule switched off for the run (doc.disabled) is skipped.
 */
export function findResolutions(doc: Doc): Resolution[] {
  const found = PARSERS.filter((p) => enabled(doc, p.id)).flatMap((p) => p.find(doc));
  if (enabled(doc, especiallyAfterPlural.id)) applyEspeciallyAfterPlural(doc.norm, found);
  for (const m of found) m.body = inferBody(doc, m);
  const reject = enabled(doc, rejectDomestic.id);
  const groups = mergeMentions(found).filter((g) => !reject || g.mentions.some((m) => isInternational(doc, m)));
  if (enabled(doc, repeatedNumber.id)) addRepeatedNumbers(doc.norm, groups);
  return groups.map((g) => toResolution(doc, g));
}

/**
 * The output object: table data where the table agrees on the body, spans in original offsets. A
 * Security Council resolution's year is the one its number has in the Council's numbering (the text
 * may misprint it); otherwise the year the text gives, else the table's.
 */
function toResolution(doc: Doc, g: ResolutionGroup): Resolution {
  const entry = RESOLUTION_BY_NUMBER.get(g.number);
  const known = entry && entry.body === g.body ? entry : undefined;
  const year = (g.body === 'UNSC' ? unscYear(g.number) : null) ?? g.year ?? known?.year ?? null;
  const first = orig(doc, g.mentions[0].span);
  return {
    body: g.body,
    number: g.number,
    year,
    symbol: known?.symbol ?? symbolOf(g.body, g.number, year),
    subject: known?.subject ?? null,
    text: origText(doc, g.mentions[0].span),
    start: first.start,
    end: first.end,
    mentions: g.mentions.map((m) => orig(doc, m.span)),
    rules: [...new Set(g.mentions.flatMap((m) => [m.rule, ...m.trail]))],
  };
}

/** The UN symbol built from body, number and year where the pattern is certain, else null. */
function symbolOf(body: Resolution['body'], number: string, year: number | null): string | null {
  if (body === 'UNSC' && year !== null && !number.includes('/')) return `S/RES/${number} (${year})`;
  if (body === 'UNGA' && number.includes('/')) return `A/RES/${number}`;
  if (body === 'UNHRC' && number.includes('/')) return `A/HRC/RES/${number}`;
  return null;
}
