import type { Doc } from '../document.js';
import { origText } from '../document.js';
import { readSubject } from './subject.js';
import { tokensIn } from './tokens.js';

// A title head at a word start (normalised): "وزير الخارجية الأردني أيمن الصفدي", "الرئيس …".
const HEAD_RE = /(?<![\p{L}\p{N}])(?:و)?(?:ال)?(?:وزير|رييس|امين|مبعوث|سفير|متحدث|ناطق|مندوب|نايب|ملك|امير|ولي|عاهل|شيخ|مستشار|مساعد|مدير|ممثل|منسق|مفوض)/gu;

/**
 * Fallback coreference: every "title + name" in the article, so that a later title-only subject
 * (الوزير، وزير الخارجية الأردني) can be tied to the person last named with that title.
 * e.g. "استقبل وزير الخارجية أيمن الصفدي…" then "وأكد الوزير أن…" → أيمن الصفدي.
 */
export function collectTitled(doc: Doc): { title: string[]; name: string; at: number }[] {
  const out: { title: string[]; name: string; at: number }[] = [];
  const re = new RegExp(HEAD_RE.source, 'gu');
  for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm)) {
    const start = m.index + (m[0].startsWith('و') && !m[0].startsWith('وزير') ? 1 : 0);
    const toks = tokensIn(doc.norm, start, doc.norm.length, 14);
    const cut = toks.findIndex((t) => !t.word && !/[،,]/.test(t.text));
    const phrase = readSubject(cut >= 0 ? toks.slice(0, cut) : toks, true);
    if (!phrase || phrase.titleOnly || !phrase.title) continue;
    out.push({ title: doc.norm.slice(phrase.title.start, phrase.title.end).split(/\s+/), name: origText(doc, phrase.name), at: start });
  }
  return out;
}
