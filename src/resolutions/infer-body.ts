import { enabled, remember, sentenceAt, type Doc } from '../document.js';
import { RESOLUTION_BY_NUMBER, type ResolutionEntry } from '../lexicon/resolutions.js';
import { mark } from '../rules.js';
import type { ResolutionBody } from '../types.js';
import { fitsContext } from './article-context.js';
import { lastEndingBy, namedBodies } from './article-positions.js';
import type { ResolutionMention, ResolutionRule } from './model.js';
import { isPlausibleYear } from './numbers.js';
import { isIssuedByDomesticAuthority } from './reject-domestic.js';
import { unscYear } from './unsc-year.js';

/** One kind of evidence for the body of a mention that names none itself (or only "a UN one"). */
export interface BodyEvidence extends ResolutionRule {
  body(doc: Doc, m: ResolutionMention, entry: ResolutionEntry | undefined): ResolutionBody | null;
}

/** The evidence, most explicit first; the first that answers decides. */
export const BODY_EVIDENCE: readonly BodyEvidence[] = [
  {
    id: 'ga-session',
    stage: 'resolutions',
    summary: 'a General Assembly session in brackets: القرار 181 (د-2), (الدورة 3), (III)',
    example: 'ويكفل القرار 3001 (د-29) حق الشعوب في تقرير مصيرها.',
    body: (_doc, m) => (m.cues.includes('session') ? 'UNGA' : null),
  },
  {
    id: 'arab-league-session',
    stage: 'resolutions',
    summary: 'an Arab League council session after the number: 8437 د.ع (149)',
    example: 'وأيد المندوب القرار رقم 8437 د.ع (149) بالإجماع.',
    body: (_doc, m) => (m.cues.includes('arab-league-session') && m.stated === null ? 'ARAB_LEAGUE' : null),
  },
  {
    id: 'well-known-number',
    stage: 'resolutions',
    summary: 'a well-known number cited as a UN resolution is the table\'s: القرار الأممي 2216',
    example: 'وطالب البيان بتنفيذ القرار الأممي 2216 دون إبطاء.',
    body: (_doc, m, entry) => (entry && m.stated === 'UN' ? entry.body : null),
  },
  {
    id: 'well-known-in-context',
    stage: 'resolutions',
    summary: 'a bare well-known number in an article about its file (Yemen for القرار 2216), or with its year in brackets',
    example: 'وطالب البيان الحوثيين بتنفيذ القرار 2216 في اليمن.',
    body: (doc, m, entry) => (entry && m.stated === null && tableFits(doc, m, entry) ? entry.body : null),
  },
  {
    id: 'un-session-number',
    stage: 'resolutions',
    summary: 'session/number cited as a UN resolution is the General Assembly\'s numbering: القرار الأممي 67/19',
    example: 'وصوتت الدول لصالح القرار الأممي 71/12 بأغلبية كبيرة.',
    body: (_doc, m) => (m.stated === 'UN' && m.number.includes('/') ? 'UNGA' : null),
  },
  {
    id: 'council-year',
    stage: 'resolutions',
    summary: 'a number with its year in the Security Council\'s numbering: القرار 2287 (2016)',
    example: 'وأكد البيان أن القرار 2287 (2016) ملزم للأطراف.',
    body: (doc, m, entry) =>
      !entry && yearMatchesCouncil(m) && (m.stated === 'UN' || !isIssuedByDomesticAuthority(doc, m.span.start)) ? 'UNSC' : null,
  },
  {
    id: 'body-earlier-in-sentence',
    stage: 'resolutions',
    summary: 'a body named earlier in the sentence: وكان مجلس الأمن اعتمد … القرار رقم 2414',
    example: 'وكان مجلس الأمن قد اعتمد في الشهر الماضي القرار رقم 2469 بالإجماع.',
    body: (doc, m) => bodyEarlierInSentence(doc, m.span.start),
  },
  {
    id: 'session-body-in-article',
    stage: 'resolutions',
    summary: 'a bare session/number in an article that names the General Assembly or the Human Rights Council',
    example: 'واختتمت الجمعية العامة دورتها أمس. ويدعو القرار 71/12 إلى الحوار.',
    body: (doc, m) => (m.stated === null ? sessionBodyInArticle(doc, m) : null),
  },
];

/**
 * The issuing body of a mention: the body it names (stated, "قرار مجلس الأمن 2216", "القرار 1701
 * الصادر عن المجلس الدولي"), else the first of BODY_EVIDENCE that answers, whose id joins the mention's
 * trail; null when none does.
 */
export function inferBody(doc: Doc, m: ResolutionMention): ResolutionBody | null {
  if (m.stated !== null && m.stated !== 'UN') return m.stated;
  const entry = RESOLUTION_BY_NUMBER.get(m.number);
  for (const e of BODY_EVIDENCE) {
    if (!enabled(doc, e.id)) continue;
    const body = e.body(doc, m, entry);
    if (body) {
      mark(m.trail, e.id);
      return body;
    }
  }
  return null;
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

/**
 * For a bare "session/number" ("القرار 65/224"): the General Assembly or Human Rights Council the
 * article names nearest before the mention, else the first named after it; null when it names
 * neither or the numbers cannot be theirs.
 */
function sessionBodyInArticle(doc: Doc, m: ResolutionMention): ResolutionBody | null {
  const sn = SESSION_NUMBER.exec(m.number);
  if (!sn) return null;
  const bodies = remember(doc, 'resolutions/sessionBodies', () => namedBodies(doc).filter((b) => b.body === 'UNGA' || b.body === 'UNHRC'));
  const last = lastEndingBy(bodies, m.span.start);
  const body = (last >= 0 ? bodies[last] : bodies[0])?.body ?? null;
  const session = Number(sn[1]);
  const number = Number(sn[2]);
  if (body === 'UNGA') return session >= 31 && number >= 1 && number <= 400 ? 'UNGA' : null;
  return body === 'UNHRC' && session >= 1 && session <= 60 && number >= 1 && number < 100 ? 'UNHRC' : null;
}
