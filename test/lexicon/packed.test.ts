import { afterEach, describe, expect, it, vi } from 'vitest';

// The bundle carries the phrase lexicons compiled to tables (esbuild.config.mjs defines
// __KHULASA_PHRASE_TABLES__); here the global stands in for that define, in fresh module graphs.
type Global = { __KHULASA_PHRASE_TABLES__?: string };

async function freshModules(tables: string | undefined) {
  vi.resetModules();
  if (tables === undefined) delete (globalThis as Global).__KHULASA_PHRASE_TABLES__;
  else (globalThis as Global).__KHULASA_PHRASE_TABLES__ = tables;
  const phrases = await import('../../src/lexicon/phrases.js');
  const compiled = await import('../../src/lexicon/compiled.js');
  const document = await import('../../src/document.js');
  return { ...phrases, ...compiled, ...document };
}

/** A lexicon's index with each value replaced by its entry number in `values`, for comparing graphs. */
function shape(index: Map<string, { words: string[]; value: unknown; ambiguous: boolean; dot: boolean; gaps?: string[] }[]>, values: unknown[]) {
  return [...index].map(([first, list]) => [first, list.map((p) => ({ ...p, value: values.indexOf(p.value) }))]);
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
      const values = (lex: typeof a) => [...new Set([...lex.phrases().values()].flat().map((p) => p.value))];
      // values are the entries' own objects, so compare each index against its own module graph's values
      expect(shape(b.phrases(), values(b)), name).toEqual(shape(a.phrases(), values(a)));
    }
  });

  it('are what a document is matched with when present', async () => {
    const plain = await freshModules(undefined);
    const tables = JSON.parse(plain.packLexicons(plain.PHRASE_LEXICONS));
    // a table that lists a made-up country form (longest first, as the compiler sorts): only a table actually read finds it
    const list = tables.countryNames.lists.find(([first]: [string]) => first === 'مصر');
    list[1].unshift([['مصر', 'العليا'], list[1][0][1], 0]);
    const packed = await freshModules(JSON.stringify(tables));
    const doc = packed.createDoc('وصل الوفد إلى مصر العليا أمس.');
    const i = doc.tokens.findIndex((t) => t.text === 'مصر');
    expect(doc.lex.countryNames.match(i)?.len).toBe(2);
  });

  it('are ignored when made from other entries (a stale build)', async () => {
    const plain = await freshModules(undefined);
    const tables = JSON.parse(plain.packLexicons(plain.PHRASE_LEXICONS));
    const list = tables.countryNames.lists.find(([first]: [string]) => first === 'مصر');
    list[1].unshift([['مصر', 'العليا'], list[1][0][1], 0]);
    tables.countryNames.check = '1:1';
    const packed = await freshModules(JSON.stringify(tables));
    const doc = packed.createDoc('وصل الوفد إلى مصر العليا أمس.');
    const i = doc.tokens.findIndex((t) => t.text === 'مصر');
    expect(doc.lex.countryNames.match(i)?.len).toBe(1);
  });
});
