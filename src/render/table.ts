import type { Chalk } from 'chalk';
import type { Summary } from '../types.js';
import { loadCliTable } from './cli-table.js';
import { BODY, LABELS, MEETING_KIND, STANCE, countryLabel, type Lang } from './labels.js';
import { sanitizeForTerminal } from './sanitize.js';
import { displayWidth, wrap } from './width.js';

/** How to draw the tables. */
export interface TableOptions {
  lang: Lang;
  /** Total width available, in columns (the terminal's width). */
  width: number;
  /** A chalk instance when colouring, else null: then no ANSI code is written at all. */
  chalk: InstanceType<typeof Chalk> | null;
  /** Shown as a title line above the tables, when summarising several inputs. */
  source?: string;
}

const DASH = '—';

/**
 * Shrink column widths until they fit: the widest column gives up a column at a time, so short
 * columns (numbers, cues) keep their natural width and long text wraps.
 */
export function fitColumns(natural: readonly number[], available: number, min = 6): number[] {
  const widths = natural.map((w) => Math.max(1, w));
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > available) {
    let widest = 0;
    for (let i = 1; i < widths.length; i++) if (widths[i] > widths[widest]) widest = i;
    if (widths[widest] <= min) break;
    widths[widest]--;
    total--;
  }
  return widths;
}

/** One section: a bold title line, then a cli-table3 table whose cells are wrapped by us. */
function section(title: string, head: string[], rows: string[][], opts: TableOptions): string {
  const c = opts.chalk;
  const heading = c ? c.bold(title) : title;
  if (rows.length === 0) return `${heading}\n  ${c ? c.dim(LABELS[opts.lang].none) : LABELS[opts.lang].none}\n`;
  const cells = rows.map((row) => row.map((cell) => sanitizeForTerminal(cell)));
  const natural = head.map((h, i) => Math.max(displayWidth(h), ...cells.map((row) => Math.max(...row[i].split(/\s+/).map(displayWidth), displayWidth(row[i])))));
  // Each column costs a border and two padding spaces beyond its content, plus the closing border.
  const available = Math.max(head.length * 6, opts.width - head.length * 3 - 1);
  const widths = fitColumns(natural, available);
  const Table = loadCliTable();
  const table = new Table({
    head: head.map((h) => (c ? c.cyan(h) : h)),
    colWidths: widths.map((w) => w + 2),
    wordWrap: false,
    // Empty styles: cli-table3 would otherwise colour head and borders itself, even when piped.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of cells) table.push(row.map((cell, i) => wrap(cell, widths[i]).join('\n')));
  return `${heading}\n${table.toString()}\n`;
}

/** Render one summary as the four sections: meetings, participants, positions, resolutions. */
export function renderTable(summary: Summary, opts: TableOptions): string {
  const L = LABELS[opts.lang];
  const c = opts.chalk;
  const comma = opts.lang === 'ar' ? '، ' : ', ';
  const out: string[] = [];
  if (opts.source !== undefined) {
    const title = `== ${sanitizeForTerminal(opts.source)} ==`;
    out.push(c ? c.bold.underline(title) : title);
  }

  out.push(
    section(
      L.meetings,
      [L.who, L.where, L.when, L.kind],
      summary.meetings.map((m) => [
        m.participants.map((p) => (m.host === p ? `${p} (${L.host})` : p)).join(comma) || DASH,
        m.location ?? DASH,
        m.isoDate && m.date ? `${m.date} (${m.isoDate})` : (m.date ?? DASH),
        m.kind ? MEETING_KIND[opts.lang][m.kind] : DASH,
      ]),
      opts,
    ),
  );

  out.push(
    section(
      L.participants,
      [L.name, L.role, L.affiliation],
      summary.participants.map((p) => [
        p.name,
        p.role ?? DASH,
        // An organisation standing for itself is not repeated as its own affiliation.
        [p.country ? countryLabel(p.country, opts.lang) : null, p.organization === p.name ? null : p.organization].filter(Boolean).join(' · ') || DASH,
      ]),
      opts,
    ),
  );

  // Grouped by holder, in order of each holder's first position; the holder is named once per group.
  const groups = new Map<string, Summary['positions']>();
  for (const p of summary.positions) {
    const key = p.holder ?? L.unknown;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const positionRows: string[][] = [];
  for (const [holder, list] of groups) {
    list.forEach((p, i) => positionRows.push([i === 0 ? holder : '', p.cue ?? DASH, p.stance ? STANCE[opts.lang][p.stance] : DASH, p.statement]));
  }
  out.push(section(L.positions, [L.holder, L.cue, L.stance, L.statement], positionRows, opts));

  out.push(
    section(
      L.resolutions,
      [L.body, L.number, L.year, L.mentions],
      summary.resolutions.map((r) => [
        r.body ? BODY[opts.lang][r.body] : DASH,
        r.number,
        r.year == null ? DASH : String(r.year),
        String(r.mentions?.length || 1),
      ]),
      opts,
    ),
  );
  return out.join('\n');
}
