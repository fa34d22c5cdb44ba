import type { Doc } from '../document.js';
import { cueOf } from '../lexicon/cueForms.js';
import { tokensIn, type TokenSource } from '../segment/tokens.js';

// How many trailing paragraphs must look like ledes before they are taken for pasted stories.
const MIN_TEASERS = 3;

/**
 * Where pasted news teasers start, or the end of the text. A news page often ends with the ledes
 * of other stories ("- أعلنت قوات…", "هاجمت وزارة…", "نفت هيئة…"): each paragraph opens on a bare
 * past verb, with no و / ف tying it to what came before. A run of at least three such paragraphs
 * at the end of the body (and no more than half of it) is another story; a continuation cue
 * (أضاف، تابع) ties a paragraph to the article, so it ends the run.
 */
export function teaserStart(doc: Doc): number {
  const paras = doc.paragraphs.slice(1);
  let k = paras.length;
  while (k > 0 && opensLede(doc, paras[k - 1].start, paras[k - 1].end)) k--;
  const run = paras.length - k;
  return run >= MIN_TEASERS && run * 2 <= paras.length ? paras[k].start : doc.norm.length;
}

/** True when a paragraph opens on a bare past verb: a cue verb (أعلن، نفت) or a feminine past (هاجمت). */
function opensLede(doc: TokenSource, start: number, end: number): boolean {
  const first = tokensIn(doc, start, end, 4).find((t) => t.word);
  if (!first) return false;
  const w = first.text;
  const cue = cueOf(w);
  if (cue) return cue.kind === 'verb' && !cue.entry.continuation && !/^[يت]/.test(w);
  // "هاجمت", "أثارت": a past verb with the feminine ت (not a و / ف continuation, not an ال noun).
  return /^[^وف]\p{L}{2,4}ت$/u.test(w) && !w.startsWith('ال');
}
