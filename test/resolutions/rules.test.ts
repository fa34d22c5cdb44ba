import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/document.js';
import { analyze } from '../../src/pipeline.js';
import { RULES } from '../../src/registry.js';
import { ALL_RESOLUTION_RULES, findResolutions } from '../../src/resolutions/index.js';

/** The resolutions khulasa reads from a text, rule trails aside. */
function reading(text: string, disabledRules: string[] = []): string {
  return JSON.stringify(analyze(text, { disabledRules }).summary.resolutions.map(({ rules: _r, ...x }) => x));
}

/**
 * The resolution rules as units (as the registry holds the other stages'): an id, a summary and an
 * invented example that each rule's switching off changes.
 */
describe('resolution rules: units, trails, switching off', () => {
  it('has unique kebab-case ids, none used by another stage, a summary and an Arabic example', () => {
    const ids = ALL_RESOLUTION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const others = new Set(RULES.filter((r) => r.stage !== 'resolutions').map((r) => r.id));
    for (const r of ALL_RESOLUTION_RULES) {
      expect(r.id, r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(others.has(r.id), r.id).toBe(false);
      expect(r.stage).toBe('resolutions');
      expect(r.summary.length, r.id).toBeGreaterThan(10);
      expect(r.example, r.id).toMatch(/[\u0621-\u064A]{3}/);
    }
  });

  it.each(ALL_RESOLUTION_RULES.map((r) => [r.id, r] as const))('%s changes the output of its own example when switched off', (id, r) => {
    expect(reading(r.example, [id]), `${id}: "${r.example}"`).not.toBe(reading(r.example));
  });

  it('carries the parser and the evidence that gave the body in `rules`', () => {
    const [r] = findResolutions(createDoc('وطالب الحوثيين بتنفيذ القرار 2216 في اليمن. وأكد أن 2216 ملزم.'));
    expect(r.rules).toEqual(['cited-after-head', 'well-known-in-context', 'repeated-number']);
    const [s] = findResolutions(createDoc('وشدد البيان على احترام قرارات الشرعية الدولية، وخاصة القرار 2216.'));
    expect(s.rules).toEqual(['cited-after-head', 'especially-after-plural', 'well-known-number']);
  });
});
