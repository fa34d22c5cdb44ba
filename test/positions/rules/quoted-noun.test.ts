import { describe, expect, it } from 'vitest';
import { quotedNoun as rule } from '../../../src/positions/rules/quoted-noun.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads رفض right after an opening quote as the quoted noun (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['رفض']);
  });

  it('reads رفض outside a quotation as the cue', () => {
    expect(positions('ورفض المحتجون أمام مبنى البلدية الضرائب الجديدة.')).toMatchObject([{ holder: 'المحتجون', cue: 'رفض' }]);
  });
});
