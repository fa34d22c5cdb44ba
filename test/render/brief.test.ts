import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BRIEF_LINES, allot, groupByHolder, renderBrief } from '../../src/render/brief.js';
import { graphemesOf, truncate } from '../../src/render/view.js';
import { displayWidth } from '../../src/render/width.js';
import type { Summary } from '../../src/types.js';
import { ARTICLE, crowded, summary } from './fixtures.js';

const plain = (s: string): string => s.replace(/[\u2066-\u2069]/g, '');
const lines = (s: string): string[] => s.replace(/\n$/, '').split('\n');

describe('renderBrief', () => {
  it('prints meetings, resolutions, positions by holder and the counts, one line each (80 columns)', () => {
    const brief = renderBrief(summary(), { lang: 'en', width: 80, chalk: null, text: ARTICLE });
    expect(plain(brief)).toBe(
      [
        'Meetings',
        '[1] reception · عمّان · أمس الأحد: سامي الخطيب (JO) received كريم فؤاد (EG)',
        '[2] call: سامي الخطيب (وزير الخارجية الأردني, JO) with ليلى منصور (الأمين…)',
        'Resolutions',
        ' • S/RES/2254 (2015) · Syria: road map for a political settlement · 1 mention',
        'Positions',
        ' سامي الخطيب · وزير الخارجية الأردني, JO',
        '    [1] assert    ضرورة وَقْف التصعيد وحماية المدنيين وضمان وصول المساعدات…',
        '    [2] reject    via المتحدث باسم الخارجية: رفض أي تدخل خارجي في الشؤون العربية',
        ' كريم فؤاد · وزير الخارجية المصري, EG',
        '        call for  تكثيف الجهود الدولية لإطلاق مسار سياسي جاد وفق قرار مجلس…',
        ' وكالة الأنباء الرسمية',
        '        inform    الحكومة ستعقد اجتماعها الأسبوعي غداً',
        '2 meetings · 3 participants · 4 positions by 3 holders · 1 resolution',
        '',
      ].join('\n'),
    );
    for (const line of lines(brief)) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('isolates every Arabic value, so a bidi terminal keeps it in place', () => {
    const brief = renderBrief(summary(), { lang: 'en', width: 80, chalk: null, text: ARTICLE });
    expect(lines(brief)[1]).toBe('[1] reception · \u2067عمّان\u2069 · \u2067أمس الأحد\u2069: \u2067سامي الخطيب\u2069 (JO) received \u2067كريم فؤاد\u2069 (EG)');
  });

  it('shows roles where there is room, and shortens statements at a word with an ellipsis', () => {
    const wide = plain(renderBrief(summary(), { lang: 'en', width: 160, chalk: null, text: ARTICLE }));
    expect(wide).toContain('[1] reception · عمّان · أمس الأحد: سامي الخطيب (وزير الخارجية الأردني, JO) received كريم فؤاد (وزير الخارجية المصري, EG)');
    expect(wide).toContain('ليلى منصور (الأمين العام للجامعة العربية, جامعة الدول العربية)');
    expect(wide).toContain(summary().positions[0].statement);
    for (const width of [40, 60, 80, 100]) {
      for (const line of lines(renderBrief(summary(), { lang: 'en', width, chalk: null, text: ARTICLE }))) {
        expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('labels in Arabic with --lang ar, each line right-aligned in one right-to-left isolate', () => {
    const brief = renderBrief(summary(), { lang: 'ar', width: 80, chalk: null, text: ARTICLE });
    const all = lines(brief);
    expect(all.map((l) => plain(l).trim())).toEqual([
      'اللقاءات',
      '[1] استقبال · عمّان · أمس الأحد: سامي الخطيب (الأردن) يستقبل كريم فؤاد (مصر)',
      '[2] اتصال: سامي الخطيب (وزير الخارجية الأردني، الأردن) مع ليلى منصور (الأمين…)',
      'القرارات',
      '• S/RES/2254 (2015) · Syria: road map for a political… · مرات الذكر: 1',
      'المواقف',
      'سامي الخطيب · وزير الخارجية الأردني، الأردن',
      '[1] تأكيد  ضرورة وَقْف التصعيد وحماية المدنيين وضمان وصول المساعدات…',
      '[2] رفض    عبر المتحدث باسم الخارجية: رفض أي تدخل خارجي في الشؤون العربية',
      'كريم فؤاد · وزير الخارجية المصري، مصر',
      'دعوة   تكثيف الجهود الدولية لإطلاق مسار سياسي جاد وفق قرار مجلس الأمن…',
      'وكالة الأنباء الرسمية',
      'إفادة  الحكومة ستعقد اجتماعها الأسبوعي غداً',
      'اللقاءات: 2 · المشاركون: 3 · المواقف: 4 (أصحابها: 3) · القرارات: 1',
    ]);
    for (const line of all) {
      expect(line).toMatch(/^ *\u2067.*\u2069$/u);
      expect(displayWidth(line)).toBe(80);
    }
  });

  it('keeps to the line budget: each holder shows its first positions and counts the rest', () => {
    const brief = lines(renderBrief(crowded(3, 10), { lang: 'en', width: 80, chalk: null }));
    expect(brief.length).toBeLessThanOrEqual(BRIEF_LINES);
    const headings = brief.filter((l) => /^ \u2067المسؤول/.test(l)).map(plain);
    expect(headings).toHaveLength(3);
    for (const h of headings) expect(h).toMatch(/ {2}\+\d+ more$/);
    // Many holders: as many as fit, then a line for the rest.
    const many = lines(renderBrief(crowded(14, 2), { lang: 'en', width: 80, chalk: null }));
    expect(many.length).toBeLessThanOrEqual(BRIEF_LINES);
    expect(plain(many[many.length - 2])).toMatch(/^ … \d+ more holders \(\d+ positions\); all of them: --format table$/);
  });

  it('groups positions by holder in the order of the text', () => {
    const s = crowded(3, 2);
    const order = groupByHolder(s.positions).map((g) => g.holder);
    const firstSeen = [...new Set([...s.positions].sort((a, b) => a.start - b.start).map((p) => p.holder))];
    expect(order).toEqual(firstSeen);
    for (const g of groupByHolder(s.positions)) expect(g.items.map((i) => s.positions[i].start)).toEqual([...g.items.map((i) => s.positions[i].start)].sort((a, b) => a - b));
  });

  it('follows each item by its sentence with --context, and shows every position', () => {
    const brief = plain(renderBrief(crowded(3, 10), { lang: 'en', width: 80, chalk: null, context: true, text: 'x'.repeat(200) }));
    expect(brief).not.toContain('more');
    const withText = lines(plain(renderBrief(summary(), { lang: 'en', width: 80, chalk: null, context: true, text: ARTICLE })));
    const at = withText.findIndex((l) => l.includes('reject'));
    expect(withText.slice(at + 1, at + 3)).toEqual(['      وقال المتحدث باسم الخارجية إن الوزير شدد على ⟦رفض أي تدخل خارجي في الشؤون', '      العربية⟧.']);
    const coloured = renderBrief(summary(), { lang: 'en', width: 80, chalk: new Chalk({ level: 1 }), context: true, text: ARTICLE });
    expect(coloured).toContain('\u001b[1m\u001b[4m\u001b[33mرفض\u001b[39m\u001b[24m\u001b[22m');
    expect(coloured).not.toContain('⟦');
  });

  it('says so when nothing was found', () => {
    const empty: Summary = { schemaVersion: 1, participants: [], meetings: [], positions: [], resolutions: [], warnings: [] };
    expect(renderBrief(empty, { lang: 'en', width: 80, chalk: null })).toBe('No meeting, position or resolution found.\n0 meetings · 0 participants · 0 positions by 0 holders · 0 resolutions\n');
  });
});

describe('allot', () => {
  it('shares the lines out evenly, the rest to the earliest holders', () => {
    expect(allot([2, 3], 20)).toEqual([2, 3]);
    expect(allot([10, 10, 10], 12)).toEqual([3, 3, 3]);
    expect(allot([10, 1, 10], 12)).toEqual([4, 1, 4]);
    expect(allot([1, 1, 1, 1, 1], 6)).toEqual([1, 1, 0, 0, 0]);
  });
});

describe('truncate', () => {
  it('cuts at a word when that keeps half the width, else inside a word, never past the width', () => {
    expect(truncate('وزير الخارجية الأردني', 16)).toBe('وزير الخارجية…');
    expect(truncate('المساعدات', 5)).toBe('المس…');
    expect(truncate('قصير', 10)).toBe('قصير');
    expect(displayWidth(truncate('مُحَمَّد بن سلمان', 6))).toBeLessThanOrEqual(6);
  });
});

describe('graphemesOf', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const icu = (t: string) => Array.from(segmenter.segment(t), (s) => s.segment);
  // letters, digits, punctuation, harakat, superscript alef and the format characters of the fast path, and some that leave it
  const alphabet = ['ا', 'ب', 'ـ', 'ﻻ', '٣', '،', 'a', ' ', '-', '\u00e9', '\u02c6', '\u064b', '\u0651', '\u0652', '\u0670', '\u00ad', '\u200e', '\u200f', '\u2066', '\u2069', '\u2026', '\u0301', '\u200d', '\n', '\u{1F600}'];

  it('finds the graphemes Intl.Segmenter finds, in text of every mix of these characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(graphemesOf(text)).toEqual(icu(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a letter with its harakat, and a haraka after a bidi mark apart', () => {
    expect(graphemesOf('مُحَمَّد')).toEqual(['مُ', 'حَ', 'مَّ', 'د']);
    expect(graphemesOf('\u200fَب')).toEqual(['\u200f', 'َ', 'ب']);
  });
});
