import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/document.js';
import { nameLike, noteAli } from '../../src/entities/personName.js';

describe('nameLike answers kept per token', () => {
  // "وصل علي حسن إلى المدينة": علي is a name; only noteAli (the original spelling) can tell.
  it('answers again after noteAli, which changes what علي is', () => {
    const doc = createDoc('وصل علي حسن الي المدينة');
    const ali = doc.tokens.findIndex((t) => t.text === 'علي');
    expect(ali).toBe(1);
    noteAli(doc); // no alef maqsura anywhere: علي is a name only before a given name or بن
    const before = nameLike(doc, ali);
    doc.text = 'وصل علي حسن إلى المدينة'; // إلى uses alef maqsura, and علي is written with ي: a name
    noteAli(doc);
    expect(nameLike(doc, ali)).toBe(true);
    doc.text = 'وصل على حسن إلى المدينة'; // written على: the preposition
    noteAli(doc);
    expect(nameLike(doc, ali)).toBe(false);
    expect(typeof before).toBe('boolean');
  });

  it('gives the same answer when asked twice', () => {
    const doc = createDoc('قال الوزير سامي نور في بيان');
    noteAli(doc);
    const first = doc.tokens.map((_, k) => nameLike(doc, k));
    expect(doc.tokens.map((_, k) => nameLike(doc, k))).toEqual(first);
    expect(first[doc.tokens.findIndex((t) => t.text === 'في')]).toBe(false);
  });
});
