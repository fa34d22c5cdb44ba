import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';

/** Names of everyone in the summary's meetings. */
function met(text: string): string[] {
  const s = summarize(text);
  return s.meetings.flatMap((m) => m.participants);
}

describe('one who reports a meeting is not at it', () => {
  it('leaves out the subject of "قال … إن لقاء فلان مع فلان"', () => {
    const text =
      'من جهته، قال الدكتور سالم بن خالد العتيبي، وزير الدولة للشؤون الخارجية، إن لقاء الشيخ ناصر بن حمد وزير الخارجية مع المبعوث الأممي جون سميث فرصة للتأكيد على الحل.';
    const people = met(text);
    expect(people).not.toContain('سالم بن خالد العتيبي');
    expect(people).toEqual(expect.arrayContaining(['ناصر بن حمد', 'جون سميث']));
  });

  it('keeps a speaker whose statement is about his own meeting (إنه التقى، لقاءه)', () => {
    const own = 'وقال وزير الخارجية المصري سامي عبد الله إنه التقى نظيره الأردني خالد المومني في عمان.';
    expect(met(own)).toEqual(expect.arrayContaining(['سامي عبد الله', 'خالد المومني']));
  });

  it('keeps a speaker of "the meeting" told already (إن اللقاء مع …)', () => {
    const text = 'وقال النائب خالد المومني أحد أعضاء الوفد إن اللقاء مع الرئيس السوري بشار الأسد تمحور حول الوضع.';
    expect(met(text)).toEqual(expect.arrayContaining(['خالد المومني', 'بشار الأسد']));
  });

  it('does not apply where the meeting comes before what is reported', () => {
    const text = 'وقال وزير الخارجية المصري سامي عبد الله خلال لقائه نظيره الأردني خالد المومني إن الحل سياسي.';
    expect(met(text)).toEqual(expect.arrayContaining(['سامي عبد الله', 'خالد المومني']));
  });

  it('reads "زيارته" as the one named before it in its sentence, not the last speaker', () => {
    const text =
      'واستقبل رئيس الأركان المصري محمد سالم نظيره السعودي خالد الشمري. وأثار اختفاء الكاتب السعودي سامي الهاشمي جدلا إثر زيارته للقنصلية في مدينة إسطنبول التركية، الثلاثاء.';
    const s = summarize(text);
    expect(s.meetings).toHaveLength(1);
    expect(s.participants.map((p) => p.name)).not.toContain('سامي الهاشمي');
  });
});

describe('names around a title word that is part of a name', () => {
  it('ends a name at ل + a short common word, and keeps a name word out of the roles', () => {
    const s = summarize(
      'تونس ومصر والجزائر توقع على مبادرة قائد السبسي لحل الأزمة\nاجتمع اليوم وزراء خارجية تونس والجزائر ومصر وبحضور رئيس الجمهورية الباجي قائد السبسي في قصر قرطاج.',
    );
    const names = s.participants.map((p) => p.name);
    expect(names).not.toContain('السبسي لحل');
    const caid = s.participants.find((p) => p.name === 'الباجي قائد السبسي');
    expect(caid?.role).not.toContain('قائد');
    expect(s.meetings[0]?.location).toBe('قصر قرطاج');
  });
});
