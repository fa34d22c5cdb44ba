import { describe, expect, it } from 'vitest';
import { joinDelegationSender as rule } from '../../../src/meetings/rules/join-delegation-sender.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('adds a body that sends a delegation to the talks just told (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['الحكومة اليمنية', 'الحوثيين', 'حزب الإصلاح'], kind: 'talks', location: 'جنيف' }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(sides(rule.example, [rule.id])).toEqual([['الحكومة اليمنية', 'الحوثيين']]);
  });

  it('adds no body that sends a delegation elsewhere', () => {
    const text = 'بدأت في جنيف محادثات بين الحكومة اليمنية والحوثيين. وقرر حزب الإصلاح إرسال وفد إلى المنطقة المنكوبة.';
    expect(sides(text)).toEqual([['الحكومة اليمنية', 'الحوثيين']]);
  });
});
