import { describe, expect, it } from 'vitest';
import { movementAnaphora as rule } from '../../../src/entities/rules/movement-anaphora.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a title of "the movement" the movement named just before (its example)', () => {
    expect(entity(rule.example, 'طارق العمري')).toMatchObject({ organization: 'حركة فتح', country: 'PS' });
    expect(entity(rule.example, 'طارق العمري')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'طارق العمري', [rule.id])?.organization).toBeNull();
  });

  it('gives no movement where the movement is named only after the title', () => {
    const text = 'وقال رئيس المكتب السياسي للحركة طارق العمري إن الحوار مستمر. وأصدرت حركة فتح بيانا.';
    expect(entity(text, 'طارق العمري')).toMatchObject({ organization: null, country: null });
  });
});
