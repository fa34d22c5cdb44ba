import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, NAME_PARTICLES } from '../../src/lexicon/givenNames.js';
import { givenNames as givenNameSet, particles as nameParticleSet } from '../../src/lexicon/compiled.js';
import { HONORIFICS } from '../../src/lexicon/honorifics.js';
import { PHRASE_LEXICONS } from '../../src/lexicon/compiled.js';
import { scan } from './helpers.js';

/** A clear given name: in the lexicon and not also a common word. */
const isClearGivenName = (w: string): boolean => givenNameSet.has(w) && !AMBIGUOUS_GIVEN_NAMES.some((a) => normalizeForm(a) === w);
const isHonorific = (f: string): boolean => PHRASE_LEXICONS.honorifics.lookup(f) !== undefined;
const isAmbiguousHonorific = (f: string): boolean => PHRASE_LEXICONS.honorifics.lookup(f)?.ambiguous ?? false;
import { normalizeForm } from '../../src/normalize/index.js';

describe('given names', () => {
  it('has about 1,500 names, distinct after normalisation', () => {
    expect(GIVEN_NAMES.length).toBeGreaterThan(1400);
    expect(givenNameSet.size).toBe(GIVEN_NAMES.length);
  });

  it('holds Arabic, compound, Persian and Western forms, normalised', () => {
    for (const n of ['أحمد', 'عبد الله', 'عبدالله', 'فاطمة', 'محمد جواد', 'فلاديمير', 'سيرغي', 'إيمانويل', 'أنجيلا']) {
      expect(givenNameSet.has(normalizeForm(n)), n).toBe(true);
    }
  });

  it('keeps particles and plain words out of the names', () => {
    for (const w of ['بن', 'ابن', 'أبو', 'الرئيس', 'وزير', 'قال', 'مات']) expect(givenNameSet.has(normalizeForm(w)), w).toBe(false);
    for (const p of NAME_PARTICLES) expect(nameParticleSet.has(normalizeForm(p))).toBe(true);
  });

  it('lists only known names as ambiguous, and tells them apart', () => {
    for (const a of AMBIGUOUS_GIVEN_NAMES) expect(givenNameSet.has(normalizeForm(a)), a).toBe(true);
    expect(isClearGivenName(normalizeForm('صباح'))).toBe(false);
    expect(isClearGivenName(normalizeForm('فلاديمير'))).toBe(true);
    // a name that is the commonest of verbal nouns ("improvement")
    expect(isClearGivenName(normalizeForm('تحسين'))).toBe(false);
  });

  it('reads no person in a common verbal noun after a title (طلب من رئيس الدولة دعم تحسين الأوضاع)', async () => {
    const { createDoc } = await import('../../src/document.js');
    const { findEntities } = await import('../../src/entities/index.js');
    const doc = createDoc('وقال الوزير كمال الغربي إنه طلب من رئيس الدولة دعم تحسين الأوضاع المادية للعمال.');
    expect(findEntities(doc).entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['كمال الغربي']);
  });
});

describe('honorifics', () => {
  it('finds the longest honorific with clitics', () => {
    const n = normalizeForm('استقبل صاحب السمو الملكي وفخامة الرئيس');
    const m = scan('honorifics', n).map((x) => [x.index, x.pre, x.w]);
    expect(m).toEqual([
      [n.indexOf('صاحب'), '', normalizeForm('صاحب السمو الملكي')],
      [n.indexOf('وفخامه'), 'و', normalizeForm('فخامة الرئيس')],
    ]);
  });

  it('reads the abbreviation "د." but not a bare letter', () => {
    const n = normalizeForm('قال د. سامي إن د سامي');
    expect(scan('honorifics', n).map((x) => [x.index, x.w])).toEqual([[4, 'د']]);
  });

  it('marks honorifics that can be part of a name', () => {
    expect(isAmbiguousHonorific(normalizeForm('الشيخ'))).toBe(true);
    expect(isAmbiguousHonorific(normalizeForm('معالي'))).toBe(false);
    expect(isHonorific(normalizeForm('الدكتورة'))).toBe(true);
    expect(isHonorific(normalizeForm('اللواء'))).toBe(false);
    expect(HONORIFICS.every((h) => h.forms.length > 0)).toBe(true);
  });
});
