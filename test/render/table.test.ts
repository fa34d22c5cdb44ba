import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { countryLabel } from '../../src/render/labels.js';
import { fitColumns, layoutWidths, renderGrid, wrapCell } from '../../src/render/grid.js';
import { renderTable } from '../../src/render/table.js';
import { displayWidth } from '../../src/render/width.js';
import type { Summary } from '../../src/types.js';
import { ARTICLE, summary } from './fixtures.js';

const ISOLATES = /[\u2066-\u2069]/g;

/** The display columns at which the vertical borders of a table line sit. */
function borderColumns(line: string): number[] {
  const cols: number[] = [];
  let col = 0;
  for (const ch of line) {
    if ('│┌┐└┘├┤┬┴┼'.includes(ch)) cols.push(col);
    col += displayWidth(ch);
  }
  return cols;
}

/** The tables of the table view (after the brief), as blocks of lines by section title. */
function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let title = '';
  for (const line of text.split('\n')) {
    if (/^[│┌└├]/.test(line)) out.get(title)?.push(line);
    else if (line.trim()) {
      title = line.replace(ISOLATES, '').trim();
      out.set(title, []);
    }
  }
  return out;
}

/** The cells of a table line (between the borders), without isolates and padding. */
const cells = (line: string): string[] => line.split('│').slice(1, -1).map((c) => c.replace(ISOLATES, '').trim());

describe('renderTable', () => {
  for (const width of [60, 80, 100, 160]) {
    it(`lines every border up, within ${width} columns, for harakat and mixed text`, () => {
      const text = renderTable(summary(), { lang: 'en', width, chalk: null, text: ARTICLE });
      for (const [title, lines] of sections(text)) {
        if (lines.length === 0) continue;
        const edges = (l: string) => { const b = borderColumns(l); return [b[0], b[b.length - 1]]; };
        for (const line of lines) {
          expect(edges(line), `${title}: ${line}`).toEqual(edges(lines[0]));
          expect(displayWidth(line)).toBeLessThanOrEqual(width);
        }
        // Rows of cells have their inner borders where the header has them.
        const header = borderColumns(lines[1]);
        for (const line of lines.filter((l) => l.startsWith('│') && borderColumns(l).length === header.length)) expect(borderColumns(line), line).toEqual(header);
      }
    });
  }

  it('names the holder with role and country above its positions, and the meeting each was said at', () => {
    const text = renderTable(summary(), { lang: 'en', width: 160, chalk: null, text: ARTICLE });
    const lines = sections(text).get('Positions')!;
    // First lines of rows (continuation lines of a wrapped statement have an empty cue).
    const rows = lines.filter((l) => l.startsWith('│')).map(cells).filter((r) => r.length === 1 || r[1] !== '');
    expect(rows[0]).toEqual(['At', 'Cue', 'Stance', 'Via', 'Statement']);
    // Heading rows span the table: one cell.
    const headings = rows.filter((r) => r.length === 1).map((r) => r[0]);
    expect(headings).toEqual(['سامي الخطيب · وزير الخارجية الأردني, JO', 'كريم فؤاد · وزير الخارجية المصري, EG', 'وكالة الأنباء الرسمية']);
    const at = (cue: string) => rows.find((r) => r[1] === cue);
    expect(at('أكد')?.slice(0, 4)).toEqual(['1', 'أكد', 'assert', '—']);
    expect(at('دعا')?.slice(0, 4)).toEqual(['—', 'دعا', 'call for', '—']);
    expect(at('شدد')?.slice(0, 4)).toEqual(['2', 'شدد', 'reject', 'المتحدث باسم الخارجية']);
    // The holder's two positions (one relayed) both sit under its one heading, in text order.
    const order = rows.map((r) => (r.length === 1 ? r[0].split(' · ')[0] : r[1]));
    expect(order.slice(1)).toEqual(['سامي الخطيب', 'أكد', 'شدد', 'كريم فؤاد', 'دعا', 'وكالة الأنباء الرسمية', 'قالت']);
  });

  it('leaves the Via column out when nothing was relayed', () => {
    const s = summary();
    s.positions[2].via = null;
    const rows = sections(renderTable(s, { lang: 'en', width: 120, chalk: null })).get('Positions')!.filter((l) => l.startsWith('│')).map(cells);
    expect(rows[0]).toEqual(['At', 'Cue', 'Stance', 'Statement']);
  });

  it('numbers the meetings, marks the host, and shows symbol and subject of resolutions', () => {
    const text = renderTable(summary(), { lang: 'en', width: 160, chalk: null });
    const meetings = sections(text).get('Meetings')!.filter((l) => l.startsWith('│')).map(cells);
    expect(meetings).toEqual([
      ['#', 'Who', 'Where', 'When', 'Kind'],
      ['1', 'سامي الخطيب (host), كريم فؤاد', 'عمّان', 'أمس الأحد', 'reception'],
      ['2', 'سامي الخطيب, ليلى منصور', '—', '—', 'call'],
    ]);
    const resolutions = sections(text).get('Resolutions')!.filter((l) => l.startsWith('│')).map(cells);
    expect(resolutions).toEqual([
      ['Body', 'Resolution', 'Subject', 'Cited'],
      ['UN Security Council', 'S/RES/2254 (2015)', 'Syria: road map for a political settlement', '1'],
    ]);
    // Without a symbol: the number and year.
    const s = summary();
    s.resolutions[0] = { ...s.resolutions[0], body: 'OTHER', symbol: null, subject: null };
    const other = sections(renderTable(s, { lang: 'en', width: 160, chalk: null })).get('Resolutions')!.filter((l) => l.startsWith('│')).map(cells);
    expect(other[1]).toEqual(['other', '2254 (2015)', '—', '1']);
    const participants = sections(text).get('Participants')!.filter((l) => l.startsWith('│')).map(cells);
    expect(participants[3]).toEqual(['ليلى منصور', 'الأمين العام للجامعة العربية', 'جامعة الدول العربية']);
    expect(participants[1][2]).toBe('JO Jordan');
  });

  it('gives the statements the room at 80 columns and breaks no name or word', () => {
    const text = renderTable(summary(), { lang: 'en', width: 80, chalk: null, text: ARTICLE });
    const lines = sections(text).get('Positions')!;
    const header = cells(lines[1]);
    const widths = borderColumns(lines[1]).slice(1).map((c, i, a) => (i === 0 ? c : c - a[i - 1]));
    expect(header[4]).toBe('Statement');
    // The statement column is the widest by far.
    expect(Math.max(...widths)).toBe(widths[4]);
    expect(widths[4]).toBeGreaterThanOrEqual(36);
    // Every wrapped piece is made of whole words of the statements.
    const words = new Set(summary().positions.flatMap((p) => p.statement.split(' ')));
    for (const row of lines.filter((l) => l.startsWith('│')).map(cells).filter((r) => r.length === 5).slice(1)) {
      for (const w of row[4].split(' ').filter(Boolean)) expect(words.has(w), w).toBe(true);
    }
    // Names in the meetings table are whole on their lines.
    const who = sections(text).get('Meetings')!.filter((l) => l.startsWith('│')).map((l) => cells(l)[1]);
    for (const name of ['سامي الخطيب', 'كريم فؤاد', 'ليلى منصور']) expect(who.some((c) => c.includes(name)), name).toBe(true);
  });

  it('starts with the brief', () => {
    const text = renderTable(summary(), { lang: 'en', width: 100, chalk: null });
    expect(text.split('\n')[0]).toBe('Meetings');
    expect(text).toMatch(/^2 meetings · 3 participants · 4 positions by 3 holders · 1 resolution$/m);
    expect(text.indexOf('2 meetings ·')).toBeLessThan(text.indexOf('┌'));
  });

  it('labels in Arabic with --lang ar and lays the columns out from the right', () => {
    const text = renderTable(summary(), { lang: 'ar', width: 160, chalk: null });
    for (const label of ['اللقاءات', 'المشاركون', 'المواقف', 'القرارات', 'JO الأردن', 'مجلس الأمن', 'اتصال', '(المضيف)']) expect(text).toContain(label);
    expect(text).not.toContain('Meetings');
    const header = sections(text).get('اللقاءات')!.find((l) => l.startsWith('│'))!;
    expect(cells(header)).toEqual(['النوع', 'الزمان', 'المكان', 'الأطراف', '#']);
  });

  it('writes no ANSI code without chalk, and colours headings with it', () => {
    expect(renderTable(summary(), { lang: 'en', width: 100, chalk: null })).not.toMatch(/\u001b/);
    const coloured = renderTable(summary(), { lang: 'en', width: 100, chalk: new Chalk({ level: 1 }) });
    expect(coloured).toContain('\u001b[1mMeetings\u001b[22m');
    const plain = coloured.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toBe(renderTable(summary(), { lang: 'en', width: 100, chalk: null }));
  });

  it('says so when a section is empty', () => {
    const empty: Summary = { schemaVersion: 1, participants: [], meetings: [], positions: [], resolutions: [], warnings: [] };
    expect(renderTable(empty, { lang: 'en', width: 80, chalk: null })).toBe(
      'No meeting, position or resolution found.\n0 meetings · 0 participants · 0 positions by 0 holders · 0 resolutions\n\nMeetings\n  (none found)\n\nParticipants\n  (none found)\n\nPositions\n  (none found)\n\nResolutions\n  (none found)\n',
    );
  });
});

describe('layoutWidths', () => {
  it('keeps natural widths that fit', () => {
    expect(layoutWidths([5, 10, 3], [2, 4, 1], [1, 5, 1], 30)).toEqual([5, 10, 3]);
  });

  it('shares the room by weight above each longest word, no column past its natural width', () => {
    // A via-like column (natural 30, longest word 8), a cue (5), a statement (natural 120).
    const w = layoutWidths([30, 5, 120], [8, 5, 9], [1, 1, 5], 70);
    expect(w.reduce((a, b) => a + b, 0)).toBe(70);
    expect(w[1]).toBe(5);
    expect(w[0]).toBeGreaterThanOrEqual(8);
    expect(w[2]).toBeGreaterThan(w[0] * 3);
    // What a column cannot take goes to the others.
    expect(layoutWidths([12, 100], [4, 4], [5, 1], 60)).toEqual([12, 48]);
  });

  it('breaks words only when even the longest words do not fit', () => {
    expect(layoutWidths([20, 20], [15, 15], [1, 5], 20)).toEqual(fitColumns([20, 20], 20, 4));
  });
});

describe('wrapCell', () => {
  it('keeps names whole when a list of names wraps', () => {
    expect(wrapCell({ atoms: ['أحمد أبو الغيط', 'سامي الخطيب', 'كريم فؤاد'] }, 20)).toEqual(['أحمد أبو الغيط,', 'سامي الخطيب,', 'كريم فؤاد']);
    // Plain text wraps at spaces, whatever the names.
    expect(wrapCell('أحمد أبو الغيط, سامي الخطيب, كريم فؤاد', 20)).toEqual(['أحمد أبو الغيط, سامي', 'الخطيب, كريم فؤاد']);
  });
});

describe('renderGrid', () => {
  it('isolates each cell line that holds Arabic, and right-aligns it', () => {
    const out = renderGrid([{ head: 'A column' }, { head: 'B' }], [{ cells: ['سلام', 'x'] }], { width: 40, chalk: null });
    expect(out.split('\n')).toEqual([
      '┌──────────┬───┐',
      '│ A column │ B │',
      '├──────────┼───┤',
      '│     \u2067سلام\u2069 │ x │',
      '└──────────┴───┘',
      '',
    ]);
  });

  it('draws a heading row across the columns', () => {
    const out = renderGrid([{ head: 'A' }, { head: 'B' }], [{ heading: 'Title row' }, { cells: ['1', '2'] }], { width: 40, chalk: null });
    expect(out).toBe(['┌───┬───────┐', '│ A │ B     │', '├───┴───────┤', '│ Title row │', '├───┬───────┤', '│ 1 │ 2     │', '└───┴───────┘', ''].join('\n'));
  });
});

describe('countryLabel', () => {
  it('shows the ISO code with the name in the chosen language', () => {
    expect(countryLabel('EG', 'en')).toBe('EG Egypt');
    expect(countryLabel('EG', 'ar')).toBe('EG مصر');
    expect(countryLabel('ZZ', 'en')).toMatch(/^ZZ/);
  });
});
