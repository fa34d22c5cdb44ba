import { describe, expect, it } from 'vitest';
import { verbCoordinatedWithNoun as rule } from '../../../src/positions/rules/verb-coordinated-with-noun.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads رفض joined by و to a noun (رفض وإدانة) as a noun, no cue (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['رفض']);
  });

  it('reads رفض as the cue where و joins a word that opens no object', () => {
    expect(positions('ورفض النائب رائد الكبيسي وزملاؤه القرار الجديد.')).toMatchObject([{ holder: 'رائد الكبيسي', cue: 'رفض' }]);
  });
});
