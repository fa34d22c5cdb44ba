import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

// The bundle reads the phrase lexicons compiled to tables from a file beside it (tableFile;
// esbuild.config.mjs writes it and defines __KHULASA_PHRASE_TABLES__, its URL relative to the
// bundle); here the global stands in for that define, naming a file of tables written for the test,
// in fresh module graphs.
type Global = { __KHULASA_PHRASE_TABLES__?: string };
const dir = mkdtempSync(join(tmpdir(), 'khulasa-packed-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Fresh modules reading these tables (JSON text; undefined: no tables, a URL: that file). */
async function freshModules(tables: string | undefined, url?: string) {
  vi.resetModules();
  if (tables === undefined && url === undefined) delete (globalThis as Global).__KHULASA_PHRASE_TABLES__;
  else if (url !== undefined) (globalThis as Global).__KHULASA_PHRASE_TABLES__ = url;
  else {
    const file = join(dir, `tables-${files++}.bin`);
    const { tableFile } = await import('../../src/lexicon/phrases.js');
    writeFileSync(file, tableFile(tables!));
    vi.resetModules();
    (globalThis as Global).__KHULASA_PHRASE_TABLES__ = pathToFileURL(file).href;
  }
  const phrases = await import('../../src/lexicon/phrases.js');
  const compiled = await import('../../src/lexicon/compiled.js');
  const document = await import('../../src/document.js');
  const cueForms = await import('../../src/lexicon/cueForms.js');
  const cues = await import('../../src/lexicon/cues.js');
  return { ...phrases, ...compiled, ...document, ...cueForms, ...cues };
}

/** A lexicon's index by first word (in code-unit order) with each value replaced by its first entry's number, for comparing graphs. */
function shape(index: Map<string, { words: string[]; value: unknown; ambiguous: boolean; dot: boolean; gaps?: string[] }[]>, entries: readonly (readonly [string, unknown, boolean?])[]) {
  const ordinal = new Map<unknown, number>();
  entries.forEach(([, value], k) => ordinal.has(value) || ordinal.set(value, k));
  return [...index].sort(([a], [b]) => (a < b ? -1 : 1)).map(([first, list]) => [first, list.map((p) => ({ ...p, value: ordinal.get(p.value) }))]);
}

/** The tables as parsed JSON: lexicon names and checks, and each first word's phrases as one text. */
type Tables = { names: string[]; checks: string[]; words: Record<string, string> };

/** Put a made-up form first among a lexicon's phrases at its first word, with the value of the phrase listed there first. */
function addForm(tables: Tables, lexicon: string, words: string[]) {
  const k = tables.names.indexOf(lexicon);
  // a word's text: lists joined by "|", each "k:" and phrases joined by ";", a phrase "words,value,flags"
  const lists = tables.words[words[0]].split('|');
  const at = lists.findIndex((l) => l.startsWith(`${k}:`));
  const [first, ...rest] = lists[at].slice(`${k}:`.length).split(';');
  lists[at] = `${k}:${[`${words.join(' ')},${first.split(',')[1]},0`, first, ...rest].join(';')}`;
  tables.words[words[0]] = lists.join('|');
}

afterEach(() => {
  delete (globalThis as Global).__KHULASA_PHRASE_TABLES__;
  vi.resetModules();
});

describe('phrase lexicons compiled ahead of time', () => {
  it('unpack to the very index the compiler makes, lexicon by lexicon', async () => {
    const plain = await freshModules(undefined);
    const tables = plain.packLexicons(plain.PHRASE_LEXICONS);
    const packed = await freshModules(tables);
    for (const name of Object.keys(plain.PHRASE_LEXICONS) as (keyof typeof plain.PHRASE_LEXICONS)[]) {
      const a = plain.PHRASE_LEXICONS[name];
      const b = packed.PHRASE_LEXICONS[name];
      // values are the entries' own objects, so compare each index against its own module graph's entries
      expect(b.tableSlot(), name).toBeGreaterThanOrEqual(0);
      expect(shape(b.phrases(), b.entries()), name).toEqual(shape(a.phrases(), a.entries()));
    }
  });

  it('match a document as the compiled lexicons do, the first (words looked up one by one) and the next (index completed)', async () => {
    // an invented text with countries, nisbas, a capital, a body, titles, an honorific and cues
    const text = 'استقبل الرئيس المصري في القاهرة وزير الخارجية الأمريكي، وأكد الأمين العام للأمم المتحدة أن مجلس الأمن سيجتمع. وقال معالي السفير السعودي إن الوفد الفرنسي وصل إلى باريس.';
    const plain = await freshModules(undefined);
    const tables = plain.packLexicons(plain.PHRASE_LEXICONS);
    const packed = await freshModules(tables);
    const view = (m: typeof plain, doc: ReturnType<typeof plain.createDoc>) => {
      const names = Object.keys(m.PHRASE_LEXICONS) as (keyof typeof m.PHRASE_LEXICONS)[];
      const ordinal = (name: (typeof names)[number], value: unknown) => m.PHRASE_LEXICONS[name].entries().findIndex((e) => e[1] === value);
      const hits = doc.tokens.flatMap((_, i) =>
        names.flatMap((name) =>
          [false, true].map((bare) => {
            const h = doc.lex[name].match(i, bare);
            return h && { name, bare, i: h.i, len: h.len, start: h.start, end: h.end, pre: h.pre, ambiguous: h.ambiguous, value: ordinal(name, h.value) };
          }),
        ),
      );
      return { hits: hits.filter(Boolean), cues: doc.cues.map((c) => [c.index, c.end, c.pre, c.w]) };
    };
    const expected = view(plain, plain.createDoc(text));
    expect(expected.hits.length).toBeGreaterThan(8);
    expect(expected.cues.length).toBeGreaterThan(1);
    expect(view(packed, packed.createDoc(text))).toEqual(expected);
    expect(view(packed, packed.createDoc(text))).toEqual(expected);
  });

  it('are what a document is matched with when present', async () => {
    const plain = await freshModules(undefined);
    const tables = JSON.parse(plain.packLexicons(plain.PHRASE_LEXICONS));
    // a table that lists a made-up country form (longest first, as the compiler sorts): only a table actually read finds it
    addForm(tables, 'countryNames', ['مصر', 'العليا']);
    const packed = await freshModules(JSON.stringify(tables));
    const doc = packed.createDoc('وصل الوفد إلى مصر العليا أمس.');
    const i = doc.tokens.findIndex((t) => t.text === 'مصر');
    expect(doc.lex.countryNames.match(i)?.len).toBe(2);
  });

  it('are ignored when their check does not fit the lexicon (a stale build)', async () => {
    const plain = await freshModules(undefined);
    const tables = JSON.parse(plain.packLexicons(plain.PHRASE_LEXICONS));
    addForm(tables, 'countryNames', ['مصر', 'العليا']);
    tables.checks[tables.names.indexOf('countryNames')] = '1:1';
    const packed = await freshModules(JSON.stringify(tables));
    const doc = packed.createDoc('وصل الوفد إلى مصر العليا أمس.');
    const i = doc.tokens.findIndex((t) => t.text === 'مصر');
    expect(doc.lex.countryNames.match(i)?.len).toBe(1);
  });

  it('are not read from a file of another kind (the JSON text itself): the lexicons compile from their sources', async () => {
    const plain = await freshModules(undefined);
    const file = join(dir, `tables-${files++}.json`);
    writeFileSync(file, Buffer.from(plain.packLexicons(plain.PHRASE_LEXICONS), 'utf16le'));
    const other = await freshModules(undefined, pathToFileURL(file).href);
    const text = 'وصل الوفد إلى مصر أمس.';
    const i = plain.createDoc(text).tokens.findIndex((t) => t.text === 'مصر');
    expect(other.createDoc(text).lex.countryNames.match(i)?.len).toBe(1);
    expect(other.PHRASE_LEXICONS.countryNames.tableSlot()).toBe(-1);
  });

  it('are not needed: without their file the lexicons compile from their sources', async () => {
    const plain = await freshModules(undefined);
    const missing = await freshModules(undefined, pathToFileURL(join(dir, 'no-such-tables.json')).href);
    const text = 'وصل الوفد إلى مصر أمس.';
    const i = plain.createDoc(text).tokens.findIndex((t) => t.text === 'مصر');
    expect(missing.createDoc(text).lex.countryNames.match(i)?.len).toBe(1);
    expect(missing.PHRASE_LEXICONS.countryNames.tableSlot()).toBe(-1);
  });
});

describe('word sets packed with the tables', () => {
  it('hold the very words their forms make, set by set', async () => {
    const plain = await freshModules(undefined);
    const packed = await freshModules(plain.packLexicons(plain.PHRASE_LEXICONS, plain.WORD_SETS));
    expect(packed.WORD_SETS.length).toBeGreaterThan(5);
    for (const [k, set] of packed.WORD_SETS.entries()) {
      const words = [...plain.WORD_SETS[k].computed()];
      expect(set.size, set.name).toBe(words.length);
      for (const w of words) expect(set.has(w), `${set.name}: ${w}`).toBe(true);
    }
  });

  it('answer a lookup from the tables, without parsing or making the set, and the same as the set', async () => {
    const plain = await freshModules(undefined);
    const packed = await freshModules(plain.packLexicons(plain.PHRASE_LEXICONS, plain.WORD_SETS));
    expect(packed.PHRASE_LEXICONS.countryNames.tableSlot()).toBeGreaterThanOrEqual(0); // the tables' file read (its head parsed)
    for (const [k, set] of packed.WORD_SETS.entries()) {
      const words = [...plain.WORD_SETS[k].computed()];
      // invented non-members: a member with a letter added, and words no set holds
      const others = [...words.slice(0, 50).map((w) => w + 'ج'), 'كلمةمختلقة', 'qqq', '', 'a\tb'];
      const parse = vi.spyOn(JSON, 'parse');
      const asked = [...words.slice(0, 200), ...others].map((w) => set.has(w));
      expect(parse, set.name).not.toHaveBeenCalled();
      parse.mockRestore();
      expect(asked, set.name).toEqual([...words.slice(0, 200).map(() => true), ...others.map((w) => plain.WORD_SETS[k].has(w))]);
    }
    // and once asked often (a long run), from the set itself: the same answers
    const common = packed.commonWords;
    const words = [...plain.commonWords.computed()];
    for (let r = 0; r < 2; r++) for (const w of words) expect(common.has(w)).toBe(true);
    expect(common.has('كلمةمختلقة')).toBe(false);
  });

  it('are what a set is read from when present, and a set they lack is computed', async () => {
    const plain = await freshModules(undefined);
    const tables = JSON.parse(plain.packLexicons(plain.PHRASE_LEXICONS, plain.WORD_SETS)) as { sets: Record<string, string[]> };
    // a made-up word in one set: only a set actually read from the tables has it
    tables.sets.commonWords.push('كلمةمختلقة');
    delete tables.sets.givenNames;
    const packed = await freshModules(JSON.stringify(tables));
    expect(plain.commonWords.has('كلمةمختلقة')).toBe(false);
    expect(packed.commonWords.has('كلمةمختلقة')).toBe(true);
    expect(packed.givenNames.size).toBe(plain.givenNames.size);
  });

  it('read their hash table as numbers, from a view of the file or, unaligned, from a copy', async () => {
    const { slotArray } = await import('../../src/lexicon/phrases.js');
    const numbers = [5, -1, 0x7fffffff, -2, 123456];
    const bytes = Buffer.alloc(9 + 4 * numbers.length);
    numbers.forEach((n, h) => bytes.writeInt32LE(n, 9 + 4 * h));
    const aligned = bytes.subarray(1);
    expect(aligned.byteOffset % 4).toBe(1);
    // the file at offset 1 of its memory: its table (at byte 8) is not aligned, and is copied
    expect([...slotArray(aligned, numbers.length)]).toEqual(numbers);
    const copy = Buffer.from(aligned);
    expect([...slotArray(copy, numbers.length)]).toEqual(numbers);
    expect(() => slotArray(copy, numbers.length + 1)).toThrow(RangeError);
  });

  it('need a name of their own each', async () => {
    const plain = await freshModules(undefined);
    const twice = [plain.commonWords, plain.commonWords];
    expect(() => plain.packLexicons(plain.PHRASE_LEXICONS, twice)).toThrow(/name of its own/);
  });
});

describe('cue forms packed with the tables', () => {
  /** Tables with the cue forms packed (as the build makes them), edited by `edit`. */
  async function tablesWithCues(edit: (cues: { entries: number; forms: Record<string, number> }) => void = () => undefined) {
    const plain = await freshModules(undefined);
    const tables = JSON.parse(plain.packLexicons(plain.PHRASE_LEXICONS, plain.WORD_SETS, plain.PACKED_DATA)) as { data: { cueForms: { entries: number; forms: Record<string, number> } } };
    edit(tables.data.cueForms);
    return { plain, json: JSON.stringify(tables) };
  }

  it('answer as the forms made from the entries: each form, with ل for ال, each first word, and a document\'s cue words', async () => {
    const { plain, json } = await tablesWithCues();
    const forms = Object.keys(plain.cueTable().forms);
    const asked = [...forms, ...forms.filter((f) => f.startsWith('ال')).map((f) => 'ل' + f.slice(2)), 'قال فلان', 'كتاب', ''];
    const firsts = [...plain.cueFirstWords()!];
    const sample = readFileSync(join(__dirname, '..', '..', 'samples', 'cairo-syria-talks.txt'), 'utf8');
    const answers = (m: typeof plain) => ({
      cues: asked.map((w) => [w, m.cueOf(w), m.cueOf(w, true)].map((c) => (typeof c === 'object' && c ? `${m.CUES.indexOf(c.entry)}:${c.kind}` : c))),
      firsts: [...firsts, 'كتاب', 'ال'].map((w) => m.cueFirstWords()!.has(w)),
      listed: [...m.cueFirstWords()!].sort(),
      hits: m.createDoc(sample).cues.map((h) => [h.index, h.pre, h.w, h.end, m.CUES.indexOf(h.form.entry), h.form.kind]),
    });
    const expected = answers(plain);
    expect(forms.length).toBeGreaterThan(500);
    expect(expected.hits.length).toBeGreaterThan(3);
    const packed = await freshModules(json);
    expect(packed.packedValue('cueForms')).toBeDefined();
    expect(answers(packed)).toEqual(expected);
  });

  it('are what a form is looked up in when present, unless made from other entries', async () => {
    const made = (await tablesWithCues((cues) => (cues.forms['كذاوكذا'] = 0))).json;
    expect((await freshModules(made)).cueOf('كذاوكذا')).toBeDefined();
    const stale = (await tablesWithCues((cues) => ((cues.forms['كذاوكذا'] = 0), (cues.entries = 1)))).json;
    const fromSources = await freshModules(stale);
    expect(fromSources.cueOf('كذاوكذا')).toBeUndefined();
    expect(fromSources.cueOf('اكد')).toBeDefined();
  });
});
