import { execFileSync } from 'node:child_process';
import bidiImport, { type Bidi } from 'bidi-js';

/**
 * Two implementations of the Unicode Bidirectional Algorithm for tests: bidi-js (a conformant
 * JavaScript port, always there) and GNU FriBidi's command-line tool (Debian's libfribidi-bin,
 * used when installed). Each gives, for one line, where every character lands on screen.
 */

// bidi-js is CommonJS with an ES build: its factory is the default export or that export's default.
const bidiFactory = ((bidiImport as unknown as { default?: () => Bidi }).default ?? bidiImport) as unknown as () => Bidi;
const bidi = bidiFactory();

/** For each character (UTF-16 index) of a line, its visual index, as bidi-js orders it. */
export function visualMapJs(line: string, base: 'ltr' | 'auto' = 'ltr'): number[] {
  const levels = bidi.getEmbeddingLevels(line, base === 'ltr' ? 'ltr' : undefined);
  const order = [...Array(line.length).keys()];
  for (const [start, end] of bidi.getReorderSegments(line, levels)) {
    const flipped = order.slice(start, end + 1).reverse();
    order.splice(start, flipped.length, ...flipped);
  }
  const map = new Array<number>(line.length);
  order.forEach((logical, visual) => (map[logical] = visual));
  return map;
}

/** The line as bidi-js displays it: reordered, mirrored, bidi controls removed. */
export function visualJs(line: string): string {
  const levels = bidi.getEmbeddingLevels(line, 'ltr');
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  const chars = [...line].map((ch, i) => mirrored.get(i) ?? ch);
  const map = visualMapJs(line);
  const out = new Array<string>(line.length);
  chars.forEach((ch, i) => (out[map[i]] = ch));
  return out.join('').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}

let fribidiChecked: boolean | null = null;

/** Is GNU FriBidi's `fribidi` tool installed (Debian: libfribidi-bin)? */
export function hasFribidi(): boolean {
  if (fribidiChecked === null) {
    try {
      execFileSync('fribidi', ['--version'], { stdio: 'ignore' });
      fribidiChecked = true;
    } catch {
      fribidiChecked = false;
    }
  }
  return fribidiChecked;
}

/**
 * Visual maps of many lines by FriBidi (`--ltov`, base direction left to right as terminals use),
 * converted from code-point to UTF-16 indices. One process for all lines.
 */
export function visualMapsFribidi(lines: readonly string[], base: 'ltr' | 'auto' = 'ltr'): number[][] {
  const args = ['--novisual', '--ltov', '--nobreak', ...(base === 'ltr' ? ['--ltr'] : [])];
  const out = execFileSync('fribidi', args, { input: lines.join('\n') + '\n', encoding: 'utf8' });
  const rows = out.split('\n').slice(0, lines.length);
  return rows.map((row, k) => {
    const byCodePoint = row.trim() === '' ? [] : row.trim().split(/\s+/).map(Number);
    // Code point index → UTF-16 index (all our lines are in the BMP, but stay exact).
    const units: number[] = [];
    let u = 0;
    for (const ch of lines[k]) {
      units.push(u);
      u += ch.length;
    }
    const map = new Array<number>(lines[k].length);
    byCodePoint.forEach((v, cp) => (map[units[cp]] = units[v] ?? v));
    return map;
  });
}

const OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const PDI = '\u2069';

/** Top-level isolates of a line, as [opener index, PDI index] pairs; throws when unbalanced. */
export function topIsolates(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    if (OPENERS.has(line[i])) {
      if (depth === 0) open = i;
      depth++;
    } else if (line[i] === PDI) {
      depth--;
      if (depth < 0) throw new Error(`a PDI without its isolate at ${i}: ${JSON.stringify(line)}`);
      if (depth === 0) spans.push([open, i]);
    }
  }
  if (depth !== 0) throw new Error(`an isolate left open: ${JSON.stringify(line)}`);
  return spans;
}

/**
 * Problems with a line as a bidi terminal shows it, given its visual map: every character outside
 * the isolates must stay where it was written (borders, padding, labels), and every isolate must
 * land on exactly the positions it was written in (it moves as one unit, its inside reordered).
 * Empty when the line keeps its layout.
 */
export function layoutProblems(line: string, map: readonly number[]): string[] {
  const problems: string[] = [];
  const spans = topIsolates(line);
  const inside = new Array<number>(line.length).fill(-1);
  spans.forEach(([a, b], k) => {
    for (let i = a; i <= b; i++) inside[i] = k;
  });
  for (let i = 0; i < line.length; i++) {
    if (inside[i] < 0 && map[i] !== i) problems.push(`${JSON.stringify(line[i])} at ${i} moved to ${map[i]}`);
  }
  for (const [a, b] of spans) {
    const landed = new Set<number>();
    for (let i = a; i <= b; i++) landed.add(map[i]);
    for (let i = a; i <= b; i++) if (!landed.has(i)) problems.push(`the isolate at ${a}..${b} left position ${i}`);
  }
  return problems;
}
