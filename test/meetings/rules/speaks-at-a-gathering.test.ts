import { describe, expect, it } from 'vitest';
import { speaksAtAGathering as rule } from '../../../src/meetings/rules/speaks-at-a-gathering.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports an official speaking at a meeting (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي'], location: 'عمان', rules: [rule.id] }]);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('reads the gathering past its opening or close, and its place and day', () => {
    const text = 'وقال رئيس الوزراء الكرواتي زوران بلاجيتش، الأحد، في ختام قمة دول البلقان في زغرب إن التعاون مستمر.';
    expect(meetings(text)).toMatchObject([{ participants: ['زوران بلاجيتش'], location: 'زغرب', date: 'الأحد' }]);
    expect(meetings('وأكد الوزير كمال الغربي في افتتاح اجتماع المجلس أن الخطة جاهزة.')).toMatchObject([{ participants: ['كمال الغربي'] }]);
  });

  it('takes no topic of the gathering for its place', () => {
    const text = 'وأكد وزير الخارجية الأردني كمال الغربي خلال اجتماع طارئ لبحث الأوضاع في القدس أن القرار باطل.';
    expect(meetings(text)).toMatchObject([{ participants: ['كمال الغربي'], location: null }]);
  });

  it('reports no press conference, no interview and no gathering to come', () => {
    expect(meetings('وقال الوزير كمال الغربي في مؤتمر صحفي إن الخطة جاهزة.')).toEqual([]);
    expect(meetings('وقال الوزير كمال الغربي خلال لقاء تلفزيوني إن الخطة جاهزة.')).toEqual([]);
    expect(meetings('وقال الوزير كمال الغربي إنه سيطرح الخطة في القمة المقبلة.')).toEqual([]);
  });

  it('reports no meeting the speaker only reports, nor one another is named at', () => {
    expect(meetings('وقال الوزير كمال الغربي إن الرئيس أكد خلال الاجتماع أن الخطة جاهزة.')).toEqual([]);
    expect(meetings('وأبلغ الوزير كمال الغربي نظيره رسالة نقلها السفير سامر الحديدي خلال اجتماع أمس.')).not.toMatchObject([{ rules: [rule.id] }]);
  });

  it('leaves a speaker whose meetings the article tells to those meetings', () => {
    const text = 'التقى الوزير كمال الغربي الرئيس سامر الحديدي في عمان. وقال الغربي خلال اجتماع الحكومة إن الخطة جاهزة.';
    expect(meetings(text)).toMatchObject([{ participants: ['كمال الغربي', 'سامر الحديدي'] }]);
    expect(meetings(text)).toHaveLength(1);
  });

  it('reads statements placed at the gathering through a noun (جاءت تصريحات فلان خلال اجتماع), and its place after المنعقد', () => {
    const text = 'وجاءت تصريحات وزير الخارجية الأردني سامر الحديدي خلال اجتماع وزراء الخارجية العرب التحضيري للقمة، المنعقد في الرباط، الخميس.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي'], location: 'الرباط', date: 'الخميس', rules: [rule.id] }]);
    expect(meetings('وأتت كلمة الوزير كمال الغربي في القمة العربية بعد ساعات من الهجوم.')).toMatchObject([{ participants: ['كمال الغربي'] }]);
    expect(meetings('وجاءت تصريحات الوزير كمال الغربي بعد اجتماع الحكومة أمس.')).toEqual([]);
  });

  it('reads a speech at it: في كلمة له أمام القمة، خلال خطاب له بالاجتماع', () => {
    expect(meetings('وقال الرئيس كمال الغربي في كلمة له أمام القمة العربية إن الحل سياسي.')).toMatchObject([{ participants: ['كمال الغربي'] }]);
    expect(meetings('وعبر المبعوث الأممي كمال الغربي خلال خطاب له بالاجتماع عن قلقه.')).toMatchObject([{ participants: ['كمال الغربي'] }]);
    expect(meetings('ورحب الوزير كمال الغربي بالاجتماع المقبل.')).toEqual([]);
  });

  it('reads the gathering before its speaker (وخلال الاجتماع، قال الوزير فلان), not a clause that goes on with another', () => {
    expect(meetings('وخلال الاجتماع، قال وزير الخارجية الأردني سامر الحديدي إن الحل سياسي.')).toMatchObject([{ participants: ['سامر الحديدي'] }]);
    expect(meetings('وفي كلمته أمام القمة، أكد الرئيس التونسي كمال الغربي أن الحل سياسي.')).toMatchObject([{ participants: ['كمال الغربي'] }]);
    expect(meetings('وفي الاجتماع الذي استمر ساعتين، وافق الجانبان على الخطة، وأعرب عن رغبته في لقاء الرئيس كمال الغربي.')).toEqual([]);
    expect(meetings('وخلال القمة، رفض الاتحاد الأوروبي مقترح الرئيس كمال الغربي.')).toEqual([]);
  });
});
