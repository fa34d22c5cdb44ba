import { describe, expect, it } from 'vitest';
import { royalNeighbours as rule } from '../../../src/entities/rules/royal-neighbours.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a royal listed between royals of one country that country (its example)', () => {
    expect(entity(rule.example, 'فهد بن ناصر')).toMatchObject({ roles: ['الأمير'], country: 'SA' });
    expect(entity(rule.example, 'فهد بن ناصر')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'فهد بن ناصر', [rule.id])?.country).toBeNull();
  });

  it('gives no country to a royal listed beside a non-royal', () => {
    const text = 'وحضر الاستقبال في الرباط الأمير السعودي مازن بن طلال، ورجل الأعمال فراس النجار، والأمير فهد بن ناصر.';
    expect(entity(text, 'فهد بن ناصر')?.country).toBeNull();
  });

  // KNOWN ISSUE: the gap between two royals may hold nothing but a title and a nisba is not
  // allowed in it, so a neighbour of another country stated in his title (والأمير الأردني) is not
  // seen and فهد بن ناصر takes the other neighbour's country (SA).
  it.skip('gives no country to a royal listed between royals of two countries', () => {
    const text = 'وحضر الاستقبال في الرباط الأمير السعودي مازن بن طلال، والأمير فهد بن ناصر، والأمير الأردني خالد بن سعد.';
    expect(entity(text, 'فهد بن ناصر')?.country).toBeNull();
  });

  // KNOWN ISSUE: the host and the guest of a reception stand side by side with no comma or و
  // between them; the guest is read as a neighbour in a list and takes the host's country (MA).
  it.skip('gives a guest no country from the king who receives him', () => {
    const text = 'وفي الرباط، استقبل الملك المغربي زياد العلوي الأمير مازن بن طلال.';
    expect(entity(text, 'مازن بن طلال')?.country).toBeNull();
  });
});
