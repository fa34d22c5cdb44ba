import { describe, expect, it } from 'vitest';
import { ORGANIZATIONS } from '../../src/lexicon/organizations.js';
import { COUNTRIES } from '../../src/lexicon/countries.js';
import { isAmbiguousOrganizationForm, organizationByForm, scan } from './helpers.js';
import type { OrganizationEntry } from '../../src/lexicon/types.js';
import { normalizeForm } from '../../src/normalize/index.js';

/** Every body found in a sentence: [index in the normalised text, matched words, organisation id]. */
function found(text: string): [number, string, string | undefined][] {
  return scan('organizations', text).map((f) => [f.start, f.w, (f.value as OrganizationEntry).id]);
}

describe('organisation lexicon data', () => {
  it('has a few hundred entries with unique ids and valid countries', () => {
    expect(ORGANIZATIONS.length).toBeGreaterThan(250);
    const ids = ORGANIZATIONS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const iso = new Set(COUNTRIES.map((c) => c.iso));
    for (const o of ORGANIZATIONS) {
      expect(o.id).toMatch(/^[A-Z0-9_]+$/);
      if (o.country !== null) expect(iso.has(o.country), o.id).toBe(true);
      if (o.kind === 'international' || o.kind === 'regional') expect(o.country, o.id).toBeNull();
    }
  });

  it('maps no form to two bodies unless it is listed as ambiguous', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of ORGANIZATIONS) {
      for (const f of new Set([o.name, ...o.forms, ...o.acronyms].map(normalizeForm))) {
        const prev = owner.get(f);
        if (prev && prev !== o.id && !isAmbiguousOrganizationForm(f)) clashes.push(`${f}: ${prev}/${o.id}`);
        owner.set(f, o.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds every form of every body back through the lexicon pass', () => {
    const missed: string[] = [];
    for (const o of ORGANIZATIONS) {
      for (const f of [o.name, ...o.forms, ...o.acronyms]) {
        const m = found(`قال ${f} أمس`);
        const ok = m.length === 1 && m[0][0] === 4 && (m[0][2] === o.id || isAmbiguousOrganizationForm(m[0][1]));
        if (!ok) missed.push(`${o.id}: ${f} → ${JSON.stringify(m)}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('organisation lexicon matching', () => {
  it('finds bodies in a sentence, longest form first, with clitics', () => {
    const s = 'رحب مجلس الأمن الدولي بقرار جامعة الدول العربية وحركة حماس ودعا للأمم المتحدة والأونروا';
    const at = (w: string): number => normalizeForm(s).indexOf(normalizeForm(w));
    expect(found(s).map(([i, w, id]) => [i, w, id])).toEqual([
      [at('مجلس الأمن الدولي'), normalizeForm('مجلس الأمن الدولي'), 'UNSC'],
      [at('جامعة الدول العربية'), normalizeForm('جامعة الدول العربية'), 'ARAB_LEAGUE'],
      [at('حركة حماس'), normalizeForm('حركة حماس'), 'HAMAS'],
      [at('لأمم المتحدة'), normalizeForm('لأمم المتحدة'), 'UN'],
      [at('الأونروا'), normalizeForm('الأونروا'), 'UNRWA'],
    ]);
  });

  it('reads short forms and acronyms', () => {
    const s = 'التقى وفد من الجامعة العربية ومن قسد وممثل عن يونيسف ونقلت واس';
    expect(found(s).map(([, w, id]) => [w, id])).toEqual([
      ['الجامعه العربيه', 'ARAB_LEAGUE'],
      ['قسد', 'SDF'],
      ['يونيسف', 'UNICEF'],
      ['واس', 'SPA'],
    ]);
  });

  it('gives a national party its country and a transnational one none', () => {
    expect(organizationByForm(normalizeForm('حركة النهضة'))?.country).toBe('TN');
    expect(organizationByForm(normalizeForm('الحوثيين'))?.country).toBe('YE');
    expect(organizationByForm(normalizeForm('الإخوان المسلمين'))?.country).toBeNull();
    expect(organizationByForm(normalizeForm('داعش'))?.country).toBeNull();
    expect(organizationByForm(normalizeForm('حزب العدالة والتنمية التركي'))?.country).toBe('TR');
  });

  it('does not match inside longer words or plain text', () => {
    expect(found('الحماسة والفتحة في الجامعات')).toEqual([]);
    expect(found('عقد الاجتماع صباح اليوم')).toEqual([]);
    // the verb أفاد ("he stated"), normalised as the acronym آفاد would be
    expect(found('وأفاد المتحدث بأن الاجتماع انتهى')).toEqual([]);
  });
});
