import { describe, expect, it } from 'vitest';
import { meetingsOfPositions, refersToMeeting } from '../../src/render/said-at.js';
import type { Summary } from '../../src/types.js';
import { ARTICLE, spanOf, summary } from './fixtures.js';

describe('meetingsOfPositions', () => {
  it('ties a position to the meeting it was stated at, and leaves the others untied', () => {
    // 0: the host's words "خلال اللقاء", next paragraph: the reception. 1: two paragraphs on, no
    // reference to the encounter: untied. 2: relayed by a spokesman right after the call: the call.
    // 3: a news agency that met no one: untied.
    expect(meetingsOfPositions(summary(), ARTICLE)).toEqual([0, null, 1, null]);
  });

  it('without the text, only positions inside a meeting span are tied', () => {
    const s = summary();
    s.positions[1] = { ...s.positions[1], ...spanOf('نظيره المصري') };
    expect(meetingsOfPositions(s, undefined)).toEqual([null, 0, null, null]);
  });

  it('ties a position further on when its sentence names the encounter', () => {
    const text = 'التقى الوزير سامي الخطيب نظيره كريم فؤاد في عمّان.\nوتناول الجانبان العلاقات.\nوفي ختام المباحثات، أكد فؤاد دعم بلاده للحل السياسي.';
    const s: Summary = {
      ...summary(),
      meetings: [{ ...summary().meetings[0], host: null, kind: 'meeting', start: spanOf('التقى', text).start, end: spanOf('كريم فؤاد', text).end, locationSpan: null, dateSpan: null, location: null, date: null }],
    };
    s.positions = [{ ...s.positions[1], statement: 'دعم بلاده للحل السياسي', ...spanOf('دعم بلاده للحل السياسي', text) }];
    expect(meetingsOfPositions(s, text)).toEqual([0]);
    // The same sentence without the reference, two paragraphs on: not tied.
    const plain = text.replace('وفي ختام المباحثات، ', '');
    s.positions = [{ ...s.positions[0], ...spanOf('دعم بلاده للحل السياسي', plain) }];
    expect(meetingsOfPositions(s, plain)).toEqual([null]);
  });

  it('picks the latest meeting the holder took part in before the position', () => {
    const s = summary();
    s.positions = [{ ...s.positions[2] }];
    expect(meetingsOfPositions(s, ARTICLE)).toEqual([1]);
    // Without the call, the spokesman's words (three paragraphs after the reception) are untied.
    s.meetings = [s.meetings[0]];
    expect(meetingsOfPositions(s, ARTICLE)).toEqual([null]);
  });
});

describe('refersToMeeting', () => {
  it('reads the usual ways a sentence places itself at an encounter', () => {
    for (const yes of ['وأكد خلال اللقاء أن', 'وفي ختام المباحثات قال', 'على هامش القمة', 'وعقب الاجتماع صرح', 'خلال لقائه بالوزير', 'أثناء الاتصال الهاتفي', 'خلالَ اللِّقاءِ']) expect(refersToMeeting(yes), yes).toBe(true);
    for (const no of ['قالت الوكالة إن الحكومة ستعقد اجتماعها غداً', 'وفي سياق آخر، قال', 'اللقاء المقبل سيعقد في عمان']) expect(refersToMeeting(no), no).toBe(false);
  });
});
