import { describe, expect, it } from 'vitest';
import { renderBrief } from '../../src/render/brief.js';
import { renderTable } from '../../src/render/table.js';
import type { Summary } from '../../src/types.js';
import { topIsolates } from './uba.js';

/**
 * Terminal safety of the table and the brief, class by class: whatever an article holds, no cell
 * (name, role, organisation, place, date, cue, holder, statement, resolution number, the source
 * title) can carry an escape sequence, a control character or a bidi override to the terminal.
 * The only bidi controls in the output are khulasa's own isolates, each closed on its own line,
 * so none can reorder anything outside it.
 */

// What a terminal would act on: ESC, any other C0 control but the line feed, DEL, C1 controls, bidi embeddings and overrides.
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/;
// The same, isolates included: what the hostile samples hold.
const HOSTILE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** One hostile sample per class, each wrapped around a word that must survive. */
const CLASSES: [string, string][] = [
  ['CSI colour', '\u001b[31mأحمر\u001b[0m'],
  ['CSI cursor moves and erase', '\u001b[2J\u001b[H\u001b[10;5H\u001b[1A\u001b[Kأحمر'],
  ['OSC window title (BEL)', '\u001b]0;pwned\u0007أحمر'],
  ['OSC window title (ST)', '\u001b]2;pwned\u001b\\أحمر'],
  ['OSC 8 hyperlink', '\u001b]8;;https://x.test\u001b\\أحمر\u001b]8;;\u001b\\'],
  ['DCS string', '\u001bPq#0;2;0;0;0\u001b\\أحمر'],
  ['8-bit CSI (C1)', '\u009b31mأحمر\u009b0m'],
  ['8-bit OSC (C1)', '\u009d0;pwned\u009cأحمر'],
  ['other C1 controls (NEL, IND, RI)', 'أ\u0085\u0084\u008dحمر'],
  ['C0 controls (BEL, BS, VT, FF, CR, SO)', '\u0007\u0008أ\u000b\u000c\u000dح\u000eمر'],
  ['DEL', 'أحمر\u007f'],
  ['LRE U+202A', '\u202aأحمر'],
  ['RLE U+202B', '\u202bأحمر'],
  ['PDF U+202C', 'أحمر\u202c'],
  ['LRO U+202D', '\u202dأحمر'],
  ['RLO U+202E', '\u202eأحمر'],
  ['LRI U+2066', '\u2066أحمر'],
  ['RLI U+2067', '\u2067أحمر'],
  ['FSI U+2068', '\u2068أحمر'],
  ['PDI U+2069', 'أحمر\u2069'],
];

/** A summary whose every printed text field holds the hostile sample. */
function hostile(x: string): Summary {
  const span = { start: 0, end: 1 };
  const name = `سامي ${x} الخطيب`;
  return {
    schemaVersion: 1,
    participants: [{ name, aliases: [], kind: 'person', role: `وزير ${x} الخارجية`, roles: [], country: 'JO', organization: `منظمة ${x} ما`, ...span, mentions: [span], rules: [] }],
    meetings: [
      {
        participants: [name], host: name, kind: 'visit', location: `في ${x} عمّان`, date: `يوم ${x} الأحد`, isoDate: null,
        cue: `استقبل ${x}`, ...span, locationSpan: span, dateSpan: span, rules: [],
      },
    ],
    positions: [{ holder: name, statement: `ضرورة ${x} وقف التصعيد فورا`, cue: `أكد ${x}`, stance: 'assert', quote: false, via: null, ...span, rule: 't', rules: [] }],
    resolutions: [{ body: 'UNSC', number: `22${x}54`, year: 2015, symbol: null, subject: null, text: 'x', ...span, mentions: [span], rules: [] }],
    warnings: [`تحذير ${x}`],
  } as Summary;
}

describe('table output neutralises article text in every cell', () => {
  it.each(CLASSES)('%s', (_name, x) => {
    // The sample is a real threat: the raw text holds something a terminal would act on.
    expect(x).toMatch(HOSTILE);
    for (const lang of ['en', 'ar'] as const) {
      const text = renderTable(hostile(x), { lang, width: 200, chalk: null, source: `article ${x}.txt` });
      expect(text).not.toMatch(UNSAFE);
      for (const line of text.split('\n')) expect(() => topIsolates(line), line).not.toThrow();
      // The article's own isolates are gone: rendering the sample without them gives the same text.
      const clean = x.replace(/[\u2066-\u2069]/g, '');
      if (clean !== x) expect(text).toBe(renderTable(hostile(clean), { lang, width: 200, chalk: null, source: `article ${clean}.txt` }));
      const brief = renderBrief(hostile(x), { lang, width: 200, chalk: null, source: `article ${x}.txt`, context: true, text: `نص ${x} المقال` });
      expect(brief).not.toMatch(UNSAFE);
      for (const line of brief.split('\n')) expect(() => topIsolates(line), line).not.toThrow();
      // Every field is still shown: the words around the sample survive in each cell and in the title.
      for (const word of ['الخطيب', 'الخارجية', 'عمّان', 'الأحد', 'التصعيد', 'منظمة', 'article ']) expect(text, word).toContain(word);
    }
  });
});
