import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { renderExplain } from '../../src/render/explain.js';
import { RULES } from '../../src/registry.js';

const rules = new Map(RULES.map((r) => [r.id, r]));

describe('--explain', () => {
  const text = 'التقى وزير الخارجية الأردني سامر الحديدي نظيره التونسي كمال الغربي في عمان أمس. وأكد الحديدي أن التعاون بين البلدين يتعزز.';
  const out = renderExplain(summarize(text), { text, rules });

  it('gives every item its rule trail, the rule that made it first', () => {
    expect(out).toMatch(/1\. \S*سامر الحديدي\S* \(person/);
    expect(out).toContain('rules: title-then-name');
    expect(out).toMatch(/rules: cue-sentence/);
  });

  it('quotes each item\'s sentence with its evidence between ⟦ ⟧ when there is no colour', () => {
    expect(out).toContain('⟦التعاون بين البلدين يتعزز⟧');
    expect(out).toContain('⟦التقى وزير الخارجية الأردني سامر الحديدي نظيره التونسي كمال الغربي في عمان أمس.⟧');
  });

  it('ends with a legend of the rules used, each with its one-line summary', () => {
    const legend = out.slice(out.indexOf('Rules used'));
    expect(legend).toContain('cue-sentence (meetings): ');
    expect(legend).toContain(rules.get('cue-sentence')!.summary);
    expect(legend).not.toContain('skip-background');
  });
});
