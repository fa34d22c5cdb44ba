import { describe, expect, it } from 'vitest';
import { needsHamza as rule } from '../../../src/positions/rules/needs-hamza.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads هنا and مهنية without a hamza as "here" and "professional" (its example)', () => {
    expect(positions(rule.example).map((p) => p.cue)).toEqual(['قال']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toContain('هنا');
  });

  it('keeps هنأ written with its hamza', () => {
    expect(stated('وهنأ الرئيس سامر الحديدي الفريق على فوزه بالبطولة.')).toEqual(['سامر الحديدي: فوزه بالبطولة']);
  });
});
