import { describe, expect, it } from 'vitest';
import { genitiveChain as rule } from '../../../src/entities/rules/genitive-chain.js';
import { entity, people } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads the office through its genitive nouns up to the name (its example)', () => {
    expect(entity(rule.example, 'طارق العمري')).toMatchObject({ roles: ['رئيس هيئة الموانئ'], rules: [rule.id] });
    expect(entity(rule.example, 'طارق العمري', [rule.id])?.roles).toEqual([]);
  });

  it('reads no person where the genitive nouns end in no name', () => {
    expect(people('وصرح رئيس هيئة الموانئ الجديدة بأن العمل مستمر.')).toEqual([]);
  });

  it('gives the office the state of a place or state named in it (بسلطنة عمان is Oman, not the city عمان)', () => {
    expect(entity('وقال إمام وخطيب المسجد الحرام الشيخ خالد العمري إن الصبر مهم.', 'خالد العمري')).toMatchObject({ roles: ['إمام وخطيب المسجد الحرام'], country: 'SA' });
    expect(entity('استقبل رئيس مجلس الشورى بسلطنة عمان خالد بن هلال الراشدي الوفد.', 'خالد بن هلال الراشدي')).toMatchObject({ country: 'OM' });
  });

  it('reads a title of three words the lexicon lists whole, and a name led by an ambiguous given name after an honorific', () => {
    expect(entity('وقال وزير الشؤون الخارجية بالجمهورية اليمنية فهد الراشد إن العمل مستمر.', 'فهد الراشد')).toMatchObject({ roles: ['وزير الشؤون الخارجية بالجمهورية اليمنية'], country: 'YE' });
    expect(entity('زار إمام وخطيب المسجد النبوي الشيخ صالح العمري المعرض.', 'صالح العمري')).toMatchObject({ roles: ['إمام وخطيب المسجد النبوي'], country: 'SA' });
  });
});
