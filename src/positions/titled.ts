import type { Doc } from '../document.js';
import { plainText } from '../document.js';
import { sentenceAt } from '../document.js';
import { readSubject, subjectTokens } from './subject.js';
import { wordAlternation } from '../lexicon/compile.js';
import { TITLE_STEMS } from '../lexicon/positionWords.js';
import { LETTER_OR_DIGIT } from '../lexicon/wordChars.js';

// A title head at a word start (normalised): "وزير الزراعة الأردني كمال الغربي", "الرئيس …".
const HEAD_RE = new RegExp(`(?<!${LETTER_OR_DIGIT})(?:و)?(?:ال)?(?:${wordAlternation(TITLE_STEMS)})`, 'gu');

/**
 * Fallback coreference: every "title + name" in the article, so that a later title-only subject
 * (الوزير، وزير الزراعة الأردني) can be tied to the person last named with that title.
 * e.g. "استقبل وزير الزراعة كمال الغربي…" then "وأكد الوزير أن…" → كمال الغربي.
 */
export function collectTitled(doc: Doc): { title: string[]; name: string; at: number }[] {
  const out: { title: string[]; name: string; at: number }[] = [];
  const re = new RegExp(HEAD_RE.source, 'gu');
  for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm)) {
    const start = m.index + (m[0].startsWith('و') && !m[0].startsWith('وزير') ? 1 : 0);
    const si = sentenceAt(doc, start);
    const end = si >= 0 ? doc.sentences[si].end : doc.norm.length;
    const phrase = readSubject(subjectTokens(doc, start, Math.min(end, start + 200)), true);
    if (!phrase || phrase.titleOnly || !phrase.title) continue;
    out.push({ title: doc.norm.slice(phrase.title.start, phrase.title.end).split(/\s+/), name: plainText(doc, phrase.name), at: start });
  }
  return out;
}
