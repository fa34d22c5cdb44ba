import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';

const SUMMIT = [
  'القمة العربية.. انتقادات ورفض',
  'اختتمت القمة العربية التي استضافتها مدينة الطائف في المملكة العربية السعودية أعمالها بالتأكيد على رفض التدخل.',
  'وكان الملك السعودي فهد بن سعود قد استهل القمة بانتقادات للتدخلات.',
  'كما حذر الأمين العام للجامعة العربية سامي عبد الله من أن التدخل يضرب الأعراف الدولية.',
  'وغاب أمير الكويت ناصر بن جابر عن القمة التي شارك فيها معظم الدول الأعضاء.',
  'ومثل الكويت مبعوثها الدائم في الجامعة العربية خالد بن سالم المطيري.',
  'وكان أمير الكويت قد شارك في القمة العربية التي عقدت في الأردن العام الماضي.',
].join('\n');

describe('a summit told with no two sides in one sentence', () => {
  const s = summarize(SUMMIT);
  const names = s.participants.map((p) => p.name);

  it('takes those named at the summit, a titled speaker and one who stood for a country', () => {
    expect(names).toEqual(expect.arrayContaining(['فهد بن سعود', 'سامي عبد الله', 'خالد بن سالم المطيري']));
    expect(s.meetings).toHaveLength(1);
    expect(s.meetings[0].location).toBe('الطائف');
  });

  it('leaves out one who stayed away, though named at a past summit', () => {
    expect(names).not.toContain('ناصر بن جابر');
  });

  it('reads a possessive envoy title with its body', () => {
    const envoy = s.participants.find((p) => p.name === 'خالد بن سالم المطيري');
    expect(envoy?.role).toContain('مبعوثها الدائم في الجامعة العربية');
  });

  it('does not apply where a sentence names two sides of a meeting', () => {
    const text = SUMMIT + '\nوالتقى الملك فهد بن سعود على هامش القمة الرئيس المصري سالم العربي.';
    const m = summarize(text).meetings;
    expect(m).toHaveLength(1);
    expect(m[0].participants).toEqual(expect.arrayContaining(['فهد بن سعود', 'سالم العربي']));
    expect(m[0].participants).not.toContain('سامي عبد الله');
  });
});

describe('a football derby called a summit', () => {
  it('is no summit of states: no meeting, no participants', () => {
    const text = [
      'قمة الأهلي والزمالك تنتهي بالتعادل',
      'انتهت قمة الدوري المصري بين الأهلي والزمالك بالتعادل في استاد القاهرة.',
      'وقال المدير الفني للأهلي جون ميلر إن الفريق قدم مباراة جيدة في القمة.',
      'وسجل سامي عبد الله هدفا في القمة.',
    ].join('\n');
    const s = summarize(text);
    expect(s.meetings).toHaveLength(0);
    expect(s.participants).toHaveLength(0);
  });
});
