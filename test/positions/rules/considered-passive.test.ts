import { describe, expect, it } from 'vitest';
import { consideredPassive as rule } from '../../../src/positions/rules/considered-passive.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads تعتبر before an accusative predicate as "is considered", not the words of the one named before (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toContain('تعتبر');
  });

  it('reads يعتبر before an indefinite predicate as "is considered"', () => {
    const text = 'وقال المنظمون إن المهرجان يعتبر حدثا إقليميا يجمع المنتجين بالتجار من مختلف الدول.';
    expect(positions(text).map((p) => p.cue)).toEqual(['قال']);
  });

  it('reads يعتبر before من or a superlative as "is considered"', () => {
    const text = 'وأشاد المنظمون بالمشاركة الواسعة. ويعتبر المهرجان من أهم الفعاليات الثقافية التي تجمع المنتجين والتجار كل عام.';
    expect(positions(text).map((p) => p.cue)).not.toContain('يعتبر');
  });

  it('keeps يعتبر with a subject that holds the view, a name ending in ا among them', () => {
    expect(positions('ويعتبر الوزير سامر الحديدي أن المشروع مهم للمنطقة.').map((p) => p.holder)).toEqual(['سامر الحديدي']);
    expect(positions('وتعتبر تركيا تلك الوحدات فرعا لحزب محظور.').map((p) => p.holder)).toEqual(['تركيا']);
  });
});
