import { describe, expect, it } from 'vitest';
import { skipToldAsEarlier as rule } from '../../../src/meetings/rules/skip-told-as-earlier.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('leaves out a meeting told as earlier than the news (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('reports the meeting where nothing tells it as earlier', () => {
    const text = 'وجدد الوزير سامر الحديدي خلال لقائه مع الرئيس كمال الغربي دعوته إلى الحوار.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], cue: 'لقائه' }]);
  });
});
