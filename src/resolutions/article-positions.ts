import { remember, type Doc } from '../document.js';
import type { ResolutionBody } from '../types.js';
import { BODY_RE, markerOf, NOT_BODY_NEXT_AT } from './forms.js';
import { at } from './scan-qualifiers.js';

/**
 * Positions found once per article and searched by binary search, so that looking back from each
 * citation (to its sentence's start, for a body or a national authority) costs no more than a
 * lookup: a sentence of thousands of citations stays linear.
 */

/** Where a regex matched, in normalised offsets. */
export interface Hit {
  start: number;
  end: number;
}

/** A named body (not a bare UN form) at a normalised offset. */
export interface BodyAt extends Hit {
  body: ResolutionBody;
}

/** Every match of global `re` in the article, in text order; found once per article (kept on the document under `key`). */
export function hitsOf(doc: Doc, re: RegExp, key: string): Hit[] {
  return remember(doc, key, () => {
    const hits: Hit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm)) hits.push({ start: m.index, end: m.index + m[0].length });
    return hits;
  });
}

/**
 * Every named body in the article, in text order (one scan per article, on first need); not a
 * national one ("مجلس الأمن القومي", "الجمعية العامة للمساهمين").
 */
export function namedBodies(doc: Doc): BodyAt[] {
  return remember(doc, 'resolutions/namedBodies', () => bodiesIn(doc));
}

function bodiesIn(doc: Doc): BodyAt[] {
  const found: BodyAt[] = [];
  BODY_RE.lastIndex = 0;
  for (let m = BODY_RE.exec(doc.norm); m; m = BODY_RE.exec(doc.norm)) {
    const marker = markerOf(m.groups?.w ?? '');
    const end = m.index + m[0].length;
    if (marker && marker !== 'UN' && at(NOT_BODY_NEXT_AT, doc.norm, end) < 0) found.push({ start: m.index, end, body: marker });
  }
  return found;
}

/** Index of the last hit (text order) that ends at or before `at`, or -1 (binary search). */
export function lastEndingBy(bodies: readonly Hit[], at: number): number {
  let lo = 0;
  let hi = bodies.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bodies[mid].end <= at) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last;
}
