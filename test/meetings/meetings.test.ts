import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';

describe('meetings', () => {
  it('finds a reception with host, place and date', () => {
    const text = 'استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الأحد بالقاهرة، رئيس الوزراء الأردني بشر الخصاونة.';
    const s = summarize(text);
    expect(s.participants.map((p) => p.name)).toEqual(['عبد الفتاح السيسي', 'بشر الخصاونة']);
    expect(s.meetings).toHaveLength(1);
    const m = s.meetings[0];
    expect(m.kind).toBe('reception');
    expect(m.location).toBe('القاهرة');
    expect(m.date).toBe('اليوم الأحد');
    expect(text.slice(m.dateSpan!.start, m.dateSpan!.end)).toBe('اليوم الأحد');
    expect(text.slice(m.locationSpan!.start, m.locationSpan!.end)).toBe('القاهرة');
  });

  it('takes a phone call between two named leaders', () => {
    const s = summarize('تلقى العاهل الأردني الملك عبدالله الثاني اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون أمس.');
    expect(s.meetings[0]?.kind).toBe('call');
    expect(s.participants.map((p) => p.country).sort()).toEqual(['FR', 'JO']);
  });

  it('leaves the spokesman who reports the meeting out', () => {
    const s = summarize(
      'التقى وزير الخارجية المصري سامح شكري نظيره الروسي سيرغي لافروف في موسكو، حسبما صرح المتحدث باسم وزارة الخارجية أحمد حافظ.',
    );
    expect(s.participants.map((p) => p.name)).toEqual(['سامح شكري', 'سيرغي لافروف']);
    expect(s.meetings[0].location).toBe('موسكو');
  });
});

describe('meeting negatives', () => {
  it('reports no meeting for a football derby called a summit', () => {
    const s = summarize('انتهت قمة الدوري بين الأهلي والزمالك بالتعادل في استاد القاهرة.');
    expect(s.participants).toEqual([]);
    expect(s.meetings).toEqual([]);
  });

  it('reports no meeting for research (بحث) or a statement alone', () => {
    const s = summarize('أكد وزير الصحة المصري خالد عبد الغفار أن البحث العلمي يحتاج إلى دعم. وأدانت وزارة الخارجية الهجوم.');
    expect(s.meetings).toEqual([]);
    expect(s.participants).toEqual([]);
  });
});
