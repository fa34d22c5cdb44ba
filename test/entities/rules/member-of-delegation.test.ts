import { describe, expect, it } from 'vitest';
import { memberOfDelegation as rule } from '../../../src/entities/rules/member-of-delegation.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives "one of the delegation\'s members" the country of the delegation named before (its example)', () => {
    expect(entity(rule.example, 'كمال الغربي')).toMatchObject({ country: 'TN' });
    expect(entity(rule.example, 'كمال الغربي')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'كمال الغربي', [rule.id])?.country).toBeNull();
  });

  it('gives no country to a person whose apposition is another office', () => {
    const text = 'وصل وفد برلماني تونسي إلى سوسة. وقال النائب كمال الغربي، رئيس لجنة الطاقة، إن الزيارة مهمة.';
    expect(entity(text, 'كمال الغربي')?.country).toBeNull();
  });

  it('gives no country where the delegation is named only after him', () => {
    const text = 'وقال النائب كمال الغربي، أحد أعضاء الوفد، إن الزيارة مهمة. ووصل وفد برلماني تونسي إلى سوسة.';
    expect(entity(text, 'كمال الغربي')?.country).toBeNull();
  });
});
