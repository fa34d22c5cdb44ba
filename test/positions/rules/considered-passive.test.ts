import { describe, expect, it } from 'vitest';
import { consideredPassive as rule } from '../../../src/positions/rules/considered-passive.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads يعتبر before an indefinite predicate as "is considered" (its example)', () => {
    expect(positions(rule.example).map((p) => p.cue)).toEqual(['قال']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toContain('يعتبر');
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
