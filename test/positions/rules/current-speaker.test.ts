import { describe, expect, it } from 'vitest';
import { currentSpeaker as rule } from '../../../src/positions/rules/current-speaker.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes the holder the current speaker whom "وتابع" continues (its example)', () => {
    expect(stated(rule.example)[1]).toBe('كمال الغربي: المستشفى سيفتح أبوابه في الربيع');
    expect(stated(rule.example, [rule.id])[1]).toBe('رائد الكبيسي: المستشفى سيفتح أبوابه في الربيع');
  });

  it('does not keep the first speaker current once another spoke', () => {
    const text = 'وأعلن وزير الصحة كمال الغربي أن المستشفى سيفتح في الربيع. وقالت الطبيبة ليلى الساعدي إن الأجهزة وصلت. وتابعت أن الطاقم جاهز.';
    expect(stated(text)[2]).toBe('ليلى الساعدي: الطاقم جاهز');
  });
  it('keeps the speaker on after a cue inside the first clause of his own statement', () => {
    const text = 'وقال اللواء سامر الحديدي إن توجيهات الوزير كمال الغربي تؤكد على جميع الأجهزة اتباع أعلى المعايير، حاثا الجميع على سرعة التنفيذ.';
    expect(positions(text).find((p) => p.cue === 'حاثا')).toMatchObject({ holder: 'سامر الحديدي', statement: 'سرعة التنفيذ' });
  });

  it('goes on with the one a spokesman reports, and with a speaker named after a comma', () => {
    const spokesman = 'وقال المتحدث الرسمي باسم الرئاسة سامر الحديدي إن الرئيس كمال الغربي أكد دعم بلاده للحوار، مشددا على أهمية التهدئة.';
    expect(positions(spokesman).find((p) => p.cue === 'مشددا')).toMatchObject({ holder: 'كمال الغربي' });
    const comma = 'ودعت النقابات إلى إضراب عام، كما قال الوزير كمال الغربي إن الحوار مستمر، مشيرا إلى لقاء قريب.';
    expect(positions(comma).find((p) => p.cue === 'مشيرا')).toMatchObject({ holder: 'كمال الغربي' });
  });
});
