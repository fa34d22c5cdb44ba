import { describe, expect, it } from 'vitest';
import { TITLES } from '../../src/lexicon/titles.js';
import { isAmbiguousTitleForm, scan, titleByForm } from './helpers.js';
import type { TitleEntry } from '../../src/lexicon/types.js';
import { normalizeForm } from '../../src/normalize/index.js';

/** Every title found: [start of the title word in the normalised text, word, title id, kind]. */
function found(text: string): [number, string, string | undefined, string | undefined][] {
  return scan('titles', text).map((f) => {
    const t = f.value as TitleEntry;
    return [f.start, f.w, t.id, t.kind];
  });
}

describe('title lexicon data', () => {
  it('has unique ids, a few hundred forms, and no form in two entries', () => {
    const ids = TITLES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of TITLES) {
      for (const f of new Set(t.forms.map(normalizeForm))) {
        const prev = owner.get(f);
        if (prev && prev !== t.id) clashes.push(`${f}: ${prev}/${t.id}`);
        owner.set(f, t.id);
      }
    }
    expect(clashes).toEqual([]);
    expect(owner.size).toBeGreaterThan(300);
  });

  it('lists ambiguous forms that the entry actually has', () => {
    for (const t of TITLES) {
      const own = new Set(t.forms.map(normalizeForm));
      for (const a of t.ambiguous ?? []) expect(own.has(normalizeForm(a)), `${t.id} ${a}`).toBe(true);
    }
  });

  it('has masculine and feminine forms of the common offices', () => {
    for (const [form, id] of [
      ['وزيرة الخارجية', 'FOREIGN_MINISTER'], ['وزير خارجية', 'FOREIGN_MINISTER'], ['رئيسة الوزراء', 'PRIME_MINISTER'],
      ['المتحدثة الرسمية', 'SPOKESMAN'], ['الأمينة العامة', 'SECRETARY_GENERAL'], ['نائب وزير الدفاع', 'DEFENCE_MINISTER'],
      ['وزير الدولة للشؤون الخارجية', 'FOREIGN_MINISTER'], ['ولي ولي العهد', 'DEPUTY_CROWN_PRINCE'], ['شيخ الأزهر', 'AZHAR_SHEIKH'],
    ]) {
      expect(titleByForm(normalizeForm(form))?.id, form).toBe(id);
    }
  });
});

describe('title lexicon matching', () => {
  it('prefers the longest title: "وزير الخارجية" over "وزير"', () => {
    expect(found('قال وزير الخارجية المصري إن')).toEqual([[4, 'وزير الخارجيه', 'FOREIGN_MINISTER', 'minister']]);
  });

  it('prefers "ولي ولي العهد" and "رئيس مجلس الوزراء" over their heads', () => {
    const s = 'استقبل ولي ولي العهد رئيس مجلس الوزراء';
    const n = normalizeForm(s);
    expect(found(s).map(([i, , id]) => [i, id])).toEqual([
      [n.indexOf('ولي'), 'DEPUTY_CROWN_PRINCE'],
      [n.indexOf('رييس'), 'PRIME_MINISTER'],
    ]);
  });

  it('reads clitics and gives spokespeople their kind', () => {
    const s = 'وأكد المتحدث باسم الخارجية للرئيس';
    const n = normalizeForm(s);
    expect(found(s)).toEqual([
      [n.indexOf('المتحدث'), 'المتحدث باسم', 'SPOKESMAN', 'spokesman'],
      [n.indexOf('لرييس'), 'لرييس', 'PRESIDENT', 'head-of-state'],
    ]);
  });

  it('marks ranks that are also common words as ambiguous', () => {
    expect(isAmbiguousTitleForm(normalizeForm('الفريق'))).toBe(true);
    expect(isAmbiguousTitleForm(normalizeForm('وزير الخارجية'))).toBe(false);
  });

  it('finds nothing in a sentence without offices, nor inside longer words', () => {
    expect(found('عقد الاجتماع صباح اليوم في القاهرة')).toEqual([]);
    expect(found('الوزيرات والرئيسيات')).toEqual([]);
  });
});

describe('the head of a named agency is a title', () => {
  it('reads مدير وكالة المخابرات المركزية and مدير سي آي إيه as the role before a name', async () => {
    const { summarize } = await import('../../src/index.js');
    const roleOf = (text: string) => summarize(text).participants.find((p) => p.name === 'سامر كيلي')?.role ?? null;
    expect(roleOf('والتقى مدير وكالة المخابرات المركزية سامر كيلي الزعيم الكوري الشمالي كيم جونغ أون.')).toBe('مدير وكالة المخابرات المركزية');
    expect(roleOf('والتقى مدير سي آي إيه سامر كيلي الزعيم الكوري الشمالي كيم جونغ أون.')).toBe('مدير سي آي إيه');
  });
});

describe('the Maghreb\'s secretary-general', () => {
  it('reads كاتب عام + a body named again (النقابة) as the title of the name after it', async () => {
    const { summarize } = await import('../../src/index.js');
    const roleOf = (text: string) => summarize(text).participants.find((p) => p.name === 'سامر الحديدي')?.role ?? null;
    expect(roleOf('والتقى الرئيس كمال الغربي بكاتب عام النقابة سامر الحديدي في قصر قرطاج أمس.')).toBe('كاتب عام النقابة');
    expect(roleOf('واستقبل الرئيس كمال الغربي كاتبة عامة النقابة سامر الحديدي في قصر قرطاج أمس.')).toBe('كاتبة عامة النقابة');
  });
});
