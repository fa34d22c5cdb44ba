import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';

describe('leaders acting together, a government named for its head, a visitor’s place', () => {
  const text = [
    'ولي العهد السعودي في لندن',
    'قام الأمير فيصل بن خالد بزيارة رسمية إلى لندن بدعوة من حكومة الملكة ماري الثانية.',
    'وأطلق الأمير فيصل بن خالد ورئيسة الوزراء البريطانية جين كارتر يوم الأربعاء مجلس الشراكة الاستراتيجية.',
  ].join('\n');
  const s = summarize(text);

  it('reads "أطلق X وY" of two sides as their meeting, with the place the visitor is at', () => {
    expect(s.meetings).toHaveLength(1);
    expect(s.meetings[0].participants).toEqual(expect.arrayContaining(['فيصل بن خالد', 'جين كارتر']));
    expect(s.meetings[0].location).toBe('لندن');
  });

  it('does not take one named for her government (حكومة الملكة فلانة) as a participant', () => {
    expect(s.participants.map((p) => p.name)).not.toContain('ماري الثانية');
  });

  it('does not read a joint verb with one actor, or two of one side, as a meeting', () => {
    expect(summarize('وافتتح الرئيس المصري سامي عبد الله مستشفى بناه الرئيس الراحل خالد العمري.').meetings).toHaveLength(0);
    expect(summarize('ووقع وزير الخارجية المصري سامي عبد الله ووزير المالية المصري خالد العمري القرار.').meetings).toHaveLength(0);
  });
});

describe('a body sending a delegation to the talks', () => {
  it('does not add a body that sends a delegation elsewhere', () => {
    const text =
      'تعقد اليوم في باريس محادثات بين المشير خليل الطاهر ورئيس الوزراء الليبي سالم العربي. وقرر المجلس الأعلى للدولة إرسال وفد إلى القاهرة.';
    expect(summarize(text).meetings[0].participants).not.toContain('المجلس الأعلى للدولة');
  });
});

describe('a mediator’s talks whose other sides go unnamed', () => {
  it('reports the envoy’s talks with their place', () => {
    const s = summarize('وأجرى مبعوث الأمم المتحدة إلى اليمن، جون ميلر، مباحثات عاجلة في صنعاء بشأن القتال الدائر في المدينة.');
    expect(s.meetings).toHaveLength(1);
    expect(s.meetings[0].participants).toEqual(['جون ميلر']);
    expect(s.meetings[0].location).toBe('صنعاء');
  });

  it('not talks spoken of in a quotation, nor one person who is no envoy', () => {
    expect(summarize('وأضاف: «نسمع عن مشاورات تجرى في مسقط بين المبعوث الأممي لليمن جون ميلر والأطراف»').meetings).toHaveLength(0);
    expect(summarize('وأجرى وزير الخارجية المصري سامي عبد الله مباحثات في القاهرة بشأن الأزمة.').meetings).toHaveLength(0);
    // an envoy briefing on talks is not at them
    expect(summarize('قال المبعوث الأممي إلى اليمن جون ميلر في إحاطة أمام مجلس الأمن في نيويورك إن المحادثات بين الأطراف متعثرة.').meetings).toHaveLength(0);
    // … but one reported to hold them is
    expect(summarize('تفيد التقارير بأن المبعوث الأممي إلى اليمن جون ميلر أجرى مباحثات في صنعاء.').meetings).toHaveLength(1);
  });
});
