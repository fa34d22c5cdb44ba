import type { Chalk } from 'chalk';
import { firstStrong, isolate, type Direction } from './bidi.js';
import { displayWidth, wrap } from './width.js';

/**
 * A boxed table for the terminal, laid out by display width (src/render/width.ts), with every
 * cell line in its own directional isolate (src/render/bidi.ts) so terminals that apply the
 * bidi algorithm keep each cell under its header. Replaces cli-table3, which measured harakat
 * as columns and knows nothing of bidi.
 */

/**
 * A cell: text wrapped at spaces, or a list of atoms (names) joined by `sep` (default ",") that
 * are kept whole on a line, so a name is not split across lines when the list wraps.
 */
export type Cell = string | { atoms: string[]; sep?: string };

/** Widest atom kept whole: a longer one (a very long name) may still wrap at its spaces. */
const MAX_ATOM = 30;

/**
 * A column: its heading, and its share of the room beyond its longest word (default 1; long
 * free text such as statements gets more).
 */
export interface Column {
  head: string;
  grow?: number;
}

/** A row of cells, or a heading row spanning the whole table (e.g. the holder of a group). */
export type GridRow = { cells: Cell[] } | { heading: string };

export interface GridOptions {
  /** Total width available, in columns. */
  width: number;
  /** A chalk instance when colouring, else null. */
  chalk: InstanceType<typeof Chalk> | null;
  /** Lay the columns out right to left (the first column at the right), for Arabic labels. */
  rtl?: boolean;
  /** Applied to every cell's text before it is measured (sanitising, shaping for --visual). */
  prepare?: (text: string) => string;
}

/** The widest column gives up a column at a time until the total fits (words may then break). */
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

/**
 * Column widths from the content and the room: every column gets at least its longest word (no
 * word is broken), then the room left is shared out in proportion to each column's `grow`
 * (statements get more than names, names more than dates), no column past its natural width,
 * and what a column cannot take goes to the others. Only when even the longest words do not fit
 * are words broken (fitColumns).
 */
export function layoutWidths(natural: readonly number[], minimum: readonly number[], grow: readonly number[], available: number): number[] {
  const nat = natural.map((w) => Math.max(1, w));
  const min = minimum.map((w, i) => Math.min(nat[i], Math.max(1, w)));
  if (sum(nat) <= available) return nat;
  if (sum(min) > available) return fitColumns(nat, available, 4);
  const widths = [...min];
  let room = available - sum(widths);
  while (room > 0) {
    const open = widths.map((w, i) => (w < nat[i] ? Math.max(0, grow[i] ?? 1) : 0));
    const total = sum(open);
    if (total === 0) break;
    const before = room;
    // Shares rounded down; the largest share takes at least one column, so each round gives.
    const shares = open.map((g) => Math.floor((before * g) / total));
    const largest = open.indexOf(Math.max(...open));
    if (shares[largest] === 0) shares[largest] = 1;
    shares.forEach((share, i) => {
      const take = Math.min(share, nat[i] - widths[i], room);
      widths[i] += take;
      room -= take;
    });
  }
  return widths;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.atoms.join((cell.sep ?? ',') + ' ');
}

function longestWord(text: string): number {
  let max = 0;
  for (const word of text.split(/\s+/u)) max = Math.max(max, displayWidth(word));
  return max;
}

/** The narrowest a cell can be without breaking a word, or a name of an atom list. */
function narrowest(cell: Cell): number {
  if (typeof cell === 'string') return longestWord(cell);
  const sep = cell.sep ?? ',';
  return Math.max(0, ...cell.atoms.map((a, k) => {
    const atom = a + (k < cell.atoms.length - 1 ? sep : '');
    const w = displayWidth(atom);
    return w <= MAX_ATOM ? w : longestWord(atom);
  }));
}

/** Lines of a cell at a width: atoms are packed whole where they fit, else wrapped at spaces. */
export function wrapCell(cell: Cell, width: number): string[] {
  if (typeof cell === 'string') return wrap(cell, width);
  const sep = cell.sep ?? ',';
  const lines: string[] = [];
  let line = '';
  for (let k = 0; k < cell.atoms.length; k++) {
    const atom = cell.atoms[k] + (k < cell.atoms.length - 1 ? sep : '');
    const joined = line ? line + ' ' + atom : atom;
    if (displayWidth(joined) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    if (displayWidth(atom) <= width) line = atom;
    else {
      const pieces = wrap(atom, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** One cell line padded to the column: isolated, right-aligned when it reads right to left. */
function padLine(text: string, width: number, dir: Direction): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  const body = isolate(text, dir);
  return dir === 'rtl' ? gap + body : body + gap;
}

/** Render the table; rows wrap within the columns, and each row ends in a separator line. */
export function renderGrid(columns: readonly Column[], rows: readonly GridRow[], opts: GridOptions): string {
  const c = opts.chalk;
  const prepare = opts.prepare ?? ((s: string) => s);
  const prep = (cell: Cell): Cell => (typeof cell === 'string' ? prepare(cell) : { atoms: cell.atoms.map(prepare), sep: cell.sep });
  const head = columns.map((col) => prepare(col.head));
  const body: GridRow[] = rows.map((row): GridRow => ('heading' in row ? { heading: prepare(row.heading) } : { cells: row.cells.map(prep) }));
  const n = columns.length;
  const natural = head.map((h, i) => Math.max(displayWidth(h), ...body.map((r) => ('cells' in r ? displayWidth(cellText(r.cells[i])) : 0))));
  const minimum = head.map((h, i) => Math.max(longestWord(h), ...body.map((r) => ('cells' in r ? narrowest(r.cells[i]) : 0))));
  // Each column costs a border and two padding spaces, plus the closing border.
  const available = Math.max(n * 4, opts.width - n * 3 - 1);
  const widths = layoutWidths(natural, minimum, columns.map((col) => col.grow ?? 1), available);
  const inner = widths.reduce((a, b) => a + b, 0) + 3 * (n - 1);
  // A heading row wider than the columns widens the column that grows most, as far as the width
  // allows; beyond that it wraps.
  const headingNeed = Math.max(0, ...body.map((r) => ('heading' in r ? Math.min(displayWidth(r.heading), opts.width - 4) : 0)));
  if (headingNeed > inner) {
    const grows = columns.map((col) => col.grow ?? 1);
    widths[grows.lastIndexOf(Math.max(...grows))] += headingNeed - inner;
  }
  const spanWidth = widths.reduce((a, b) => a + b, 0) + 3 * (n - 1);
  const order = (xs: string[]): string[] => (opts.rtl ? [...xs].reverse() : xs);
  const ordered = order(widths.map(String)).map(Number);

  // Column directions: a cell's own first strong letter, else the column's usual direction.
  const columnDir = head.map((_, i) => {
    let rtl = 0;
    let ltr = 0;
    for (const r of body) if ('cells' in r) firstStrong(cellText(r.cells[i])) === 'rtl' ? rtl++ : firstStrong(cellText(r.cells[i])) === 'ltr' && ltr++;
    return rtl > ltr ? 'rtl' : 'ltr';
  }) as Direction[];

  const rule = (left: string, right: string, cross: string): string => left + ordered.map((w) => '─'.repeat(w + 2)).join(cross) + right;
  const joint = (above: boolean, below: boolean): string => (above && below ? '┼' : above ? '┴' : below ? '┬' : '─');
  const out: string[] = [];
  out.push(rule('┌', '┐', '┬'));
  const headLines = head.map((h, i) => wrap(h, widths[i]));
  const headHeight = Math.max(...headLines.map((l) => l.length));
  for (let k = 0; k < headHeight; k++) {
    const cells = head.map((h, i) => {
      const line = padLine(headLines[i][k] ?? '', widths[i], firstStrong(h) ?? 'ltr');
      return c ? c.cyan(line) : line;
    });
    out.push('│ ' + order(cells).join(' │ ') + ' │');
  }
  let aboveSplit = true;
  for (let r = 0; r < body.length; r++) {
    const row = body[r];
    const split = 'cells' in row;
    out.push(rule('├', '┤', joint(aboveSplit, split)));
    if ('heading' in row) {
      const dir = firstStrong(row.heading) ?? (opts.rtl ? 'rtl' : 'ltr');
      for (const line of wrap(row.heading, spanWidth)) {
        const padded = padLine(line, spanWidth, dir);
        out.push('│ ' + (c ? c.bold(padded) : padded) + ' │');
      }
    } else {
      const lines = row.cells.map((cell, i) => wrapCell(cell, widths[i]));
      const height = Math.max(...lines.map((l) => l.length));
      const dirs = row.cells.map((cell, i) => firstStrong(cellText(cell)) ?? columnDir[i]);
      for (let k = 0; k < height; k++) {
        out.push('│ ' + order(lines.map((l, i) => padLine(l[k] ?? '', widths[i], dirs[i]))).join(' │ ') + ' │');
      }
    }
    aboveSplit = split;
  }
  out.push(rule('└', '┘', aboveSplit ? '┴' : '─'));
  return out.join('\n') + '\n';
}
