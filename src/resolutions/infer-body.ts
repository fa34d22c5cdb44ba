import { sentenceAt, type Doc } from '../document.js';
import { RESOLUTION_BY_NUMBER, type ResolutionEntry } from '../lexicon/resolutions.js';
import type { ResolutionBody } from '../types.js';
import { fitsContext } from './article-context.js';
import { lastEndingBy, namedBodies, type BodyAt } from './article-positions.js';
import type { ResolutionMention } from './model.js';
import { isPlausibleYear } from './numbers.js';
import { isIssuedByDomesticAuthority } from './reject-domestic.js';
import { unscYear } from './unsc-year.js';

/**
 * The issuing body of a mention, most explicit evidence first:
 * 1. a body named in the citation: "قرار مجلس الأمن 2216", "القرار 2254 الصادر عن المجلس الدولي";
 * 2. a session in brackets: "القرار 181 (د-2)" is the General Assembly's, "8437 د.ع (149)" the
 *    Arab League council's;
 * 3. the table of well-known numbers: at once for a UN resolution ("القرار الأممي 2216"); for a
 *    bare one ("القرار 2216") only when the article names its file (Yemen) and nothing makes it a
 *    domestic decision (see tableFits);
 * 4. "session/number" cited as a UN resolution is the General Assembly's numbering: "القرار الأممي 67/19";
 * 5. a number with the year the Security Council's numbering gives it: "القرار 2287 (2016)",
 *    "القرار الأممي 2287 لعام 2016" (not one a national authority issues: "أصدر الرئيس القرار …");
 * 6. a body named earlier in the same sentence: "وكان مجلس الأمن اعتمد … القرار رقم 2414";
 * 7. a bare "session/number" in an article that names the General Assembly or the Human Rights
 *    Council: the one named nearest before it (else after it).
 */
export function inferBody(doc: Doc, m: ResolutionMention): ResolutionBody | null {
  if (m.stated !== null && m.stated !== 'UN') return m.stated;
  if (m.cues.includes('session')) return 'UNGA';
  if (m.cues.includes('arab-league-session') && m.stated === null) return 'ARAB_LEAGUE';
  const entry = RESOLUTION_BY_NUMBER.get(m.number);
  if (entry && (m.stated === 'UN' || tableFits(doc, m, entry))) return entry.body;
  if (m.stated === 'UN' && m.number.includes('/')) return 'UNGA';
  if (!entry && yearMatchesCouncil(m) && (m.stated === 'UN' || !isIssuedByDomesticAuthority(doc, m.span.start))) return 'UNSC';
  return bodyEarlierInSentence(doc, m.span.start) ?? (m.stated === null ? sessionBodyInArticle(doc, m) : null);
}

/**
 * Whether a bare citation of a well-known number is that resolution: it carries no other year, no
 * sign makes it a domestic decision (a "لسنة" year, a national issuer after it or issuing it just
 * before: "أصدر الوزير القرار 1701"), and either its own year follows in brackets ("2254 (2015)",
 * the UN's style) or the article names the resolution's state or topic.
 */
function tableFits(doc: Doc, m: ResolutionMention, entry: ResolutionEntry): boolean {
  if (m.year !== null && m.year !== entry.year) return false;
  if (m.cues.includes('year-lisana') || m.cues.includes('domestic-issuer')) return false;
  if (isIssuedByDomesticAuthority(doc, m.span.start)) return false;
  return (m.year === entry.year && m.cues.includes('year-brackets')) || fitsContext(doc, entry);
}

/**
 * A plain number with a year that is its year in the Security Council's numbering: in brackets
 * after a bare citation ("القرار 2287 (2016)", the UN's own style), in any form after a UN one.
 */
function yearMatchesCouncil(m: ResolutionMention): boolean {
  if (m.year === null || m.number.includes('/') || isPlausibleYear(Number(m.number))) return false;
  if (m.stated === null && !m.cues.includes('year-brackets')) return false;
  return unscYear(m.number) === m.year;
}

/** The named body (not a bare UN form) nearest before `at` in its sentence, or null. */
export function bodyEarlierInSentence(doc: Doc, at: number): ResolutionBody | null {
  const i = sentenceAt(doc, at);
  if (i < 0) return null;
  const bodies = namedBodies(doc);
  const last = lastEndingBy(bodies, at);
  return last >= 0 && bodies[last].start >= doc.sentences[i].start ? bodies[last].body : null;
}

// "session/number": a General Assembly resolution has a session from the 31st (1976, the first
// numbered in symbols) and a number up to a few hundred; a Human Rights Council one a session up
// to 60 and a number below 100. "1/1559" is neither.
const SESSION_NUMBER = /^(\d{1,2})\/(\d{1,3})$/;

const sessionBodiesOf = new WeakMap<Doc, BodyAt[]>();

/**
 * For a bare "session/number" ("القرار 65/224"): the General Assembly or Human Rights Council the
 * article names nearest before the mention, else the first named after it; null when it names
 * neither or the numbers cannot be theirs.
 */
function sessionBodyInArticle(doc: Doc, m: ResolutionMention): ResolutionBody | null {
  const sn = SESSION_NUMBER.exec(m.number);
  if (!sn) return null;
  let bodies = sessionBodiesOf.get(doc);
  if (!bodies) {
    bodies = namedBodies(doc).filter((b) => b.body === 'UNGA' || b.body === 'UNHRC');
    sessionBodiesOf.set(doc, bodies);
  }
  const last = lastEndingBy(bodies, m.span.start);
  const body = (last >= 0 ? bodies[last] : bodies[0])?.body ?? null;
  const session = Number(sn[1]);
  const number = Number(sn[2]);
  if (body === 'UNGA') return session >= 31 && number >= 1 && number <= 400 ? 'UNGA' : null;
  return body === 'UNHRC' && session >= 1 && session <= 60 && number >= 1 && number < 100 ? 'UNHRC' : null;
}
