import { describe, expect, it } from 'vitest';
import { shortNameIntoFull as rule } from '../../../src/entities/link.js';
import { entity, people, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('links a titled one-word name to the one longer name that starts with it (its example)', () => {
    expect(entity(rule.example, 'فيصل بن علي')).toMatchObject({ aliases: ['فيصل'], mentions: ['فيصل بن علي', 'فيصل'] });
    expect(entity(rule.example, 'فيصل بن علي')?.rules).toContain(rule.id);
    expect(stated(rule.example)).toEqual(['فيصل بن علي: دعم بلاده']);
    expect(people(rule.example, [rule.id])).toContain('فيصل');
  });

  it('links nothing where two longer names start with the word', () => {
    const text = 'استقبل الملك فيصل بن علي والأمير فيصل بن سعد الوزير سامر الحديدي. وأكد الملك فيصل دعم بلاده.';
    expect(people(text)).toEqual(['فيصل بن علي', 'فيصل بن سعد', 'سامر الحديدي', 'فيصل']);
    expect(entity(text, 'فيصل بن علي')?.aliases).toEqual([]);
  });
});
