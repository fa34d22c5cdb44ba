import { describe, expect, it } from 'vitest';
import { listedSides as rule } from '../../../src/meetings/rules/listed-sides.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads countries listed at the head of the sentence as the sides (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['الأردن', 'تونس'], kind: 'talks' }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('reads no sides from countries that are only the topic of a meeting', () => {
    const text = 'التقى الوزير سامر الحديدي نظيره كمال الغربي لبحث العلاقات بين الأردن وتونس.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
    expect(meetings(text)[0].rules).not.toContain(rule.id);
  });

  it('reads the sides after بين through their envoys (ممثلين عن، وفدي، ممثلي)', () => {
    for (const envoys of ['ممثلين عن', 'وفدي', 'ممثلي']) {
      expect(meetings(`بدأت في عمان محادثات بين ${envoys} الأردن وتونس حول التعاون الاقتصادي.`)).toMatchObject([{ participants: ['الأردن', 'تونس'] }]);
    }
  });
});
