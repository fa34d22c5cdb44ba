import { describe, expect, it } from 'vitest';
import { quotedBodyName as rule } from '../../../src/entities/findBodies.js';
import { entities, entity, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a head noun and its quoted name as one body (its example)', () => {
    expect(entity(rule.example, 'جماعة أنصار الفجر')).toMatchObject({ kind: 'organization', country: null, rules: [rule.id] });
    expect(entities(rule.example, [rule.id])).toEqual([]);
  });

  it('makes the quoted body the holder, and its name no statement', () => {
    const text = 'وقالت منظمة "أطباء بلا حدود" إن القصف استهدف المستشفى. وكتب حزب (الرابطة الوطنية) على موقعه أن ناشطيه اعتقلوا.';
    expect(stated(text)).toEqual(['منظمة أطباء بلا حدود: القصف استهدف المستشفى', 'حزب (الرابطة الوطنية): ناشطيه اعتقلوا']);
  });

  it('reads no body from a quoted statement, a long quotation or a quoted country', () => {
    expect(entities('وأضاف ائتلاف (إن اللجنة باشرت أعمالها).').filter((e) => e.kind === 'organization')).toEqual([]);
    expect(entities('وقالت حركة «نحن نرفض هذا الاتفاق جملة وتفصيلا ولن نقبل به أبدا» في بيانها.').filter((e) => e.kind === 'organization')).toEqual([]);
    expect(entity('وقال حزب «مصر» في بيانه إن الانتخابات نزيهة.', 'مصر')).toMatchObject({ kind: 'country', rules: ['country-lexicon'] });
  });
});
