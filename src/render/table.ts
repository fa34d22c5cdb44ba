import type { Summary } from '../types.js';
import { renderBrief, describeParticipant, groupByHolder } from './brief.js';
import { renderGrid, type Cell, type Column, type GridRow } from './grid.js';
import { BODY, LABELS, MEETING_KIND, STANCE, countryLabel, type Lang } from './labels.js';
import { meetingsOfPositions } from './said-at.js';
import { joinSegs, participantNamed, preparer, type ViewOptions } from './view.js';

/** How to draw the tables: the brief's options (the table view starts with the brief). */
export type TableOptions = ViewOptions;

export { fitColumns } from './grid.js';

const DASH = '—';

/** A line of our own words: right-aligned in a right-to-left isolate when the labels are Arabic. */
function labelLine(text: string, opts: TableOptions, style?: (s: string) => string): string {
  const styled = (s: string) => (style ? style(s) : s);
  return opts.lang === 'ar' ? joinSegs([{ text, style }], 'rtl', opts.width) : styled(text);
}

/** One section: a bold title line, then its table (or "none found"). */
function section(title: string, columns: Column[], rows: GridRow[], opts: TableOptions): string {
  const c = opts.chalk;
  const P = preparer(opts);
  const heading = labelLine(P(title), opts, c ? (s) => c.bold(s) : undefined);
  if (rows.length === 0) return `${heading}\n${labelLine('  ' + P(LABELS[opts.lang].none), opts, c ? (s) => c.dim(s) : undefined)}\n`;
  return `${heading}\n${renderGrid(columns, rows, { width: opts.width, chalk: c, rtl: opts.lang === 'ar', prepare: P })}`;
}

/** "(host)" after the receiving side. */
function sideName(name: string, host: string | null, lang: Lang): string {
  return host === name ? `${name} (${LABELS[lang].host})` : name;
}

/**
 * The table view: the brief, then four sections (meetings, participants, positions grouped under
 * a heading row naming each holder with role and country, resolutions). Each position row says
 * the meeting it was stated at (its number in the meetings table) and who relayed it.
 */
export function renderTable(summary: Summary, opts: TableOptions): string {
  const L = LABELS[opts.lang];
  const lang = opts.lang;
  const out: string[] = [renderBrief(summary, opts)];
  // The brief carries the title line; the tables follow it.
  const tableOpts: TableOptions = { ...opts, source: undefined };

  out.push(
    section(
      L.meetings,
      [{ head: L.number_sign }, { head: L.who, grow: 3 }, { head: L.where }, { head: L.when }, { head: L.kind }],
      summary.meetings.map((m, i) => ({
        cells: [
          String(i + 1),
          m.participants.length ? ({ atoms: m.participants.map((p) => sideName(p, m.host, lang)), sep: lang === 'ar' ? '،' : ',' } satisfies Cell) : DASH,
          m.location ?? DASH,
          m.isoDate && m.date ? `${m.date} (${m.isoDate})` : (m.date ?? DASH),
          MEETING_KIND[lang][m.kind] ?? DASH,
        ],
      })),
      tableOpts,
    ),
  );

  out.push(
    section(
      L.participants,
      [{ head: L.name }, { head: L.role, grow: 2 }, { head: L.affiliation, grow: 2 }],
      summary.participants.map((p) => ({
        cells: [
          { atoms: [p.name] },
          p.role ?? DASH,
          // An organisation standing for itself is not repeated as its own affiliation.
          [p.country ? countryLabel(p.country, lang) : null, p.organization === p.name ? null : p.organization].filter(Boolean).join(' · ') || DASH,
        ],
      })),
      tableOpts,
    ),
  );

  // Grouped under a heading row per holder (in order of the holder's first position), so every
  // row's holder is plain; the holder's role and country come from the participant of that name.
  const said = meetingsOfPositions(summary, opts.text);
  const withVia = summary.positions.some((p) => p.via);
  const positionRows: GridRow[] = [];
  for (const g of groupByHolder(summary.positions)) {
    const role = describeParticipant(participantNamed(summary, g.holder), lang);
    positionRows.push({ heading: `${g.holder ?? L.unknown}${role ? ` · ${role}` : ''}` });
    for (const i of g.items) {
      const p = summary.positions[i];
      positionRows.push({
        cells: [said[i] === null ? DASH : String(said[i]! + 1), p.cue ?? DASH, STANCE[lang][p.stance] ?? DASH, ...(withVia ? [p.via ?? DASH] : []), p.statement],
      });
    }
  }
  out.push(
    section(
      L.positions,
      [{ head: L.at }, { head: L.cue }, { head: L.stance }, ...(withVia ? [{ head: L.via }] : []), { head: L.statement, grow: 5 }],
      positionRows,
      tableOpts,
    ),
  );

  out.push(
    section(
      L.resolutions,
      [{ head: L.body }, { head: L.resolution }, { head: L.subject, grow: 3 }, { head: L.mentions }],
      summary.resolutions.map((r) => ({
        cells: [
          // The body's name is ours and short: kept on one line.
          { atoms: [r.body ? BODY[lang][r.body] : DASH] },
          // The UN symbol where known (S/RES/2254 (2015)), else the number and year.
          { atoms: [r.symbol ?? (r.year == null ? r.number : `${r.number} (${r.year})`)] },
          r.subject ?? DASH,
          String(r.mentions?.length || 1),
        ],
      })),
      tableOpts,
    ),
  );
  return out.join('\n');
}

