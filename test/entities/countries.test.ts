import { describe, expect, it } from 'vitest';
import { createDoc, orig } from '../../src/document.js';
import { findEntities } from '../../src/entities/index.js';

const person = (text: string, name: string) => findEntities(createDoc(text)).entities.find((e) => e.kind === 'person' && e.name === name);

describe('countries inferred for people whose title names none', () => {
  const text =
    'وزير الخارجية يلتقي نظيره المصري بالقاهرة\nبحث وزير الشؤون الخارجية خالد الورفلي، اليوم بالقاهرة، مع وزير الخارجية المصري سامي عبد الله آخر تطورات الملف الليبي. وأكد الوزيران أهمية الحل. وتستضيف تونس الاجتماع المقبل، وقالت الخارجية التونسية إن الحوار مستمر.';

  it('gives the counterpart his stated country and keeps it from the one he meets', () => {
    expect(person(text, 'سامي عبد الله')?.country).toBe('EG');
    expect(person(text, 'خالد الورفلي')?.country).not.toBe('EG');
  });

  it('does not take the country of an issue (الملف الليبي) for a person', () => {
    // (nor any country from the words around him: the text states none for him)
    expect(person(text, 'خالد الورفلي')?.country).not.toBe('LY');
  });
});

describe('a sitting office holder and a former one', () => {
  it('links a bare description to the sitting holder, not "الرئيس المخلوع"', () => {
    const text =
      'قال الرئيس اليمني، سالم بن علي، إن الحوار مستمر. وهاجم قوات الرئيس المخلوع خالد العمري المدينة. وأكد الرئيس اليمني أن الحل سياسي.';
    const doc = createDoc(text);
    const idx = findEntities(doc);
    const last = idx.mentions.filter((m) => doc.norm.slice(m.start, m.end) === 'الرييس اليمني').pop()!;
    expect(idx.entities[last.entity].name).toBe('سالم بن علي');
  });
});

describe('a body after ل that took its article', () => {
  it('names "للولايات المتحدة" الولايات المتحدة, the mention keeping the written span', () => {
    const text = 'وقالت الخارجية إن للولايات المتحدة دورا.';
    const doc = createDoc(text);
    const us = findEntities(doc).entities.find((e) => e.country === 'US')!;
    expect(us.name).toBe('الولايات المتحدة');
    const o = orig(doc, us.mentions[0]);
    expect(text.slice(o.start, o.end)).toBe('لولايات المتحدة');
  });
});
