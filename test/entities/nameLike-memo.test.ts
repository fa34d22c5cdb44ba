import { describe, expect, it } from 'vitest';
import { normalizeForm } from '../../src/normalize/index.js';
import { tokenize } from '../../src/segment/tokens.js';
import { nameLike, noteAli } from '../../src/entities/personName.js';

describe('nameLike answers kept per token', () => {
  // "وصل علي حسن إلى المدينة": علي is a name; only noteAli (the original spelling) can tell.
  it('answers again after noteAli, which changes what علي is', () => {
    const original = ['وصل', 'علي', 'حسن', 'إلى', 'المدينة'];
    const tokens = [...tokenize(normalizeForm(original.join(' ')))];
    const ali = tokens.findIndex((t) => t.text === 'علي');
    expect(ali).toBe(1);
    noteAli(tokens, () => 'x'); // no alef maqsura anywhere: علي is a name only before a given name or بن
    const before = nameLike(tokens, ali);
    noteAli(tokens, (k) => original[k]); // إلى uses alef maqsura, and علي is written with ي: a name
    expect(nameLike(tokens, ali)).toBe(true);
    noteAli(tokens, (k) => (k === ali ? 'على' : original[k])); // written على: the preposition
    expect(nameLike(tokens, ali)).toBe(false);
    expect(typeof before).toBe('boolean');
  });

  it('gives the same answer when asked twice', () => {
    const tokens = [...tokenize(normalizeForm('قال الوزير سامي نور في بيان'))];
    noteAli(tokens, (k) => tokens[k].text);
    const first = tokens.map((_, k) => nameLike(tokens, k));
    expect(tokens.map((_, k) => nameLike(tokens, k))).toEqual(first);
    expect(first[tokens.findIndex((t) => t.text === 'في')]).toBe(false);
  });
});
