import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { renderBrief } from '../../src/render/brief.js';
import { renderTable } from '../../src/render/table.js';
import type { Lang } from '../../src/render/labels.js';
import { displayWidth } from '../../src/render/width.js';
import { ARTICLE, summary } from './fixtures.js';
import { hasFribidi, layoutProblems, topIsolates, visualMapJs, visualMapsFribidi } from './uba.js';

/**
 * The rendered lines run through the Unicode bidi algorithm, as a terminal that implements it
 * (VTE, Konsole, mlterm) applies it to each line: borders, padding and labels must stay where
 * they were written and each isolated value must keep its own columns, so cells stay under their
 * headers. bidi-js always runs (CI); FriBidi runs too where Debian's tool is installed.
 */

const samplesDir = new URL('../../samples/', import.meta.url);
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();

function renderings(): { name: string; lines: string[] }[] {
  const out: { name: string; lines: string[] }[] = [];
  const inputs = [{ name: 'fixture', text: ARTICLE, summary: summary() }, ...samples.map((f) => { const text = readFileSync(new URL(f, samplesDir), 'utf8'); return { name: f, text, summary: summarize(text) }; })];
  for (const input of inputs) {
    for (const lang of ['en', 'ar'] as Lang[]) {
      for (const width of [80, 160]) {
        const opts = { lang, width, chalk: null, text: input.text };
        out.push({ name: `${input.name} table ${lang} ${width}`, lines: renderTable(input.summary, opts).split('\n') });
        out.push({ name: `${input.name} brief --context ${lang} ${width}`, lines: renderBrief(input.summary, { ...opts, context: true }).split('\n') });
      }
    }
  }
  return out;
}

const all = renderings();

describe('bidi order (bidi-js, Unicode Bidirectional Algorithm)', () => {
  it.each(all.map((r) => [r.name, r.lines] as const))('%s keeps every cell and value in place', (_name, lines) => {
    for (const line of lines) {
      expect(layoutProblems(line, visualMapJs(line, 'ltr')), line).toEqual([]);
      // A terminal that picks the paragraph direction from the first strong letter sees the same:
      // nothing outside the isolates is right to left.
      expect(layoutProblems(line, visualMapJs(line, 'auto')), line).toEqual([]);
    }
  });

  it('right-to-left cells read from the right inside their columns', () => {
    const line = renderTable(summary(), { lang: 'en', width: 100, chalk: null }).split('\n').find((l) => l.startsWith('│') && l.includes('عمّان'))!;
    const map = visualMapJs(line);
    const start = line.indexOf('عمّان');
    // The first letter lands right of the last one: the word is shown right to left.
    expect(map[start]).toBeGreaterThan(map[start + 'عمّان'.length - 1]);
  });

  it('the same rows without isolates do move (the test can fail)', () => {
    const lines = renderTable(summary(), { lang: 'en', width: 100, chalk: null }).split('\n');
    const stripped = lines.map((l) => l.replace(/[\u2066-\u2069]/g, ''));
    const moved = stripped.filter((line) => layoutProblems(line, visualMapJs(line)).length > 0);
    // The meeting row: place, date and the Arabic names swap columns.
    expect(moved.some((l) => l.includes('عمّان') && l.includes('أمس الأحد'))).toBe(true);
    // Its borders move too: '│' between two Arabic cells leaves its column.
    const row = stripped.find((l) => l.includes('عمّان') && l.includes('أمس الأحد'))!;
    const map = visualMapJs(row);
    const border = row.indexOf('│', row.indexOf('عمّان'));
    expect(map[border]).not.toBe(border);
  });

  it('every isolate is closed on its own line', () => {
    for (const { lines } of all) for (const line of lines) expect(() => topIsolates(line)).not.toThrow();
  });
});

describe.skipIf(!hasFribidi())('bidi order (GNU FriBidi, Debian libfribidi-bin)', () => {
  it.each(all.map((r) => [r.name, r.lines] as const))('%s keeps every cell and value in place', (_name, lines) => {
    for (const base of ['ltr', 'auto'] as const) {
      const maps = visualMapsFribidi(lines, base);
      lines.forEach((line, k) => expect(layoutProblems(line, maps[k]), `${base}: ${line}`).toEqual([]));
    }
  });

  it('agrees with bidi-js on the order of every visible character', () => {
    const lines = all.flatMap((r) => r.lines).filter((l) => displayWidth(l) > 0);
    const maps = visualMapsFribidi(lines);
    // Where the (invisible) isolate controls land is up to each implementation, and so is the
    // place of a combining mark next to its letter (UAX #9 rule L3 is optional).
    const order = (line: string, map: readonly number[]) =>
      [...map.keys()].filter((i) => !/[\u2066-\u2069\p{M}]/u.test(line[i])).sort((a, b) => map[a] - map[b]);
    lines.forEach((line, k) => expect(order(line, maps[k]), line).toEqual(order(line, visualMapJs(line))));
  });
});
