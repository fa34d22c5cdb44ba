import { describe, expect, it } from 'vitest';
import { skipSportsFixture as rule } from '../../../src/meetings/rules/skip-sports-fixture.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a meeting cue in a sentence with words of sport as a match (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['طلال الحربي', 'كمال الغربي']]);
  });

  it('reports the same words as a meeting where no word of sport stands', () => {
    const text = 'وبعد اللقاء مع الوزير طلال الحربي، قال الوزير كمال الغربي إن المفاوضين قدموا أداء جيدا.';
    expect(meetings(text)).toMatchObject([{ participants: ['طلال الحربي', 'كمال الغربي'], cue: 'اللقاء' }]);
  });
});

describe('skip-sports-fixture: الدوري after a meeting noun', () => {
  it('is a periodic meeting, not the league', () => {
    expect(meetings('وعقد الوزير سامر الحديدي والوزير كمال الغربي اجتماعهما الدوري أمس في عمان.')).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
    expect(meetings('وبعد اللقاء في الدوري قال المدرب كمال الغربي للمدرب سامر الحديدي إن الفريق قوي.')).toEqual([]);
  });
});
