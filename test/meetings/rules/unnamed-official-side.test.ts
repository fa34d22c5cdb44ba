import { describe, expect, it } from 'vitest';
import { unnamedOfficialSide as rule } from '../../../src/meetings/rules/unnamed-official-side.js';
import { summarize } from '../../../src/index.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes the state of an official named only by title and state the other side (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كندا'], kind: 'call', rules: ['cue-sentence', rule.id] }]);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
    const p = summarize(rule.example).participants.find((x) => x.kind === 'country');
    expect(p).toMatchObject({ name: 'كندا', aliases: ['رئيس الوزراء الكندي'], country: 'CA', role: 'رئيس الوزراء الكندي' });
  });

  it('takes the state the article names, and a counterpart by his state (written as an alias)', () => {
    expect(sides('واستقبل وزير الخارجية الأردني سامر الحديدي في عمان أمس وزير الخارجية التونسي. وتناول اللقاء التعاون الاقتصادي مع تونس.')).toEqual([['سامر الحديدي', 'تونس']]);
    expect(sides('والتقى وزير الخارجية الأردني سامر الحديدي مع نظيره التونسي في عمان.')).toEqual([['سامر الحديدي', 'تونس']]);
  });

  it('leaves an office a named person holds, a title in apposition or in a chain, a former or a deputy official', () => {
    // the article names that state's premier: the title is his
    expect(sides('ووصل رئيس الحكومة الكندية كمال الغربي إلى عمان. واتصل الرئيس سامر الحديدي برئيس الوزراء الكندي مساء أمس.')).not.toContainEqual(['سامر الحديدي', 'كندا']);
    expect(sides('واستقبل الرئيس سامر الحديدي وزير الخارجية التونسي السابق في قصره.')).toEqual([]);
    expect(sides('واستقبل الرئيس سامر الحديدي نائب وزير الخارجية التونسي في قصره.')).toEqual([]);
    expect(sides('واستقبل الرئيس سامر الحديدي نائب الرئيس اليمني رئيس الوزراء كمال الغربي في قصره.')).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('makes no side of an official in another clause or a quotation, nor of the person\'s own state', () => {
    expect(sides('وخلال زيارة الرئيس سامر الحديدي إلى الصين عام 1990، قال رئيس الوزراء الصيني إن الوقت مبكر.')).toEqual([]);
    expect(sides('وقال الوزير سامر الحديدي: "لقد اجتمعت مع وزير الخارجية التونسي في عمان".')).toEqual([]);
    expect(sides('واستقبل وزير الخارجية الأردني سامر الحديدي رئيس الوزراء الأردني في مكتبه.')).toEqual([]);
  });
});
