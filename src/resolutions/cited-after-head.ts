import { lookupForm } from '../lexicon/compile.js';
import { HEAD_PLURAL, HEAD_RE, nextAtStem } from './forms.js';
import type { ResolutionMention, ResolutionParser } from './model.js';
import { readTail } from './read-tail.js';
import { scanQualifiers } from './scan-qualifiers.js';

/**
 * A head word (قرار، القرار، القرارين، قرارات…), known qualifiers, then one or more numbers:
 * "قرار مجلس الأمن الدولي رقم 688 لسنة 1991", "القرار الأممي 2216", "القرارين 242 و338",
 * "بالقرار 2254 (2015)", "قرارا دوليا رقمه 1701", "للقرارين الأممي (2216)، (2231)".
 * The first number's span runs from the head word (without و/ف/ب) to the number; later numbers of
 * a list are spanned alone.
 */
export function findCitedAfterHead(norm: string): ResolutionMention[] {
  const out: ResolutionMention[] = [];
  let from = 0;
  for (let m = nextAtStem(HEAD_RE, norm, from); m; m = nextAtStem(HEAD_RE, norm, from)) {
    from = m.index + m[0].length;
    const pre = m.groups?.pre ?? '';
    const w = m.groups?.w ?? '';
    const q = scanQualifiers(norm, m.index + m[0].length);
    if (!q) continue;
    const plural = lookupForm(HEAD_PLURAL, w) ?? false;
    const tail = readTail(norm, q.first, plural);
    const stated = q.stated === null || q.stated === 'UN' ? (tail.issuedBy ?? q.stated) : q.stated;
    tail.numbers.forEach((n, i) => {
      const start = i === 0 ? m.index + headOffset(pre, w) : n.start;
      // "القرار (2216)": the closing bracket belongs to the mention when the opening one does.
      const end = i === 0 && norm[n.start - 1] === '(' && norm[n.end] === ')' ? n.end + 1 : n.end;
      out.push({ number: n.number, stated, body: null, year: n.year, span: { start, end }, rule: 'cited-after-head', trail: [], cues: [...tail.cues] });
    });
    // Continue after the numbers read, so that a list is not read twice.
    from = Math.max(from, tail.numbers[tail.numbers.length - 1].end);
  }
  return out;
}

/**
 * Where the mention starts within the matched word: after a conjunction or preposition (وقرار →
 * قرار, بالقرار → القرار), but not when ل has swallowed the article's alef (للقرار stays whole).
 */
function headOffset(pre: string, w: string): number {
  return pre.endsWith('ل') && w.startsWith('ل') ? pre.length - 1 : pre.length;
}

/** The main parser (see findCitedAfterHead). */
export const citedAfterHead: ResolutionParser = {
  id: 'cited-after-head',
  stage: 'resolutions',
  summary: 'a head word (قرار، القرارين، قرارات…), known qualifiers and one or more numbers: قرار مجلس الأمن رقم 2287',
  example: 'وطالب الوزير بتطبيق قرار مجلس الأمن رقم 2287 دون تأخير.',
  find: (doc) => findCitedAfterHead(doc.norm),
};
