import { describe, expect, it } from 'vitest';
import { betweenIsNoCue as rule } from '../../../src/positions/rules/between-is-no-cue.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads وبين and بينت with their أن as "clarified"', () => {
    expect(positions('وبين الوزير كمال الغربي أنه سيقدم خطة جديدة للنقل.')).toMatchObject([{ holder: 'كمال الغربي', statement: 'سيقدم خطة جديدة للنقل' }]);
    expect(positions('وبينت الوزارة في بيان أن الطرق مغلقة بسبب الأمطار.')).toMatchObject([{ holder: 'الوزارة', statement: 'الطرق مغلقة بسبب الأمطار' }]);
  });

  it('reads "between" as no cue: after a noun, paired with an earlier بين, or with no أن soon after', () => {
    expect(positions('وقال إن الفرق بين الوزير كمال الغربي وبين خصومه أن الأول يعمل.').filter((p) => (p.cue ?? '').includes('بين'))).toEqual([]);
    expect(positions('كانت العلاقة بينها وبين جارتها سيئة، لكن الوزير رأى أن الحل قريب.').map((p) => p.holder)).not.toContain('جارتها');
    expect(positions('وبين الباحث اتخاذ هذه الخطوة بعد إدراكه لإمكانية أن تتغير المدينة.')).toEqual([]);
    expect(positions(rule.example).filter((p) => (p.cue ?? '').includes('بين'))).toEqual([]);
  });

  it('leaves "between" inside a statement to its statement', () => {
    expect(positions('وحذر الوزير كمال الغربي من التفريق بين المواطنين على أساس المذهب.')).toMatchObject([{ statement: 'التفريق بين المواطنين على أساس المذهب' }]);
  });
});
