/**
 * Dyadic event rows from a summary's meetings, in the shape event-data work uses (CAMEO-coded
 * source–target pairs as the PETRARCH coders, Phoenix and ICEWS produce them): one row per
 * ordered pair of sides of each meeting, so a meeting of A and B gives A→B and B→A.
 *
 * Event codes (CAMEO 1.1b3, root 03 and 04):
 * - 036 Express intent to meet or negotiate: a meeting told as arranged, not held (dated after
 *   the reference day, or "من المقرر أن يلتقي", "سيزور" in its evidence).
 * - 042 Make a visit (the visitor → the host) and 043 Host a visit (the host → the visitor): a
 *   reception or visit whose host is known (استقبل, or the side whose capital is the venue).
 * - 046 Engage in negotiation: talks (محادثات، مفاوضات، مباحثات).
 * - 041 Discuss by telephone: a call.
 * - 040 Consult: any other meeting, summit or joint conference.
 * All of them are verbal cooperation: Phoenix/ICEWS quad class 1.
 */
import type { Meeting, Participant, Summary } from '../types.js';
import { normalizeForm } from '../normalize/index.js';
import { countriesAt } from './lookup.js';
import { actorCode } from './actors.js';

/** One dyadic event. */
export interface EventRow {
  eventId: string;
  article: string;
  /** YYYY-MM-DD, or '' when the meeting's date could not be resolved. */
  date: string;
  dateResolution: string;
  sourceName: string;
  sourceActor: string;
  sourceRole: string;
  targetName: string;
  targetActor: string;
  targetRole: string;
  cameoCode: string;
  quadClass: number;
  location: string;
  meetingKind: string;
  evidenceStart: number;
  evidenceEnd: number;
}

/** Verbs and phrases that tell a meeting as arranged rather than held. */
const ARRANGED = /(?<!\p{L})(?:من المقرر|من المنتظر|من المرتقب|المقرر|المرتقب|المرتقبه|المزمع|المزمعه|يعتزم|تعتزم|سيلتقي|ستلتقي|سيلتقيان|سيجتمع|ستجتمع|سيعقد|ستعقد|ستنعقد|سينعقد|سيزور|ستزور|سيبحث|ستبحث|سيستقبل|ستستقبل|سيجري|ستجري|ستنطلق|سينطلق|سيتوجه|ستتوجه|سيشارك|ستشارك|سيترأس|ستترأس|سيصل|ستصل)(?!\p{L})/u;

/** Was the meeting only arranged when the article was written? */
export function isArranged(meeting: Meeting, text: string, reference: string | null): boolean {
  if (meeting.isoDate && reference && meeting.dateResolution === 'day' && meeting.isoDate > reference) return true;
  return ARRANGED.test(normalizeForm(text.slice(meeting.start, meeting.end)));
}

/**
 * The hosts of a reception or visit: the side the article names as receiving (استقبل), else the
 * sides of the country whose capital or name the venue is (a visit to القاهرة is hosted by Egypt).
 */
function hostsOf(meeting: Meeting, byName: Map<string, Participant>): Set<string> {
  if (meeting.host) return new Set([meeting.host]);
  if (!meeting.location) return new Set();
  const venue = normalizeForm(meeting.location).replace(/^(?:العاصمه|مدينه)\s+(?:\p{L}+\s+)?/u, '');
  const countries = new Set(countriesAt(venue).map((c) => c.iso));
  if (countries.size !== 1) return new Set();
  const hosts = meeting.participants.filter((n) => {
    const p = byName.get(n);
    return p?.country != null && countries.has(p.country) && p.organization == null;
  });
  // Every side from the host country means no visitor: no host either.
  return hosts.length > 0 && hosts.length < meeting.participants.length ? new Set(hosts) : new Set();
}

/** The CAMEO code of one ordered pair of a meeting. */
function codeOf(meeting: Meeting, arranged: boolean, hosts: Set<string>, source: string, target: string): string {
  if (arranged) return '036';
  if ((meeting.kind === 'reception' || meeting.kind === 'visit') && hosts.size > 0) {
    if (hosts.has(source) && !hosts.has(target)) return '043';
    if (hosts.has(target) && !hosts.has(source)) return '042';
  }
  if (meeting.kind === 'talks') return '046';
  if (meeting.kind === 'call') return '041';
  return '040';
}

/** The event rows of one summary; `article` names it (file name or record id). */
export function eventRows(summary: Summary, text: string, article: string): EventRow[] {
  const byName = new Map(summary.participants.map((p) => [p.name, p] as const));
  const reference = summary.referenceDate?.date ?? null;
  const rows: EventRow[] = [];
  summary.meetings.forEach((meeting, m) => {
    const sides = [...new Set(meeting.participants)];
    if (sides.length < 2) return;
    const arranged = isArranged(meeting, text, reference);
    const hosts = hostsOf(meeting, byName);
    let k = 0;
    for (const source of sides) {
      for (const target of sides) {
        if (source === target) continue;
        const s = byName.get(source);
        const t = byName.get(target);
        rows.push({
          eventId: `${article}#${m + 1}.${++k}`,
          article,
          date: meeting.isoDate ?? '',
          dateResolution: meeting.isoDate ? (meeting.dateResolution ?? 'day') : '',
          sourceName: source,
          sourceActor: s ? actorCode(s) : '',
          sourceRole: s?.role ?? '',
          targetName: target,
          targetActor: t ? actorCode(t) : '',
          targetRole: t?.role ?? '',
          cameoCode: codeOf(meeting, arranged, hosts, source, target),
          quadClass: 1,
          location: meeting.location ?? '',
          meetingKind: meeting.kind,
          evidenceStart: meeting.start,
          evidenceEnd: meeting.end,
        });
      }
    }
  });
  return rows;
}
