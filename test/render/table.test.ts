import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { cliTableWidthIsPatched } from '../../src/render/cli-table.js';
import { countryLabel } from '../../src/render/labels.js';
import { fitColumns, renderTable } from '../../src/render/table.js';
import { displayWidth } from '../../src/render/width.js';
import type { Summary } from '../../src/types.js';

// A hand-made summary with harakat, tatweel, Latin, digits and a long statement.
function summary(): Summary {
  const span = { start: 0, end: 1 };
  const person = (name: string, role: string, country: string | null, organization: string | null) => ({
    name, aliases: [], kind: 'person' as const, role, roles: [role], country, organization, ...span, mentions: [span], rules: [],
  });
  return {
    schemaVersion: 1,
    participants: [
      person('عَبْدُ اللهِ الثّانِي', 'العاهِلُ الأُرْدُنِيّ', 'JO', null),
      person('Emmanuel Macron ماكـرون', 'الرئيس الفرنسي', 'FR', null),
      person('أحمد أبو الغيط', 'الأمين العام', null, 'جامعة الدول العربية'),
    ],
    meetings: [
      {
        participants: ['عَبْدُ اللهِ الثّانِي', 'Emmanuel Macron ماكـرون'], host: 'عَبْدُ اللهِ الثّانِي', kind: 'call',
        location: 'عَمّان', date: 'مساء أمس الأحد', isoDate: null, cue: 'اتصالاً هاتفياً', ...span, locationSpan: span, dateSpan: span, rules: [],
      },
    ],
    positions: [
      { holder: 'عَبْدُ اللهِ الثّانِي', statement: 'ضرورة وَقْف التصعيد وحماية المدنيين وضمان وصول المساعدات الإنسانية دون عوائق إلى قطاع غزة في أسرع وقت ممكن', cue: 'أكد', stance: 'assert', quote: true, via: null, ...span, rule: 't', rules: [] },
      { holder: 'Emmanuel Macron ماكـرون', statement: 'تكثيف الجهود الدولية لإطلاق مسار سياسي جاد', cue: 'داعياً', stance: 'call', quote: false, via: null, ...span, rule: 't', rules: [] },
      { holder: 'عَبْدُ اللهِ الثّانِي', statement: 'حل الدولتين هو السبيل الوحيد', cue: 'مشدداً', stance: 'assert', quote: false, via: null, ...span, rule: 't', rules: [] },
    ],
    resolutions: [{ body: 'UNSC', number: '2216', year: 2015, symbol: null, subject: null, text: 'القرار ٢٢١٦', ...span, mentions: [span, span], rules: [] }],
    warnings: [],
  };
}

/** The display columns at which the vertical borders of each table row sit. */
function borderColumns(line: string): number[] {
  const cols: number[] = [];
  let col = 0;
  for (const ch of line) {
    if ('│┌┐└┘├┤┬┴┼'.includes(ch)) cols.push(col);
    col += displayWidth(ch);
  }
  return cols;
}

function tableLines(text: string): string[] {
  return text.split('\n').filter((l) => /^[│┌└├]/.test(l));
}

describe('renderTable', () => {
  it('uses our width function inside cli-table3', () => {
    expect(cliTableWidthIsPatched()).toBe(true);
  });

  for (const width of [60, 100, 140]) {
    it(`lines every border up with harakat, tatweel and mixed text (width ${width})`, () => {
      const text = renderTable(summary(), { lang: 'en', width, chalk: null });
      // Each section's table: all rows have their borders at the same columns, within the width.
      for (const block of text.split(/\n(?=[A-Z])/)) {
        const lines = tableLines(block);
        if (lines.length === 0) continue;
        const expected = borderColumns(lines[0]);
        for (const line of lines) {
          expect(borderColumns(line), line).toEqual(expected);
          expect(displayWidth(line)).toBeLessThanOrEqual(width);
        }
      }
    });
  }

  it('wraps long statements at word boundaries', () => {
    const statement = summary().positions[0].statement;
    const text = renderTable(summary(), { lang: 'en', width: 70, chalk: null });
    const lines = tableLines(text.slice(text.indexOf('Positions')));
    const first = lines.findIndex((l) => l.includes('أكد'));
    const statementLines: string[] = [];
    for (const line of lines.slice(first)) {
      if (line.startsWith('├') || line.startsWith('└')) break;
      statementLines.push(line.split('│')[4].trim());
    }
    expect(statementLines.length).toBeGreaterThan(1);
    expect(statementLines.join(' ')).toBe(statement);
    const words = statement.split(' ');
    for (const line of statementLines) for (const w of line.split(' ')) expect(words).toContain(w);
  });

  it('shows the sections with English labels, groups positions by holder, names countries', () => {
    const text = renderTable(summary(), { lang: 'en', width: 160, chalk: null });
    for (const heading of ['Meetings', 'Participants', 'Positions', 'Resolutions']) expect(text).toMatch(new RegExp(`^${heading}$`, 'm'));
    expect(text).toContain('JO Jordan');
    expect(text).toContain('جامعة الدول العربية');
    expect(text).toContain('UN Security Council');
    expect(text).toContain('عَبْدُ اللهِ الثّانِي (host)');
    // The holder is named once for its two positions, on the first of them.
    const holderRows = tableLines(text).filter((l) => l.includes('عَبْدُ اللهِ الثّانِي') && (l.includes('أكد') || l.includes('مشدداً')));
    expect(holderRows).toHaveLength(1);
    const groupIndex = tableLines(text).findIndex((l) => l.includes('مشدداً'));
    expect(tableLines(text)[groupIndex].split('│')[1].trim()).toBe('');
    // Mentions: two.
    expect(tableLines(text).find((l) => l.includes('2216'))).toMatch(/│ 2015 +│ 2 +│/);
  });

  it('labels in Arabic with --lang ar', () => {
    const text = renderTable(summary(), { lang: 'ar', width: 160, chalk: null });
    for (const heading of ['اللقاءات', 'المشاركون', 'المواقف', 'القرارات', 'JO الأردن', 'مجلس الأمن', 'اتصال', '(المضيف)']) expect(text).toContain(heading);
    expect(text).not.toContain('Meetings');
  });

  it('writes no ANSI code without chalk, and colours headings with it', () => {
    expect(renderTable(summary(), { lang: 'en', width: 100, chalk: null })).not.toMatch(/\u001b/);
    const coloured = renderTable(summary(), { lang: 'en', width: 100, chalk: new Chalk({ level: 1 }) });
    expect(coloured).toContain('\u001b[1mMeetings\u001b[22m');
    // Colour codes do not shift the borders.
    const lines = tableLines(coloured.replace(/\u001b\[[0-9;]*m/g, ''));
    expect(new Set(lines.filter((l) => l.startsWith('│')).slice(0, 2).map((l) => borderColumns(l).join()))).toHaveProperty('size', 1);
  });

  it('says so when a section is empty', () => {
    const empty: Summary = { schemaVersion: 1, participants: [], meetings: [], positions: [], resolutions: [], warnings: [] };
    expect(renderTable(empty, { lang: 'en', width: 80, chalk: null })).toBe('Meetings\n  (none found)\n\nParticipants\n  (none found)\n\nPositions\n  (none found)\n\nResolutions\n  (none found)\n');
  });

  it('neutralises escape sequences, controls and bidi overrides from the article', () => {
    const s = summary();
    s.positions[0].statement = 'هجوم \u001b]0;owned\u0007\u001b[2J\u001b[31mأحمر\u001b[0m \u202eمعكوس\u202c \u2066معزول\u2069 جرس\u0007';
    s.participants[0].name = '\u001b[1A\u001b[Kمزيف';
    const text = renderTable(s, { lang: 'en', width: 120, chalk: null });
    expect(text).not.toMatch(/[\u001b\u0007\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('هجوم أحمر معكوس معزول جرس\ufffd');
    expect(text).toContain('مزيف');
  });
});

describe('fitColumns', () => {
  it('keeps natural widths that fit, and takes from the widest column first', () => {
    expect(fitColumns([5, 10, 3], 30)).toEqual([5, 10, 3]);
    expect(fitColumns([5, 50, 3], 30)).toEqual([5, 22, 3]);
    expect(fitColumns([20, 20], 30)).toEqual([15, 15]);
    expect(fitColumns([20, 20], 4, 6)).toEqual([6, 6]);
  });
});

describe('countryLabel', () => {
  it('shows the ISO code with the name in the chosen language', () => {
    expect(countryLabel('EG', 'en')).toBe('EG Egypt');
    expect(countryLabel('EG', 'ar')).toBe('EG مصر');
    expect(countryLabel('ZZ', 'en')).toMatch(/^ZZ/);
    expect([countryLabel('PS', 'en'), countryLabel('PS', 'ar')]).toEqual(['PS Palestine', 'PS فلسطين']);
  });
});
