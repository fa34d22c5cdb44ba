import { describe, expect, it } from 'vitest';
import { CITIES, PLACES, placeByForm, placeCountry } from '../../src/lexicon/places.js';
import { COUNTRIES } from '../../src/lexicon/countries.js';
import { COMMON_WORDS } from '../../src/lexicon/commonWords.js';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, NAME_PARTICLES } from '../../src/lexicon/givenNames.js';
import { NAME_STOPWORDS } from '../../src/lexicon/stopwords.js';
import { normalizeForm } from '../../src/normalize/index.js';
import { summarize } from '../../src/index.js';
import type { PlaceEntry } from '../../src/lexicon/types.js';

const formsOf = (p: PlaceEntry): string[] => [p.name, ...(p.forms ?? [])];
const markedAmbiguous = (entry: { ambiguous?: readonly string[] }, form: string): boolean =>
  !!entry.ambiguous?.some((a) => normalizeForm(a) === normalizeForm(form));

describe('places lexicon data', () => {
  it('gives every entry a state of the countries lexicon, or null with the dispute written out', () => {
    const codes = new Set(COUNTRIES.map((c) => c.iso));
    const bad: string[] = [];
    for (const p of PLACES) {
      if (!['city', 'region', 'district', 'site'].includes(p.kind)) bad.push(`${p.name}: kind ${p.kind}`);
      if (p.iso === null) {
        if (!p.dispute || p.dispute.trim().length < 20) bad.push(`${p.name}: null without a dispute note`);
      } else {
        if (!codes.has(p.iso)) bad.push(`${p.name}: ${p.iso} is no state of countries.ts`);
        if (p.dispute !== undefined) bad.push(`${p.name}: a dispute note on a place with a state`);
      }
    }
    expect(bad).toEqual([]);
    // the disputes the lexicon must not settle silently
    for (const f of ['القدس', 'الجولان', 'العيون', 'القرم', 'سبتة', 'حلايب']) expect(placeCountry(f), f).toBeNull();
  });

  it('lists each form once across entries, after normalisation', () => {
    const owner = new Map<string, string>();
    const dups: string[] = [];
    for (const p of PLACES) {
      for (const f of formsOf(p)) {
        const n = normalizeForm(f);
        const prev = owner.get(n);
        if (prev !== undefined) dups.push(`${f}: ${prev} / ${p.name}`);
        owner.set(n, p.name);
      }
    }
    expect(dups).toEqual([]);
  });

  it('has no form that is a country name or nisba, nor a capital of another state unless both lexicons mark it ambiguous', () => {
    const names = new Map<string, string>();
    const capitals = new Map<string, (typeof COUNTRIES)[number][]>();
    for (const c of COUNTRIES) {
      for (const x of [...c.names, ...c.nisba]) names.set(normalizeForm(x), c.iso);
      for (const x of c.capitals) capitals.set(normalizeForm(x), [...(capitals.get(normalizeForm(x)) ?? []), c]);
    }
    const clashes: string[] = [];
    for (const p of PLACES) {
      for (const f of formsOf(p)) {
        const n = normalizeForm(f);
        if (names.has(n)) clashes.push(`${f}: a name or nisba of ${names.get(n)}`);
        // طرابلس (Tripoli of Lebanon / Libya's capital), القدس, العيون: flagged on both sides
        for (const c of capitals.get(n) ?? []) {
          if (c.iso !== p.iso && !(markedAmbiguous(c, f) && markedAmbiguous(p, f))) clashes.push(`${f}: a capital of ${c.iso}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('marks as ambiguous every one-word form that is also a common word, a given name or a stopword', () => {
    const words = new Set([...COMMON_WORDS, ...GIVEN_NAMES, ...AMBIGUOUS_GIVEN_NAMES, ...NAME_PARTICLES, ...NAME_STOPWORDS].map(normalizeForm));
    const unmarked = PLACES.flatMap((p) => formsOf(p).filter((f) => words.has(normalizeForm(f)) && !markedAmbiguous(p, f)));
    expect(unmarked).toEqual([]);
    // and lists only its own forms as ambiguous
    for (const p of PLACES) for (const a of p.ambiguous ?? []) expect(formsOf(p).map(normalizeForm), `${p.name} ${a}`).toContain(normalizeForm(a));
  });

  it('keeps CITIES as every name and form of PLACES, the earlier entries included', () => {
    const cities = new Set(CITIES.map(normalizeForm));
    const forms = new Set(PLACES.flatMap(formsOf).map(normalizeForm));
    expect(cities).toEqual(forms);
    // forms the flat list had before it was typed: short forms and second names stay
    for (const f of ['مكة', 'شرم', 'العاصمة الإدارية', 'نور سلطان', 'اسطنبول', 'كوباني', 'صور', 'سوتشي']) expect(cities.has(normalizeForm(f)), f).toBe(true);
  });

  it('covers the regions of the Arab League states and the main cities of Iran, Turkey, Israel and Palestine', () => {
    const count = (iso: string): number => PLACES.filter((p) => p.iso === iso).length;
    for (const iso of ['SA', 'EG', 'IQ', 'SY', 'YE', 'LY', 'TN', 'DZ', 'MA', 'JO', 'LB', 'PS', 'SD', 'IR', 'TR', 'IL']) expect(count(iso), iso).toBeGreaterThanOrEqual(15);
    for (const iso of ['AE', 'KW', 'OM', 'MR', 'SO']) expect(count(iso), iso).toBeGreaterThanOrEqual(5);
  });
});

describe('placeCountry', () => {
  it('reads a place by any of its forms, written with or without hamza and taa marbuta', () => {
    expect(placeCountry('الدار البيضاء')).toBe('MA');
    expect(placeCountry('كازابلانكا')).toBe('MA');
    expect(placeCountry('مكة')).toBe('SA');
    expect(placeCountry('منطقة مكة')).toBe('SA');
    expect(placeCountry('كوباني')).toBe('SY');
    expect(placeCountry('أم الرشراش')).toBe('IL');
    expect(placeCountry('الأحواز')).toBe('IR');
    expect(placeCountry('تونس العاصمة')).toBe('TN');
    expect(placeCountry('الاسكندريه')).toBe('EG');
    expect(placeCountry(normalizeForm('جدة'))).toBe('SA');
    expect(placeCountry('صنعاء')).toBeUndefined(); // a capital: the countries lexicon has it
    expect(placeCountry('مدرسة')).toBeUndefined();
  });

  it('tells null (disputed) from undefined (unknown), and says which forms are ambiguous', () => {
    expect(placeCountry('بيت المقدس')).toBeNull();
    expect(placeByForm('القدس')?.place.dispute).toMatch(/Israel/);
    expect(placeByForm('صور')).toMatchObject({ place: { iso: 'LB' }, ambiguous: true });
    expect(placeByForm('الجوف')).toMatchObject({ place: { iso: 'YE' }, ambiguous: true });
    expect(placeByForm('منطقة الجوف')).toMatchObject({ place: { iso: 'SA' }, ambiguous: false });
    expect(placeByForm('محافظة الجوف')).toMatchObject({ place: { iso: 'YE' }, ambiguous: false });
  });
});

describe('newly listed places in context', () => {
  it('takes a newly listed city or region as the meeting place', () => {
    // invented people and meetings; before the lexicon was widened neither place was found
    const city = summarize('استقبل وزير الخارجية الأردني سامر الحديدي في السماوة وزير النفط العراقي كامل الجبوري.');
    expect(city.participants.map((p) => p.name)).toEqual(['سامر الحديدي', 'كامل الجبوري']);
    expect(city.meetings[0]?.location).toBe('السماوة');
    const region = summarize('اجتمع وزير الخارجية الأردني سامر الحديدي مع وزير النفط العراقي كامل الجبوري في منطقة الباحة.');
    expect(region.meetings[0]?.location).toBe('منطقة الباحة');
  });
});
