import { describe, expect, it } from 'vitest';
import { people } from '../rules/read.js';

describe('a known office holder\'s full name ends a name', () => {
  it('does not read the word after it into the name', () => {
    expect(people('ووصف فلاديمير بوتين شركاءه بالمترددين.')).toEqual(['فلاديمير بوتين']);
    expect(people('وصف الرئيس الإيراني حسن روحاني مساعيهم بالفاشلة.')).toEqual(['حسن روحاني']);
  });

  it('keeps a word that tells a generation, and names with a nasab', () => {
    expect(people('وقال جورج بوش الابن إن الحرب كانت ضرورية.')).toEqual(['جورج بوش الابن']);
  });
});

describe('a word with a pronoun suffix ends a name', () => {
  it('does not read a dual suffix or a preposition with a pronoun into the name', () => {
    expect(people('وقالت كارين مكدوغال إنها زارت غرفة ميلانيا بمنزلهما.')).not.toContain('ميلانيا بمنزلهما');
    expect(people('وتحدث سامر الحديدي بلغتهم عن الأزمة.')).toEqual(['سامر الحديدي']);
  });
});
