import { describe, expect, it } from 'vitest';
import { consideredNeedsAgent as rule } from '../../../src/positions/rules/considered-needs-agent.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads يعتبر with a phrase subject and no أن as "is considered" (its example)', () => {
    expect(positions(rule.example).map((p) => p.cue)).toEqual(['قال']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toContain('يعتبر');
  });

  it('keeps يعتبر with أن, and a named state that considers X Y', () => {
    expect(stated('ويعتبر مراقبون أن الانتخابات ستؤجل إلى العام المقبل.')[0]).toMatch(/^مراقبون: /u);
    expect(stated('وتعتبر تركيا الجماعة المسلحة امتدادا لحزب محظور.')[0]).toMatch(/^تركيا: /u);
  });

  it('reads a statement that ranks the holder among others as a description of him, not a view', () => {
    expect(positions('ويعتبر الشاعر سامر الحديدي من أشهر الشعراء العرب في المهجر.')).toEqual([]);
    expect(positions('وتعتبر تركيا إحدى أكبر الدول المنتجة للقطن في المنطقة.')).toEqual([]);
  });

  it('reads من + a noun (من الدول الرائدة) as a rank, من + a word of judgement (من الخطأ، من المهم) as a view', () => {
    expect(positions('وتعتبر البرتغال من الدول الرائدة في مجال الطاقة المتجددة.')).toEqual([]);
    expect(positions('ويعتبر الفنان سامر الحديدي من الأصوات الجميلة في الجيل الجديد.')).toEqual([]);
    expect(stated('واعتبرت الوزيرة سارة الكامل من الخطأ استئناف النقاش حول الخروج.')[0]).toMatch(/^سارة الكامل: /u);
  });
});
