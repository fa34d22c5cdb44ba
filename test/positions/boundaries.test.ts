import { describe, expect, it } from 'vitest';
import { positionsOf, view } from './helpers.js';

describe('statement boundaries', () => {
  // "، مؤكدا على…": a participle starts a new position with the same holder.
  it('splits at a participle continuation', () => {
    const text = 'ورحب الوزير طارق عيسى بالاتفاق الجديد، مؤكدا على ضرورة تنفيذه بالكامل.';
    const ps = positionsOf(text).map((p) => view(text, p));
    expect(ps).toEqual([
      { holder: 'طارق عيسى', statement: 'بالاتفاق الجديد', slice: 'بالاتفاق الجديد' },
      { holder: 'طارق عيسى', statement: 'ضرورة تنفيذه بالكامل', slice: 'ضرورة تنفيذه بالكامل' },
    ]);
  });
  // "، حسبما صرح…": the attribution clause is not part of the claim.
  it('ends before an attribution clause', () => {
    const text = 'وشدد الوزير طارق عيسى على رفض أي تدخل خارجي، حسبما صرح المتحدث باسمه.';
    const [p] = positionsOf(text);
    expect(p.statement).toBe('رفض أي تدخل خارجي');
    expect(text.slice(p.start, p.end)).toBe('رفض أي تدخل خارجي');
  });
  // A direct quote may span several sentences and ends at its closing mark.
  it('keeps a multi-sentence quote whole', () => {
    const text = 'وقال رئيس الوزراء حسن علوان: «نحن ملتزمون بالسلام. ولن نتراجع عن ذلك». ثم غادر القاعة.';
    const [p] = positionsOf(text);
    expect(p).toMatchObject({ holder: 'حسن علوان', quote: true, statement: 'نحن ملتزمون بالسلام. ولن نتراجع عن ذلك' });
    expect(text.slice(p.start, p.end)).toBe('نحن ملتزمون بالسلام. ولن نتراجع عن ذلك');
  });
  // One position per cue: the next sentence is not swallowed.
  it('stops at the end of the sentence', () => {
    const text = 'وحذرت المنظمة الدولية للهجرة من تفاقم الأزمة. وتقع المخيمات قرب الحدود.';
    const [p] = positionsOf(text);
    expect(p).toMatchObject({ holder: 'المنظمة الدولية للهجرة', stance: 'warn', statement: 'تفاقم الأزمة' });
  });
  // "تأكيده على": a verbal noun with a possessive takes the current holder.
  it('reads a verbal noun with a possessive as the same holder', () => {
    const text = 'وجدد الوزير طارق عيسى موقف بلاده، مع تأكيده على أهمية الحوار.';
    const ps = positionsOf(text);
    expect(ps.map((p) => [p.holder, p.statement])).toContainEqual(['طارق عيسى', 'أهمية الحوار']);
  });
});
