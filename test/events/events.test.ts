import { describe, expect, it } from 'vitest';
import { actorCode, countryCode, eventHeader, eventLines, eventRows, EVENT_COLUMNS } from '../../src/events/index.js';
import { summarize } from '../../src/index.js';
import type { Meeting, Participant, Summary } from '../../src/types.js';

const person = (name: string, over: Partial<Participant> = {}): Participant => ({
  name, aliases: [], kind: 'person', role: null, roles: [], country: null, organization: null, start: 0, end: 0, mentions: [], rules: [], ...over,
});
const withRole = (name: string, role: string, country: string | null, organization: string | null = null) => person(name, { role, roles: [role], country, organization });
const meeting = (participants: string[], over: Partial<Meeting> = {}): Meeting => ({
  participants, host: null, kind: 'meeting', location: null, date: null, isoDate: null, cue: 'التقى', start: 0, end: 10, locationSpan: null, dateSpan: null, rules: [], ...over,
});
const summaryOf = (participants: Participant[], meetings: Meeting[], reference: string | null = null): Summary => ({
  schemaVersion: 1, participants, meetings, positions: [], resolutions: [], warnings: [], referenceDate: reference ? { date: reference, source: 'option' } : null,
});

describe('CAMEO actor codes', () => {
  it('ISO-3 country plus a role read off the title', () => {
    expect(actorCode(withRole('أ', 'وزير الخارجية المصري', 'EG'))).toBe('EGYGOV');
    expect(actorCode(withRole('أ', 'رئيس الوزراء العراقي', 'IQ'))).toBe('IRQGOV');
    expect(actorCode(withRole('أ', 'الرئيس الأمريكي', 'US'))).toBe('USAGOV');
    expect(actorCode(withRole('أ', 'وزير الدفاع التركي', 'TR'))).toBe('TURGOVMIL');
    expect(actorCode(withRole('أ', 'رئيس أركان الجيش المصري', 'EG'))).toBe('EGYMIL');
    expect(actorCode(withRole('أ', 'رئيس مجلس النواب اللبناني', 'LB'))).toBe('LBNLEG');
    expect(actorCode(withRole('أ', 'رئيس الحكومة الليبية السابق', 'LY'))).toBe('LBYELI');
    expect(actorCode(withRole('أ', 'رئيس المحكمة الدستورية', 'EG'))).toBe('EGYJUD');
  });

  it('international bodies by their Phoenix codes; countries as sides by their code alone', () => {
    expect(actorCode(withRole('أ', 'الأمين العام للأمم المتحدة', null, 'الأمم المتحدة'))).toBe('IGOUNO');
    expect(actorCode(withRole('أ', 'الأمين العام لجامعة الدول العربية', null, 'جامعة الدول العربية'))).toBe('IGOMEAARL');
    expect(actorCode(person('مجلس التعاون لدول الخليج العربية', { kind: 'organization', organization: 'مجلس التعاون لدول الخليج العربية' }))).toBe('IGOPGSGCC');
    expect(actorCode(withRole('أ', 'نائب رئيس البنك', null, 'البنك الدولي'))).toBe('IGOUNODEVWBK');
    expect(actorCode(person('المغرب', { kind: 'country', country: 'MA' }))).toBe('MAR');
    // A national official attached to an international body stands for his country.
    expect(actorCode(withRole('أ', 'المبعوث الأمريكي الخاص', 'US', 'التحالف الدولي ضد داعش'))).toBe('USAGOV');
  });

  it('non-state bodies: parties, the opposition, armed groups, governments', () => {
    expect(actorCode(person('جماعة الحوثي', { kind: 'organization', country: 'YE', organization: 'جماعة الحوثي' }))).toBe('YEMREB');
    expect(actorCode(person('وفد الحكومة اليمنية', { kind: 'organization', country: 'YE', organization: 'وفد الحكومة اليمنية' }))).toBe('YEMGOV');
    expect(actorCode(person('حزب الوسط', { kind: 'organization', country: 'JO', organization: 'حزب الوسط' }))).toBe('JORPTY');
    expect(actorCode(person('أ', { country: 'SY', organization: 'الائتلاف الوطني السوري' }))).toBe('SYROPP');
  });

  it('nothing known, nothing coded', () => {
    expect(actorCode(person('أ'))).toBe('');
    expect(countryCode('ZZ')).toBe('');
    expect(countryCode('PS')).toBe('PSE');
    expect(countryCode('XK')).toBe('XKX');
  });
});

describe('event rows', () => {
  const a = withRole('سامر عيد', 'وزير الخارجية الأردني', 'JO');
  const b = withRole('كريم نصار', 'وزير الخارجية المصري', 'EG');
  const c = withRole('هانس نيلسن', 'المبعوث الأممي', null, 'الأمم المتحدة');

  it('one row per ordered pair of sides', () => {
    const rows = eventRows(summaryOf([a, b, c], [meeting([a.name, b.name, c.name])]), 'x'.repeat(20), 'art.txt');
    expect(rows.map((r) => `${r.sourceName}>${r.targetName}`)).toEqual([
      'سامر عيد>كريم نصار', 'سامر عيد>هانس نيلسن', 'كريم نصار>سامر عيد', 'كريم نصار>هانس نيلسن', 'هانس نيلسن>سامر عيد', 'هانس نيلسن>كريم نصار',
    ]);
    expect(rows.map((r) => r.eventId)).toEqual(['art.txt#1.1', 'art.txt#1.2', 'art.txt#1.3', 'art.txt#1.4', 'art.txt#1.5', 'art.txt#1.6']);
    expect(rows[1]).toMatchObject({ sourceActor: 'JORGOV', sourceRole: 'وزير الخارجية الأردني', targetActor: 'IGOUNO', cameoCode: '040', quadClass: 1 });
  });

  it('a meeting with one side makes no row', () => {
    expect(eventRows(summaryOf([a], [meeting([a.name])]), '', 'x')).toEqual([]);
  });

  it('042 for the visitor and 043 for the host of a reception', () => {
    const rows = eventRows(summaryOf([a, b], [meeting([a.name, b.name], { kind: 'reception', host: b.name })]), '', 'x');
    expect(rows.map((r) => [r.sourceName, r.cameoCode])).toEqual([[a.name, '042'], [b.name, '043']]);
  });

  it('a visit to a capital is hosted by that country\'s side', () => {
    const rows = eventRows(summaryOf([a, b], [meeting([a.name, b.name], { kind: 'visit', location: 'القاهرة' })]), '', 'x');
    expect(rows.map((r) => [r.sourceName, r.cameoCode])).toEqual([[a.name, '042'], [b.name, '043']]);
  });

  it('046 for talks, 041 for a call, 040 for a summit', () => {
    const codes = (kind: Meeting['kind']) => eventRows(summaryOf([a, b], [meeting([a.name, b.name], { kind })]), '', 'x').map((r) => r.cameoCode);
    expect(codes('talks')).toEqual(['046', '046']);
    expect(codes('call')).toEqual(['041', '041']);
    expect(codes('summit')).toEqual(['040', '040']);
  });

  it('036 for a meeting only arranged: dated after the reference, or told in the future', () => {
    const later = eventRows(summaryOf([a, b], [meeting([a.name, b.name], { isoDate: '2019-03-13', dateResolution: 'day' })], '2019-03-12'), '', 'x');
    expect(later.map((r) => r.cameoCode)).toEqual(['036', '036']);
    const text = 'من المقرر أن يلتقي الوزيران في عمان';
    const future = eventRows(summaryOf([a, b], [meeting([a.name, b.name], { end: text.length })]), text, 'x');
    expect(future.map((r) => r.cameoCode)).toEqual(['036', '036']);
    const held = 'التقى الوزيران في عمان أمس';
    expect(eventRows(summaryOf([a, b], [meeting([a.name, b.name], { end: held.length })]), held, 'x').map((r) => r.cameoCode)).toEqual(['040', '040']);
  });
});

describe('TSV and CSV', () => {
  it('the header names every column in order', () => {
    expect(eventHeader('tsv')).toBe(EVENT_COLUMNS.map((c) => c.name).join('\t') + '\n');
    expect(eventHeader('tsv').split('\t')).toHaveLength(16);
    expect(eventHeader('csv').endsWith('\r\n')).toBe(true);
  });

  it('tabs and newlines in values cannot break a TSV row; CSV quotes what it must', () => {
    const row = { ...eventRows(summaryOf([withRole('أ', 'x', 'EG'), withRole('ب', 'y', 'JO')], [meeting(['أ', 'ب'], { location: 'عمان,\t"القديمة"\nالشرقية' })]), '', 'a.txt')[0] };
    const tsv = eventLines([row], 'tsv');
    expect(tsv.split('\n')).toHaveLength(2);
    expect(tsv.split('\t')).toHaveLength(16);
    expect(eventLines([row], 'csv')).toContain('"عمان,\t""القديمة""\nالشرقية"');
  });

  it('a summarised article gives rows with dates resolved against the reference', () => {
    const text = 'استقبل وزير الخارجية المصري كريم نصار في القاهرة أمس نظيره الأردني سامر عيد، وبحث معه تطورات المنطقة.';
    const s = summarize(text, { referenceDate: '2019-03-12' });
    const rows = eventRows(s, text, 'a.txt');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      expect(r.date).toBe('2019-03-11');
      expect(text.slice(r.evidenceStart, r.evidenceEnd)).toContain(r.sourceName.split(' ')[0]);
    }
    expect(new Set(rows.map((r) => r.cameoCode))).toEqual(new Set(['042', '043']));
  });
});
