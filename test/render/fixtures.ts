import type { Meeting, Participant, Position, Resolution, Span, Summary } from '../../src/types.js';

/**
 * An invented article and a hand-made summary of it with true offsets, for render tests: they
 * must not depend on what the extractors make of a text today. Two meetings (a reception and a
 * later call), four positions (one relayed by a spokesman, one by a holder who met nobody), a
 * resolution; harakat and tatweel in places.
 */
export const ARTICLE = [
  'عمّان - استقبل وزير الخارجية الأردني سامي الخطيب في عمّان أمس الأحد نظيره المصري كريم فؤاد، وبحث الجانبان تطورات الأوضاع في المنطقة.',
  'وأكد الخطيب خلال اللقاء "ضرورة وَقْف التصعيد وحماية المدنيين وضمان وصول المساعدات الإنسانية دون عوائق إلى كل المناطق المتضررة في أسرع وقت ممكن".',
  'من جهته، دعا فؤاد إلى تكثيف الجهود الدولية لإطلاق مسار سياسي جاد وفق قرار مجلس الأمن 2254.',
  'وفي اتصال هاتفي لاحق، تحدث الخطيب مع الأمين العام للجامعة العربية ليلى منصور.',
  'وقال المتحدث باسم الخارجية إن الوزير شدد على رفض أي تدخل خارجي في الشؤون العربية.',
  'وفي سياق آخر، قالت وكالة الأنباء الرسمية إن الحكومة ستعقد اجتماعها الأسبوعي غداً.',
].join('\n');

/** The span of the n-th occurrence (from 0) of a phrase in the article. */
export function spanOf(phrase: string, text = ARTICLE, nth = 0): Span {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`not in the text: ${phrase}`);
  }
  return { start: at, end: at + phrase.length };
}

function person(name: string, role: string | null, country: string | null, organization: string | null = null): Participant {
  const span = spanOf(name);
  return { name, aliases: [name.split(' ')[1]], kind: 'person', role, roles: role ? [role] : [], country, organization, ...span, mentions: [span], rules: [] };
}

function position(holder: string | null, statement: string, cue: string, stance: Position['stance'], via: string | null = null): Position {
  return { holder, statement, cue, stance, quote: false, via, ...spanOf(statement), rule: 'test', rules: ['test'] };
}

/** The summary of ARTICLE. */
export function summary(): Summary {
  const meeting1: Meeting = {
    participants: ['سامي الخطيب', 'كريم فؤاد'], host: 'سامي الخطيب', kind: 'reception',
    location: 'عمّان', date: 'أمس الأحد', isoDate: null, cue: 'استقبل',
    start: spanOf('استقبل').start, end: spanOf('كريم فؤاد').end, locationSpan: spanOf('عمّان', ARTICLE, 1), dateSpan: spanOf('أمس الأحد'), rules: [],
  };
  const meeting2: Meeting = {
    participants: ['سامي الخطيب', 'ليلى منصور'], host: null, kind: 'call',
    location: null, date: null, isoDate: null, cue: 'اتصال هاتفي',
    start: spanOf('اتصال هاتفي').start, end: spanOf('ليلى منصور').end, locationSpan: null, dateSpan: null, rules: [],
  };
  const resolution: Resolution = {
    body: 'UNSC', number: '2254', year: 2015, symbol: 'S/RES/2254 (2015)', subject: 'Syria: road map for a political settlement',
    text: 'قرار مجلس الأمن 2254', ...spanOf('قرار مجلس الأمن 2254'), mentions: [spanOf('قرار مجلس الأمن 2254')], rules: [],
  };
  return {
    schemaVersion: 1,
    participants: [
      person('سامي الخطيب', 'وزير الخارجية الأردني', 'JO'),
      person('كريم فؤاد', 'وزير الخارجية المصري', 'EG'),
      person('ليلى منصور', 'الأمين العام للجامعة العربية', null, 'جامعة الدول العربية'),
    ],
    meetings: [meeting1, meeting2],
    positions: [
      position('سامي الخطيب', 'ضرورة وَقْف التصعيد وحماية المدنيين وضمان وصول المساعدات الإنسانية دون عوائق إلى كل المناطق المتضررة في أسرع وقت ممكن', 'أكد', 'assert'),
      position('كريم فؤاد', 'تكثيف الجهود الدولية لإطلاق مسار سياسي جاد وفق قرار مجلس الأمن 2254', 'دعا', 'call'),
      position('سامي الخطيب', 'رفض أي تدخل خارجي في الشؤون العربية', 'شدد', 'reject', 'المتحدث باسم الخارجية'),
      position('وكالة الأنباء الرسمية', 'الحكومة ستعقد اجتماعها الأسبوعي غداً', 'قالت', 'inform'),
    ],
    resolutions: [resolution],
    warnings: [],
  };
}

/** A summary with many holders and positions, for the brief's line budget. */
export function crowded(holders: number, perHolder: number): Summary {
  const s = summary();
  s.positions = [];
  let at = 0;
  for (let h = 0; h < holders; h++) {
    for (let k = 0; k < perHolder; k++) {
      s.positions.push({ holder: `المسؤول رقم ${h + 1}`, statement: `الموقف ${k + 1} من مواقف المسؤول ${h + 1} حول الأوضاع الراهنة في المنطقة`, cue: 'قال', stance: 'assert', quote: false, via: null, start: at, end: at + 1, rule: 'test', rules: ['test'] });
      at += 2;
    }
  }
  // Interleave holders in text order: the brief must still group them.
  s.positions.sort((a, b) => (a.start % 3) - (b.start % 3) || a.start - b.start).forEach((p, i) => ((p.start = i * 2), (p.end = i * 2 + 1)));
  return s;
}
