import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/registry.js';
import { analyze } from '../../src/pipeline.js';

/** What a rule may change: the summary (rule trails aside) and every entity with its roles and affiliation. */
function reading(text: string, disabledRules: string[] = []): string {
  const { summary: s, entities } = analyze(text, { disabledRules });
  return JSON.stringify({
    participants: s.participants.map(({ rules: _r, ...p }) => p),
    meetings: s.meetings.map(({ rules: _r, ...m }) => m),
    positions: s.positions.map(({ rules: _r, rule: _q, ...p }) => p),
    resolutions: s.resolutions.map(({ rules: _r, ...x }) => x),
    entities: entities.entities.map((e) => [e.kind, e.name, e.aliases, e.roles, e.country, e.organization, e.mentions.map((m) => [m.start, m.end])]),
  });
}

/**
 * Every rule is a unit with an id, a one-line summary and an invented example; switching a rule
 * off changes what khulasa reads from that rule's own example, which shows the example exercises
 * the rule (a rule that changed nothing there would be untested by it).
 */
describe('the rule registry', () => {
  it('has unique kebab-case ids, a summary and an Arabic example for every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id, r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.summary.length, r.id).toBeGreaterThan(10);
      expect(r.example, r.id).toMatch(/[\u0621-\u064A]{3}/);
    }
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s changes the output of its own example when switched off', (id, r) => {
    expect(reading(r.example, [id]), `${id}: "${r.example}"`).not.toBe(reading(r.example));
  });
});

/**
 * Tests mirror src: every entity, meeting and position rule has its own test file named by its id
 * (test/<stage>/rules/<id>.test.ts), and no such file outlives its rule.
 */
describe('the per-rule tests', () => {
  const stages = ['entities', 'meetings', 'positions'] as const;
  const dir = (stage: string): string => new URL(`../${stage}/rules/`, import.meta.url).pathname;

  it.each(RULES.filter((r) => (stages as readonly string[]).includes(r.stage)).map((r) => [r.id, r.stage] as const))('%s has test/%s/rules/<id>.test.ts', (id, stage) => {
    expect(existsSync(dir(stage) + `${id}.test.ts`)).toBe(true);
  });

  it.each(stages)('test/%s/rules holds no test of a rule the registry lacks', (stage) => {
    const ids = new Set(RULES.filter((r) => r.stage === stage).map((r) => r.id));
    const files = readdirSync(dir(stage)).filter((f) => f.endsWith('.test.ts'));
    expect(files.filter((f) => !ids.has(f.replace(/\.test\.ts$/, '')))).toEqual([]);
  });
});
