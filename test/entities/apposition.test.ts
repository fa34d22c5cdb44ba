import { describe, expect, it } from 'vitest';
import { createDoc, origText } from '../../src/document.js';
import { findEntities } from '../../src/entities/index.js';
import { entity } from '../rules/read.js';

const people = (text: string) => {
  const doc = createDoc(text);
  const idx = findEntities(doc);
  return { doc, persons: idx.entities.filter((e) => e.kind === 'person') };
};

describe('a qualified title set off before its holder', () => {
  const text = 'وقال المبعوث خلال لقائه وزير الخارجية في حكومة الانقلاب الحوثية غير المعترف بها، سامي الأهدل، ونائبه خالد العمري، إن الحل سياسي. وشن الحوثيين هجوما.';

  it('gives the whole title to the name after the comma, with the body it names', () => {
    const { doc, persons } = people(text);
    const p = persons.find((e) => e.name === 'سامي الأهدل');
    expect(p?.roles[0]).toBe('وزير الخارجية في حكومة الانقلاب الحوثية غير المعترف بها');
    // the body as the article writes it elsewhere, not the lexicon's name
    expect(p?.organization).toBe('الحوثيين');
    const m = p!.mentions.find((x) => x.type === 'name')!;
    expect(origText(doc, m)).toBe('سامي الأهدل');
  });

  it('gives "نائبه" the side of the one just named', () => {
    const { persons } = people(text);
    expect(persons.find((e) => e.name === 'خالد العمري')?.organization).toBe('الحوثيين');
  });

  it('does not take a name that runs on without punctuation, nor a qualifier without a comma', () => {
    const { persons } = people('التقى وزير الخارجية في الحكومة الجديدة سامي الأهدل ومعه وفد.');
    expect(persons.find((e) => e.roles.includes('وزير الخارجية في الحكومة الجديدة'))).toBeUndefined();
  });
});

describe('lists of names after a plural title', () => {
  it('keeps سلطان a title outside a list', () => {
    const { persons } = people('واستقبل سلطان عمان هيثم بن طارق الوزير.');
    expect(persons.find((e) => e.name.startsWith('سلطان'))).toBeUndefined();
  });

  it('stops the list at the first word that is not a name or a joiner', () => {
    const { persons } = people('التقى مستشاريه، وهم أحمد سالم بن حمد، ثم استقبل الوزير خالد العمري.');
    expect(persons.find((e) => e.name === 'خالد العمري')?.roles).not.toContain('مستشاريه');
  });
});

describe('a name after a title that names its country', () => {
  it('keeps "الرئيس اللبناني سالم عون" for Salem Aoun, not as a second title of the name before', () => {
    const { persons } = people('التقى وزير الخارجية الأمريكي جون ميلر الرئيس اللبناني سالم عون في بيروت.');
    expect(persons.find((e) => e.name === 'جون ميلر')?.roles).toEqual(['وزير الخارجية الأمريكي']);
    expect(persons.find((e) => e.name === 'سالم عون')?.country).toBe('LB');
  });

  it('still gives a title after a name to that name where no name follows it', () => {
    const { persons } = people('واستقبل الرئيس جون ميلر وزير الخارجية الأمريكي في القصر.');
    expect(persons.find((e) => e.name === 'جون ميلر')?.roles).toContain('وزير الخارجية الأمريكي');
  });
});

describe('a title after the subject of a verb of meeting, naming another state', () => {
  it('opens the object, not a second office of the subject', () => {
    const text = 'واستقبل الرئيس التونسي كمال الغربي رئيس الوزراء الأردني في قصر قرطاج أمس.';
    expect(entity(text, 'كمال الغربي')?.roles).not.toContain('رئيس الوزراء الأردني');
    expect(entity(text, 'كمال الغربي')?.country).toBe('TN');
  });

  it('is the subject\'s own office where it names no other state (أمير منطقة …)', () => {
    expect(entity('واستقبل الأمير فيصل بن خالد أمير منطقة عسير في مكتبه الوزير سامر الحديدي.', 'فيصل بن خالد')?.roles).toContain('أمير منطقة عسير');
  });
});
