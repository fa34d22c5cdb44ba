import { describe, expect, it } from 'vitest';
import { placeFromEarlierSentence as rule } from '../../../src/meetings/rules/place-from-earlier-sentence.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a meeting with no place the place of the sentence before it (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'تونس' }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(meetings(rule.example, [rule.id])[0].location).toBeNull();
  });

  it('keeps the place the meeting names itself', () => {
    const text = 'استضافت العاصمة تونس اليوم مباحثات رفيعة. والتقى خلالها الوزير سامر الحديدي نظيره كمال الغربي في سوسة.';
    expect(meetings(text)).toMatchObject([{ location: 'سوسة' }]);
    expect(meetings(text)[0].rules).not.toContain(rule.id);
  });
});
