import type { Meeting, Participant, Position, Resolution, Span, Summary } from '../types.js';
import { PDI, RLI, firstStrong, isolate } from './bidi.js';
import { markedSentence } from './context.js';
import { BODY, LABELS, MEETING_KIND, STANCE, countryName, type Lang } from './labels.js';
import { meetingsOfPositions } from './said-at.js';
import { fitSegs, joinSegs, participantNamed, preparer, type Seg, type ViewOptions } from './view.js';
import { displayWidth, padEnd, wrap } from './width.js';

/**
 * The brief: a summary read at a glance. Per article, one line per meeting (who, with role and
 * country, met whom, where, when, what kind), the resolutions with their subject, then the
 * positions grouped by holder, each cut to one line, in the order of the text, and the counts.
 * Without --context it is held to BRIEF_LINES lines so a typical article fits an 80×24
 * terminal with the command above it and the prompt below: when positions do not fit, each
 * holder shows its first ones and says how many more there are.
 */
export const BRIEF_LINES = 22;

/** Sides named on a meeting's line; more are counted. */
const MAX_SIDES = 3;

/** "EG" in English (short), "مصر" in Arabic (a code reads badly inside Arabic). */
function countryOf(code: string, lang: Lang): string {
  return lang === 'en' ? code : (countryName(code, lang) ?? code);
}

/** Role (with the organisation when the role does not name it) and country of a participant. */
export function participantParts(p: Participant | undefined, lang: Lang): { role: string; country: string } {
  if (!p) return { role: '', country: '' };
  const role = p.role ?? p.roles[0] ?? '';
  const org = p.organization && p.organization !== p.name && !role.includes(p.organization) ? p.organization : '';
  return { role: [role, org].filter(Boolean).join(lang === 'ar' ? '، ' : ', '), country: p.country ? countryOf(p.country, lang) : '' };
}

/** "role, country": what follows a name in a heading or in parentheses. */
export function describeParticipant(p: Participant | undefined, lang: Lang): string {
  const { role, country } = participantParts(p, lang);
  return [role, country].filter(Boolean).join(lang === 'ar' ? '، ' : ', ');
}

/**
 * The segments for " (role, CC)" after a name: the role may be shortened or dropped, the
 * country stays (" (CC)").
 */
function roleSegs(p: Participant | undefined, lang: Lang, open: string, close: string, countryRank?: number): Seg[] {
  const { role, country } = participantParts(p, lang);
  const comma = lang === 'ar' ? '، ' : ', ';
  if (!role && !country) return [];
  if (!role) return [{ text: '', fallback: open + country + close, fallbackRank: countryRank }];
  return [{ text: role, before: open, after: country ? comma + country + close : close, fallback: country ? open + country + close : undefined, fallbackRank: countryRank, value: true, min: 12, rank: 0, drop: true }];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The counts line. */
export function countsLine(summary: Summary, lang: Lang): string {
  const holders = new Set(summary.positions.map((p) => p.holder)).size;
  if (lang === 'ar') {
    return `اللقاءات: ${summary.meetings.length} · المشاركون: ${summary.participants.length} · المواقف: ${summary.positions.length} (أصحابها: ${holders}) · القرارات: ${summary.resolutions.length}`;
  }
  return [
    plural(summary.meetings.length, 'meeting', 'meetings'),
    plural(summary.participants.length, 'participant', 'participants'),
    `${plural(summary.positions.length, 'position', 'positions')} by ${plural(holders, 'holder', 'holders')}`,
    plural(summary.resolutions.length, 'resolution', 'resolutions'),
  ].join(' · ');
}

/** "S/RES/2254 (2015)", or the body, number and year where there is no symbol. */
export function resolutionName(r: Resolution, lang: Lang): string {
  if (r.symbol) return r.symbol;
  const body = r.body ? BODY[lang][r.body] + ' ' : '';
  return `${body}${r.number}${r.year ? ` (${r.year})` : ''}`;
}

/** Positions grouped by holder, groups in order of their first position, each in text order. */
export function groupByHolder(positions: readonly Position[]): { holder: string | null; items: number[] }[] {
  const order = positions.map((_, i) => i).sort((a, b) => positions[a].start - positions[b].start || a - b);
  const groups = new Map<string | null, number[]>();
  for (const i of order) {
    const key = positions[i].holder;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }
  return [...groups].map(([holder, items]) => ({ holder, items }));
}

/**
 * How many positions each holder shows within `budget` lines (a heading each, one line per
 * position): the same number for all as far as the room allows, the rest to the earliest
 * holders. Holders that do not fit at all get 0 (the caller says how many were left out).
 */
export function allot(sizes: readonly number[], budget: number): number[] {
  const total = sizes.reduce((a, n) => a + 1 + n, 0);
  if (total <= budget) return [...sizes];
  const shown = sizes.map(() => 0);
  // One heading and one position per holder while room lasts (one line kept for "… more").
  let room = budget;
  let fitting = 0;
  while (fitting < sizes.length && room >= 2 + (fitting < sizes.length - 1 ? 1 : 0)) {
    shown[fitting] = 1;
    room -= 2;
    fitting++;
  }
  if (fitting < sizes.length) return shown;
  for (let k = 2; room > 0; k++) {
    let grew = false;
    for (let g = 0; g < sizes.length && room > 0; g++) {
      if (sizes[g] >= k) {
        shown[g] = k;
        room--;
        grew = true;
      }
    }
    if (!grew) break;
  }
  return shown;
}

/** Render the brief of one summary (see BRIEF_LINES). */
export function renderBrief(summary: Summary, opts: ViewOptions): string {
  const { lang, width } = opts;
  const L = LABELS[lang];
  const c = opts.chalk;
  const P = preparer(opts);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const sep = lang === 'ar' ? '، ' : ', ';
  const out: string[] = [];
  // Every piece is prepared here (made safe, shaped for --visual) before it is measured.
  const prep = (s: Seg): Seg => ({ ...s, text: P(s.text), before: s.before && P(s.before), after: s.after && P(s.after), fallback: s.fallback && P(s.fallback) });
  const line = (segs: Seg[]): void => void out.push(joinSegs(fitSegs(segs.map(prep), width), dir, width));
  const heading = (text: string): void => line([{ text, style: c ? (s) => c.bold(s) : undefined }]);
  const text = opts.text;
  const context = (span: Span): void => {
    if (!opts.context || text === undefined) return;
    const indent = 6;
    const marked = markedSentence(text, span, { chalk: c, prepare: P });
    const sentenceDir = firstStrong(marked) ?? 'ltr';
    for (const l of wrap(marked, Math.max(10, width - indent))) {
      const body = isolate(l, sentenceDir);
      out.push(dir === 'ltr' ? ' '.repeat(indent) + body : ' '.repeat(Math.max(0, width - indent - displayWidth(l))) + RLI + body + PDI);
    }
  };

  if (opts.source !== undefined) {
    const title = `== ${isolate(P(opts.source))} ==`;
    out.push(c ? c.bold.underline(title) : title);
  }
  const said = meetingsOfPositions(summary, text);
  const tagWidth = summary.meetings.length ? `[${summary.meetings.length}] `.length : 0;
  const tag = (i: number | null): string => (i === null ? ' '.repeat(tagWidth) : padEnd(`[${i + 1}]`, tagWidth));

  // Meetings: one line each.
  if (summary.meetings.length) {
    heading(L.meetings);
    summary.meetings.forEach((m, i) => {
      line(meetingSegs(summary, m, tag(i), lang, sep));
      context(m);
    });
  }

  // Resolutions, with their subject.
  if (summary.resolutions.length) {
    heading(L.resolutions);
    for (const r of summary.resolutions) {
      const n = r.mentions?.length || 1;
      const cited = lang === 'ar' ? `${L.mentionsShort}: ${n}` : plural(n, 'mention', 'mentions');
      line([
        { text: ' • ' },
        { text: resolutionName(r, lang), value: true },
        { text: r.subject ?? r.text, before: ' · ', value: true, min: 12, rank: 1, drop: true },
        { text: cited, before: ' · ', style: c ? (s) => c.dim(s) : undefined },
      ]);
      context(r);
    }
  }

  // Positions, grouped by holder.
  if (summary.positions.length) {
    const fixed = out.length + 2; // the positions heading and the counts line
    const groups = groupByHolder(summary.positions);
    const shown = opts.context ? groups.map((g) => g.items.length) : allot(groups.map((g) => g.items.length), BRIEF_LINES - fixed);
    heading(L.positions);
    const stanceWidth = Math.max(...summary.positions.map((p) => displayWidth(P(STANCE[lang][p.stance]))));
    groups.forEach((g, gi) => {
      if (shown[gi] === 0) return;
      const who = participantNamed(summary, g.holder);
      const more = g.items.length - shown[gi];
      line([
        { text: ' ' },
        { text: g.holder ?? L.unknown, value: true, min: 8, rank: 2, style: c ? (s) => c.bold(s) : undefined },
        ...roleSegs(who, lang, ' · ', ''),
        { text: more > 0 ? `  +${more} ${L.more}` : '', style: c ? (s) => c.dim(s) : undefined },
      ]);
      for (const i of g.items.slice(0, shown[gi])) {
        const p = summary.positions[i];
        line([
          { text: '    ' + tag(said[i]) },
          { text: padEnd(P(STANCE[lang][p.stance]), stanceWidth) + '  ', style: c ? (s) => c.cyan(s) : undefined },
          { text: p.via ?? '', before: `${L.via.toLowerCase()} `, after: ': ', value: true, min: 8, rank: 0, drop: true, style: c ? (s) => c.dim(s) : undefined },
          { text: p.statement, value: true, min: 10, rank: 1 },
        ]);
        context(p);
      }
    });
    const hidden = groups.filter((_, gi) => shown[gi] === 0);
    if (hidden.length) {
      const count = hidden.reduce((a, g) => a + g.items.length, 0);
      const note = lang === 'ar' ? ` … ${hidden.length} ${L.elided} (${count})؛ ${L.seeTable}` : ` … ${hidden.length} ${L.elided} (${plural(count, 'position', 'positions')}); ${L.seeTable}`;
      line([{ text: note, style: c ? (s) => c.dim(s) : undefined }]);
    }
  }

  if (!summary.meetings.length && !summary.resolutions.length && !summary.positions.length) line([{ text: L.nothing }]);
  line([{ text: countsLine(summary, lang), min: 10, style: c ? (s) => c.dim(s) : undefined }]);
  return out.join('\n') + '\n';
}

/** One meeting on one line: tag, kind, place, date, then who (role, country) met whom. */
function meetingSegs(summary: Summary, m: Meeting, tag: string, lang: Lang, sep: string): Seg[] {
  const L = LABELS[lang];
  const segs: Seg[] = [{ text: tag }, { text: MEETING_KIND[lang][m.kind] }];
  if (m.location) segs.push({ text: m.location, before: ' · ', value: true, min: 6, rank: 1 });
  if (m.date) segs.push({ text: m.date, before: ' · ', value: true, min: 6, rank: 1 });
  segs.push({ text: ': ' });
  // The host first ("A received B"), else the sides in the order given ("A with B, C").
  const names = m.host && m.participants.includes(m.host) ? [m.host, ...m.participants.filter((n) => n !== m.host)] : [...m.participants];
  names.slice(0, MAX_SIDES).forEach((name, k) => {
    if (k === 1) segs.push({ text: ` ${m.host && names[0] === m.host ? L.received : L.with} ` });
    else if (k > 1) segs.push({ text: sep });
    segs.push({ text: name, value: true, min: 8, rank: 3 });
    segs.push(...roleSegs(participantNamed(summary, name), lang, ' (', ')', 2));
  });
  if (names.length > MAX_SIDES) segs.push({ text: ` +${names.length - MAX_SIDES}` });
  if (names.length === 0) segs.push({ text: '—' });
  return segs;
}
