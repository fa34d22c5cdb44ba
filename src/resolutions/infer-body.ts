import { sentenceAt, type Doc } from '../document.js';
import { RESOLUTION_BY_NUMBER } from '../lexicon/resolutions.js';
import type { ResolutionBody } from '../types.js';
import { BODY_RE, markerOf } from './forms.js';
import type { ResolutionMention } from './model.js';

/**
 * The issuing body of a mention, most explicit evidence first:
 * 1. a body named in the citation: "قرار مجلس الأمن 2216", "القرار 2254 الصادر عن المجلس الدولي";
 * 2. a General Assembly session in brackets: "القرار 181 (د-2)";
 * 3. the table of well-known numbers: "القرار الأممي 2216", "القرار 242";
 * 4. "session/number" cited as a UN resolution is the General Assembly's numbering: "القرار الأممي 67/19";
 * 5. a body named earlier in the same sentence: "وكان مجلس الأمن اعتمد … القرار رقم 2414".
 */
export function inferBody(doc: Doc, m: ResolutionMention): ResolutionBody | null {
  if (m.stated !== null && m.stated !== 'UN') return m.stated;
  if (m.cues.includes('session')) return 'UNGA';
  const entry = RESOLUTION_BY_NUMBER.get(m.number);
  if (entry) return entry.body;
  if (m.stated === 'UN' && m.number.includes('/')) return 'UNGA';
  return bodyEarlierInSentence(doc, m.span.start);
}

/** The named body (not a bare UN form) nearest before `at` in its sentence, or null. */
export function bodyEarlierInSentence(doc: Doc, at: number): ResolutionBody | null {
  const i = sentenceAt(doc, at);
  if (i < 0) return null;
  const text = doc.norm.slice(doc.sentences[i].start, at);
  let found: ResolutionBody | null = null;
  BODY_RE.lastIndex = 0;
  for (let m = BODY_RE.exec(text); m; m = BODY_RE.exec(text)) {
    const marker = markerOf(m.groups?.w ?? '');
    if (marker && marker !== 'UN') found = marker;
  }
  return found;
}
