import { describe, expect, it, vi } from 'vitest';
import { actors, ACTOR_OFFICES, actorById, actorNameWords, findActor, isKnownFullName, surnamesByFirstWord } from '../../src/lexicon/actors/index.js';
import type { ActorMatch } from '../../src/lexicon/actors/index.js';
import { COUNTRIES } from '../../src/lexicon/countries.js';
import { ORGANIZATIONS } from '../../src/lexicon/organizations.js';
import { GIVEN_NAMES, NAME_PARTICLES } from '../../src/lexicon/givenNames.js';
import { COMMON_WORDS } from '../../src/lexicon/commonWords.js';
import { normalizeForm } from '../../src/normalize/index.js';

/** Look a written name up as a caller would: normalise, split into words. */
function find(name: string, year: number | null): ActorMatch | undefined {
  return findActor(normalizeForm(name).split(' '), year);
}

/** The id and the offices (OFFICE@country/org) found for a name in a year, for compact assertions. */
function who(name: string, year: number | null): string | undefined {
  const m = find(name, year);
  if (!m) return undefined;
  const offices = m.offices.map((o) => `${o.term.office}@${o.country ?? '-'}/${o.org ?? '-'}`);
  return [m.actor.id, ...offices].join(' ');
}

const ACTORS = actors();
const ISO = new Set(COUNTRIES.map((c) => c.iso));
const ORG_IDS = new Set(ORGANIZATIONS.map((o) => o.id));
const GIVEN = new Set(GIVEN_NAMES.map(normalizeForm));
const COMMON = new Set(COMMON_WORDS.map(normalizeForm));
const PARTICLES = new Set(NAME_PARTICLES.map(normalizeForm));
const COUNTRY_FORMS = new Set(COUNTRIES.flatMap((c) => [...c.names, ...c.nisba, ...c.capitals]).map(normalizeForm));

const ARAB_LEAGUE = ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE'];
const OTHERS = ['IR', 'TR', 'IL', 'US', 'GB', 'FR', 'RU', 'CN', 'DE', 'IT', 'JP', 'CA'];

/** True when someone held one of `offices` for `country` (not for an international body) in `year`. */
function covered(country: string, offices: readonly string[], year: number): boolean {
  return ACTORS.some((a) =>
    a.offices.some(
      (t) =>
        (t.country ?? a.country) === country &&
        offices.includes(t.office) &&
        !['UN', 'ARAB_LEAGUE', 'GCC', 'OIC', 'AU', 'EU', 'EU_COMMISSION', 'EU_COUNCIL', 'NATO', 'QUARTET', 'AMU'].includes(t.org ?? a.org ?? '') &&
        t.from <= year &&
        (t.to === null || year <= t.to),
    ),
  );
}

describe('known-actor data', () => {
  it('has several hundred people with unique, well-formed ids', () => {
    expect(ACTORS.length).toBeGreaterThan(500);
    const ids = ACTORS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(actorById('RU_LAVROV')?.en).toBe('Sergey Lavrov');
  });

  it('gives every term a known office, ordered years within 1950-2025, and known countries and bodies', () => {
    const bad: string[] = [];
    for (const a of ACTORS) {
      if (!ISO.has(a.country)) bad.push(`${a.id}: country ${a.country}`);
      if (a.org !== undefined && !ORG_IDS.has(a.org)) bad.push(`${a.id}: org ${a.org}`);
      if (a.offices.length === 0) bad.push(`${a.id}: no office`);
      // every person is listed for an office held at some time in 2010-2025
      if (!a.offices.some((t) => t.from <= 2025 && (t.to === null || t.to >= 2010))) bad.push(`${a.id}: no term in 2010-2025`);
      for (const t of a.offices) {
        if (!(ACTOR_OFFICES as readonly string[]).includes(t.office)) bad.push(`${a.id}: office ${t.office}`);
        if (!Number.isInteger(t.from) || t.from < 1950 || t.from > 2025) bad.push(`${a.id}: from ${t.from}`);
        if (t.to !== null && (!Number.isInteger(t.to) || t.to < t.from || t.to > 2025)) bad.push(`${a.id}: ${t.from}-${t.to}`);
        if (t.country !== undefined && !ISO.has(t.country)) bad.push(`${a.id}: term country ${t.country}`);
        if (t.org !== undefined && !ORG_IDS.has(t.org)) bad.push(`${a.id}: term org ${t.org}`);
        if (!/\p{Script=Arabic}/u.test(t.title)) bad.push(`${a.id}: title ${t.title}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('writes every form in Arabic script, at least one full name a person', () => {
    const bad: string[] = [];
    for (const a of ACTORS) {
      if (a.names.length === 0) bad.push(`${a.id}: no name`);
      for (const f of [...a.names, ...(a.surnames ?? [])]) {
        if (!/^[\p{Script=Arabic}\p{M} -]+$/u.test(f) || f !== f.trim()) bad.push(`${a.id}: ${JSON.stringify(f)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never keys a person on a bare given name, a common word, a particle or a country form', () => {
    const bad: string[] = [];
    for (const a of ACTORS) {
      const single = [...(a.surnames ?? []), ...a.names.filter((n) => !n.includes(' '))];
      for (const f of single) {
        const n = normalizeForm(f);
        if (GIVEN.has(n) || COMMON.has(n) || PARTICLES.has(n) || COUNTRY_FORMS.has(n)) bad.push(`${a.id}: ${f}`);
      }
      for (const f of [...a.names, ...(a.surnames ?? [])]) {
        if (GIVEN.has(normalizeForm(f))) bad.push(`${a.id}: ${f} is a given name`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives no full name to two people', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of ACTORS) {
      for (const n of new Set(a.names.map((f) => normalizeForm(f).replace(/(^| )(عبد|ابو|بو) /g, '$1$2')))) {
        const prev = owner.get(n);
        if (prev && prev !== a.id) clashes.push(`${n}: ${prev}/${a.id}`);
        owner.set(n, a.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('covers every year 2010-2025 with a head of state or government for the Arab League, the region, the P5 and the G7', () => {
    const missing: string[] = [];
    for (const c of [...ARAB_LEAGUE, ...OTHERS]) {
      for (let y = 2010; y <= 2025; y++) {
        if (!covered(c, ['HEAD_OF_STATE', 'SUPREME_LEADER', 'HEAD_OF_GOVERNMENT'], y)) missing.push(`${c} ${y}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('covers every year 2010-2025 with a foreign minister, except the gaps the data files name', () => {
    // Left out as not vouched for (see the files' headers): Somalia and the Comoros, Mauritania 2012,
    // Sudan after 2023.
    const known = new Set(['MR 2012', 'SD 2024', 'SD 2025']);
    const missing: string[] = [];
    for (const c of [...ARAB_LEAGUE, ...OTHERS].filter((c) => c !== 'SO' && c !== 'KM')) {
      for (let y = 2010; y <= 2025; y++) {
        if (!covered(c, ['FOREIGN_MINISTER'], y) && !known.has(`${c} ${y}`)) missing.push(`${c} ${y}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('findActor', () => {
  it('finds a person by full name and by a distinctive surname', () => {
    expect(who('سيرغي لافروف', 2015)).toBe('RU_LAVROV FOREIGN_MINISTER@RU/-');
    expect(who('لافروف', 2015)).toBe('RU_LAVROV FOREIGN_MINISTER@RU/-');
    expect(find('لافروف', 2015)?.matchedBy).toBe('surname');
    expect(find('سيرغي لافروف', 2015)?.matchedBy).toBe('name');
    expect(who('أبو الغيط', 2019)).toBe('EG_ABOUL_GHEIT SECRETARY_GENERAL@-/ARAB_LEAGUE');
  });

  it('matches the spelling variants news uses, after normalisation', () => {
    for (const name of ['إيمانويل ماكرون', 'ايمانويل ماكرون', 'إِيمَانْوِيل مَاكْرُون', 'ماكرون']) {
      expect(find(name, 2019)?.actor.id, name).toBe('FR_MACRON');
    }
    for (const name of ['سيرجي لافروف', 'سيرغي لافروف']) expect(find(name, 2012)?.actor.id, name).toBe('RU_LAVROV');
    for (const name of ['تيلرسون', 'تيليرسون', 'ريكس تيليرسون']) expect(find(name, 2017)?.actor.id, name).toBe('US_TILLERSON');
    // عبد and أبو written apart or together
    for (const name of ['عبد الفتاح السيسي', 'عبدالفتاح السيسي']) expect(find(name, 2020)?.actor.id, name).toBe('EG_SISI');
    for (const name of ['أبوالغيط', 'ابو الغيط', 'أحمد أبوالغيط']) expect(find(name, 2010)?.actor.id, name).toBe('EG_ABOUL_GHEIT');
    // hamza and taa marbuta
    expect(find('اردوغان', 2020)?.actor.id).toBe('TR_ERDOGAN');
    expect(find('اسماعيل هنيه', 2020)?.actor.id).toBe('PS_HANIYEH');
  });

  it('accepts a middle name the list lacks, but never joins a nasab chain by its ends', () => {
    expect(find('سامح حسن شكري', 2016)?.actor.id).toBe('EG_SHOUKRY');
    expect(find('محمد بن راشد بن زايد', 2020)).toBeUndefined();
    expect(find('محمد بن زايد', 2020)?.actor.id).toBe('AE_MBZ');
  });

  it('returns the offices held in the year asked, every office when the year is null', () => {
    expect(who('عادل الجبير', 2016)).toBe('SA_JUBEIR FOREIGN_MINISTER@SA/-');
    expect(who('عادل الجبير', 2021)).toBe('SA_JUBEIR MINISTER_OF_STATE_FOREIGN_AFFAIRS@SA/-');
    expect(find('الجبير', null)?.offices.map((o) => o.term.office)).toEqual(['FOREIGN_MINISTER', 'MINISTER_OF_STATE_FOREIGN_AFFAIRS', 'AMBASSADOR']);
    // the same man for a state, then for an international body
    expect(who('أحمد أبو الغيط', 2010)).toBe('EG_ABOUL_GHEIT FOREIGN_MINISTER@EG/-');
    expect(who('أحمد أبو الغيط', 2018)).toBe('EG_ABOUL_GHEIT SECRETARY_GENERAL@-/ARAB_LEAGUE');
    // a movement keeps its state
    expect(who('إسماعيل هنية', 2019)).toBe('PS_HANIYEH MOVEMENT_LEADER@PS/HAMAS');
    // a full name out of office still names its bearer, with no office that year
    expect(who('سعود الفيصل', 2017)).toBe('SA_SAUD_AL_FAISAL');
  });

  it('tells people who share a surname apart by the year, and refuses when the year does not', () => {
    // Farouk al-Sharaa (vice-president to 2014) and Ahmed al-Sharaa (Nusra from 2012, president 2025)
    expect(find('الشرع', 2008)?.actor.id).toBe('SY_FAROUK_SHARAA');
    expect(find('الشرع', 2012)).toBeUndefined();
    expect(find('الشرع', 2025)?.actor.id).toBe('SY_SHARAA');
    // Michel Aoun (president 2016-2022) and Joseph Aoun (army commander 2017, president 2025)
    expect(find('عون', 2016)?.actor.id).toBe('LB_MICHEL_AOUN');
    expect(find('عون', 2019)).toBeUndefined();
    expect(find('عون', 2025)?.actor.id).toBe('LB_JOSEPH_AOUN');
    // Nouri al-Maliki (prime minister) and Riyad al-Maliki (Palestinian foreign minister)
    expect(find('المالكي', 2012)).toBeUndefined();
    expect(find('المالكي', 2025)?.actor.id).toBe('IQ_MALIKI');
    // Mohamed and Rached Ghannouchi
    expect(find('الغنوشي', 2010)).toBeUndefined();
    expect(find('الغنوشي', 2016)?.actor.id).toBe('TN_RACHED_GHANNOUCHI');
  });

  it('refuses a shared form when no year is given, and a surname alone for nobody in office that year', () => {
    expect(find('الحريري', null)).toBeUndefined();
    expect(find('الحريري', 2018)).toBeUndefined(); // Saad Hariri and Nasr al-Hariri both in office
    expect(find('لعمامرة', 2018)).toBeUndefined(); // out of office: the surname alone is not trusted
    expect(find('رمطان لعمامرة', 2018)?.offices).toEqual([]); // the full name still is
  });

  it('finds nothing for a bare given name, an unknown name or no words', () => {
    expect(find('محمد', 2020)).toBeUndefined();
    expect(find('عبد الله', 2020)).toBeUndefined();
    expect(find('فلان الفلاني', 2020)).toBeUndefined();
    expect(findActor([], 2020)).toBeUndefined();
    expect(findActor(['', ' '], null)).toBeUndefined();
  });
});

describe('isKnownFullName', () => {
  it('knows every full name of the list, as its words or with عبد / أبو written apart', () => {
    for (const actor of ACTORS) for (const words of actorNameWords(actor)) expect(isKnownFullName(words), words.join(' ')).toBe(true);
    expect(isKnownFullName(normalizeForm('عبد الله الثاني').split(' '))).toBe(isKnownFullName([normalizeForm('عبدالله'), normalizeForm('الثاني')]));
  });

  it('is false for a surname alone, a name run on into another word, unknown words and no words', () => {
    expect(isKnownFullName([normalizeForm('لافروف')])).toBe(false);
    expect(isKnownFullName(normalizeForm('سيرغي لافروف قال').split(' '))).toBe(false);
    expect(isKnownFullName(normalizeForm('سامر الحديدي').split(' '))).toBe(false);
    expect(isKnownFullName([])).toBe(false);
  });
});

describe('actorFullNames (isKnownFullName before the index is made)', () => {
  it('answers as the index does: every full name, with عبد written apart or not, and nothing shorter or longer', async () => {
    vi.resetModules();
    const fresh = await import('../../src/lexicon/actors/index.js');
    const asked: string[][] = [[], [normalizeForm('عبد')], normalizeForm('عبد الله الثاني').split(' '), normalizeForm('فلان الفلاني').split(' ')];
    for (const actor of fresh.actors()) {
      for (const words of fresh.actorNameWords(actor)) asked.push([...words], words.slice(0, -1), words.slice(1), [...words, normalizeForm('قال')]);
      for (const surname of actor.surnames ?? []) asked.push(normalizeForm(surname).split(' '));
    }
    for (const key of fresh.actorFullNames.words()) asked.push(key.split(' '));
    const before = asked.map((w) => fresh.isKnownFullName(w));
    expect(fresh.actorFullNames.size).toBeGreaterThan(1000);
    expect(before.filter(Boolean).length).toBeGreaterThan(1000);
    expect(before.filter((b) => !b).length).toBeGreaterThan(1000);
    fresh.actorIndexBuildMs();
    expect(asked.map((w) => fresh.isKnownFullName(w))).toEqual(before);
  });
});

describe('surnames by first word', () => {
  it('lists each surname once as its normalised words, by first word, longest first, in lexicon order within a length', () => {
    const expected = new Map<string, string[][]>();
    for (const a of ACTORS) {
      for (const surname of a.surnames ?? []) {
        const n = normalizeForm(surname);
        const words = n.includes('-') ? n.split(/[\s-]+/).filter(Boolean) : n.split(' ');
        expect(words.join(''), surname).not.toBe('');
        const list = expected.get(words[0]) ?? [];
        if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
        expected.set(words[0], list);
      }
    }
    for (const list of expected.values()) list.sort((x, y) => y.length - x.length);
    expect([...surnamesByFirstWord()].sort(([x], [y]) => (x < y ? -1 : 1))).toEqual([...expected].sort(([x], [y]) => (x < y ? -1 : 1)));
  });
});
