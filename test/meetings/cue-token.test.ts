import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';

const names = (text: string): string[] => summarize(text).participants.map((p) => p.name);

describe('a meeting cue with a proclitic (بالمحادثات، للقمة، للقاء)', () => {
  // The cue's token index was taken from the offset after its proclitic, which names the next
  // token: at the very end of an article that is past the last token, and summarize() threw.
  it('does not fail where such a cue is the last word of the article', () => {
    const texts = [
      'أبدى وزير الخارجية المغربي ناصر العلوي اهتماما بالمحادثات',
      'وقال الوزير: "بعض الأطراف بدأت تغير موقفها أو عبرت عن اهتمام بالمحادثات".\n',
      'وأعلنت الرئاسة أن فريقا من المسؤولين موجود في العاصمة "لإنجاز التحضيرات الأخيرة" للقمة.\n',
    ];
    for (const text of texts) expect(() => summarize(text)).not.toThrow();
  });

  it('reads the words before the cue itself, not from the word after it', () => {
    // "وسيتوجه" stands five words before "للقاء": within reach of a planned-meeting word only when
    // counted from the cue's own token, so the arranged meeting gives way to the one held
    const text =
      'التقى وزير الخارجية المصري سامي عبد الله نظيره السعودي فهد الدوسري في القاهرة. وسيتوجه الوزير بعدها إلى عمان للقاء نظيره الأردني خالد المومني.';
    expect(names(text)).toEqual(expect.arrayContaining(['سامي عبد الله', 'فهد الدوسري']));
    expect(names(text)).not.toContain('خالد المومني');
  });
});
