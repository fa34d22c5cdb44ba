import { describe, expect, it } from 'vitest';
import { statementStart as rule } from '../../../src/positions/rules/statement-start.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('starts the statement right after a participle that takes its object at once (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'كمال الغربي', cue: 'مستنكرا', statement: 'بشدة الاعتداء على حراس المعرض الليلة الماضية' }]);
    expect(positions(rule.example, [rule.id])).toEqual([]);
  });

  it('starts no statement for a verbal noun with neither particle nor object', () => {
    expect(positions('وشارك الوزير كمال الغربي في افتتاح المعرض، وسط استنكار واسع للاعتداء على حراسه.')).toEqual([]);
  });
  it('reads a whole quotation after إن past the full stops inside it, not a quoted name', () => {
    const text = 'وقال الرئيس كمال الغربي خلال زيارته المتحف أمس إن «هدف الزيارة بسيط جدا. البلاد تعيش أوقاتا صعبة، وأصدقاؤها يجب أن يكونوا هنا». وغادر بعد ذلك.';
    expect(positions(text)).toMatchObject([{ holder: 'كمال الغربي', quote: true, statement: 'هدف الزيارة بسيط جدا. البلاد تعيش أوقاتا صعبة، وأصدقاؤها يجب أن يكونوا هنا' }]);
    expect(positions('وقال الوزير سامر الحديدي إن "الأمل" تسعى إلى إفشال المبادرة.')).toMatchObject([{ statement: '"الأمل" تسعى إلى إفشال المبادرة', quote: false }]);
  });
});
