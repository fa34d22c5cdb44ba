import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { keyedFile, readKeyedFile } from '../../src/lexicon/keyedFile.js';
import { normalizeForm } from '../../src/normalize/index.js';

// The bundle reads the known actors' name index from a file beside it (actorIndexFile;
// esbuild.config.mjs writes it and defines __KHULASA_ACTOR_INDEX__, its URL relative to the
// bundle); here the global stands in for that define, naming a file written for the test, in
// fresh module graphs.
type Global = { __KHULASA_ACTOR_INDEX__?: string; __KHULASA_PHRASE_TABLES__?: string };
const dir = mkdtempSync(join(tmpdir(), 'khulasa-actor-index-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete (globalThis as Global).__KHULASA_ACTOR_INDEX__;
  delete (globalThis as Global).__KHULASA_PHRASE_TABLES__;
  vi.resetModules();
});

/** Fresh actor modules reading the index from this file (bytes written for the test, or a URL; neither: no file). */
async function freshActors(file?: Buffer | string) {
  vi.resetModules();
  if (file === undefined) delete (globalThis as Global).__KHULASA_ACTOR_INDEX__;
  else if (typeof file === 'string') (globalThis as Global).__KHULASA_ACTOR_INDEX__ = file;
  else {
    const path = join(dir, `index-${files++}.bin`);
    writeFileSync(path, file);
    (globalThis as Global).__KHULASA_ACTOR_INDEX__ = pathToFileURL(path).href;
  }
  return import('../../src/lexicon/actors/index.js');
}

type Actors = Awaited<ReturnType<typeof freshActors>>;

/** What findActor answers for each of the words asked, by actor id, as comparable values. */
function answers(m: Actors, asked: readonly (readonly string[])[], years: readonly (number | null)[]) {
  return asked.flatMap((words) =>
    years.map((year) => {
      const r = m.findActor(words, year);
      return r && { id: r.actor.id, by: r.matchedBy, year: r.year, offices: r.offices.map((o) => [o.term.office, o.term.from, o.country, o.org]) };
    }),
  );
}

/** Words to look up: every full name and surname, the first and last word of long names, and names that are no one's. */
function askedOf(m: Actors): string[][] {
  const asked: string[][] = [[], [normalizeForm('فلان الفلاني')], normalizeForm('فلان بن علان الفلاني').split(' ')];
  for (const actor of m.actors()) {
    for (const words of m.actorNameWords(actor)) {
      asked.push([...words]);
      if (words.length >= 2) asked.push([words[0], normalizeForm('حسن'), words[words.length - 1]], words.slice(1));
    }
    for (const surname of actor.surnames ?? []) asked.push(normalizeForm(surname).split(' '));
  }
  return asked;
}

describe('the known actors name index packed by the build', () => {
  it('answers every lookup as the index made from the lists does, with the same people', async () => {
    const plain = await freshActors();
    const file = plain.actorIndexFile();
    const asked = askedOf(plain);
    expect(asked.length).toBeGreaterThan(4000);
    const years = [null, 2012, 2019, 2024];
    const expected = answers(plain, asked, years);
    expect(expected.filter(Boolean).length).toBeGreaterThan(3000);
    const packed = await freshActors(file);
    expect(answers(packed, asked, years)).toEqual(expected);
    // the people found are the lists' own objects, as actors() gives them
    const found = packed.findActor(packed.actorNameWords(packed.actors()[0])[0], null);
    expect(found?.actor).toBe(packed.actors()[0]);
  });

  it('is what a name is looked up in when present', async () => {
    const plain = await freshActors();
    const regions = JSON.parse(readKeyedFile(plain.actorIndexFile())!.head) as number[];
    // a made-up name (no one's in the lists) given to the first actor: only an index actually read knows it
    const name = normalizeForm('فلان الفلاني').split(' ');
    expect(plain.findActor(name, null)).toBeUndefined();
    const packed = await freshActors(keyedFile(JSON.stringify(regions), [[`k${name.join(' ')}`, '0']]));
    expect(packed.findActor(name, null)?.actor).toBe(packed.actors()[0]);
  });

  it('is dropped for the index made from the lists when it was made from other lists (a stale build)', async () => {
    const plain = await freshActors();
    const regions = JSON.parse(readKeyedFile(plain.actorIndexFile())!.head) as number[];
    const real = plain.actorNameWords(plain.actors()[0])[0];
    const name = normalizeForm('فلان الفلاني').split(' ');
    // the first region one actor longer than it is: the first person made shows the index stale
    const stale = keyedFile(JSON.stringify([regions[0] + 1, ...regions.slice(1)]), [
      [`k${name.join(' ')}`, '0'],
      [`k${real.join(' ')}`, '1'],
    ]);
    const packed = await freshActors(stale);
    expect(packed.findActor(name, null)).toBeUndefined();
    expect(packed.findActor(real, null)?.actor.id).toBe(plain.actors()[0].id);
    // a head of another number of regions is not read at all
    const other = await freshActors(keyedFile(JSON.stringify(regions.slice(1)), [[`k${name.join(' ')}`, '0']]));
    expect(other.findActor(name, null)).toBeUndefined();
  });

  it('is not needed: without its file, or with a file of another kind, names are looked up in the index made from the lists', async () => {
    const plain = await freshActors();
    const real = plain.actorNameWords(plain.actors()[0])[0];
    const missing = await freshActors(pathToFileURL(join(dir, 'no-such-index.bin')).href);
    expect(missing.findActor(real, null)?.actor.id).toBe(plain.actors()[0].id);
    const other = await freshActors(Buffer.from('{"not":"an index"}', 'utf16le'));
    expect(other.findActor(real, null)?.actor.id).toBe(plain.actors()[0].id);
  });
});

describe('keyed files', () => {
  it('give each key its value, and nothing for keys they lack', () => {
    const entries: [string, string][] = Array.from({ length: 300 }, (_, k) => [`كلمة${k}`, `قيمة ${k},${k * 2}`]);
    entries.push(['', 'فارغ'], ['مفتاح بمسافة', '']);
    const file = readKeyedFile(keyedFile('{"head":1}', entries))!;
    expect(file.head).toBe('{"head":1}');
    for (const [key, value] of entries) expect(file.get(key)).toBe(value);
    for (const key of ['كلمة300', 'كلمة', 'كلمة1 ', 'a\tb', 'x\ny', 'مفتاح']) expect(file.get(key)).toBeUndefined();
  });

  it('refuse keys with a tab or a line break, a key twice, and are not read from bytes of another kind', () => {
    expect(() => keyedFile('', [['a\tb', '1']])).toThrow();
    expect(() => keyedFile('', [['a', '1\n2']])).toThrow();
    expect(() => keyedFile('', [['a', '1'], ['a', '2']])).toThrow();
    expect(() => keyedFile('a\nb', [])).toThrow();
    expect(readKeyedFile(Buffer.from('not a keyed file at all'))).toBeNull();
    expect(readKeyedFile(Buffer.alloc(4))).toBeNull();
    expect(readKeyedFile(keyedFile('', [['مفتاح', 'قيمة']]))?.get('مفتاح')).toBe('قيمة');
  });
});

/** Fresh modules reading the phrase tables (and the data packed with them) from a file of these tables (JSON text; undefined: none). */
async function freshTables(tables?: string) {
  vi.resetModules();
  delete (globalThis as Global).__KHULASA_PHRASE_TABLES__;
  if (tables !== undefined) {
    const path = join(dir, `tables-${files++}.bin`);
    const { tableFile } = await import('../../src/lexicon/phrases.js');
    writeFileSync(path, tableFile(tables));
    vi.resetModules();
    (globalThis as Global).__KHULASA_PHRASE_TABLES__ = pathToFileURL(path).href;
  }
  const phrases = await import('../../src/lexicon/phrases.js');
  const compiled = await import('../../src/lexicon/compiled.js');
  const actors = await import('../../src/lexicon/actors/index.js');
  return { ...phrases, ...compiled, ...actors };
}

describe('the known surnames by first word packed with the phrase tables', () => {
  it('are the map made from the lists, and what the map is read from when present', async () => {
    const plain = await freshTables();
    const expected = [...plain.surnamesByFirstWord()];
    expect(expected.length).toBeGreaterThan(300);
    const tables = JSON.parse(plain.packLexicons(plain.PHRASE_LEXICONS, plain.WORD_SETS, plain.PACKED_DATA)) as { data: Record<string, [string, string[][]][]> };
    const packed = await freshTables(JSON.stringify(tables));
    expect([...packed.surnamesByFirstWord()]).toEqual(expected);
    expect([...packed.surnameFirstWords()]).toEqual(expected.map(([first]) => first));
    // a made-up surname (no one's) in the packed map: only a map actually read from the tables has it
    const made = normalizeForm('الفلاني');
    tables.data.actorSurnamesByFirstWord.push([made, [[made]]]);
    const read = await freshTables(JSON.stringify(tables));
    expect(read.surnamesByFirstWord().get(made)).toEqual([[made]]);
    expect(read.surnameFirstWords().has(made)).toBe(true);
    expect(plain.surnamesByFirstWord().has(made)).toBe(false);
  });

  it('are made from the lists where the tables hold none', async () => {
    const plain = await freshTables();
    const expected = [...plain.surnamesByFirstWord()];
    const tables = JSON.parse(plain.packLexicons(plain.PHRASE_LEXICONS, plain.WORD_SETS, plain.PACKED_DATA)) as { data: Record<string, unknown> };
    delete tables.data.actorSurnamesByFirstWord;
    const without = await freshTables(JSON.stringify(tables));
    expect([...without.surnamesByFirstWord()]).toEqual(expected);
  });
});
