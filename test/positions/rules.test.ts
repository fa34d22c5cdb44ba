import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { ALL_MEETING_RULES } from '../../src/meetings/index.js';
import { POSITION_RULES } from '../../src/positions/index.js';
import type { PositionRule } from '../../src/positions/model.js';
import type { Position } from '../../src/types.js';

/** The positions of a text with some rules switched off, without their rule trails (`rules`, and the `rule` string that names how the holder was found). */
function positions(text: string, off: string[] = []): Omit<Position, 'rules' | 'rule'>[] {
  return summarize(text, { disabledRules: off }).positions.map(({ rules: _r, rule: _q, ...p }) => p);
}

/** The rules that put their id on the positions they make or change (the others only pass cues over, or drop). */
const MARKING = new Set([
  'find-complement', 'object-first', 'relative-clause', 'issuer-of-statement', 'subject-zone', 'reporter-noun', 'bounded-subject',
  'object-after-subject', 'but-he-subject', 'subject-before-verb', 'dual-means-sides', 'noun-continues-speaker',
  'noun-states-meeting-view', 'participle-subject', 'named-before-cue', 'continues-last-speaker', 'reported-statement',
  'attributed-quote', 'headline-speaker', 'same-speaker-again', 'split-at-inner-cues',
]);

const RULES_DIR = fileURLToPath(new URL('../../src/positions/rules/', import.meta.url));

describe('the position rules', () => {
  it('are listed once each, one file per rule named by its id, ids unique across stages', async () => {
    const ids = POSITION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of POSITION_RULES) expect(r.stage).toBe('positions');
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'shared.ts').map((f) => f.replace(/\.ts$/, ''));
    expect([...files].sort()).toEqual([...ids].sort());
    for (const f of files) {
      const mod = (await import(`../../src/positions/rules/${f}.ts`)) as Record<string, unknown>;
      const rules = Object.values(mod).filter((v): v is PositionRule => typeof v === 'object' && v !== null && (v as PositionRule).stage === 'positions');
      expect(rules.map((r) => r.id)).toEqual([f]);
    }
    const meetingIds = new Set(ALL_MEETING_RULES.map((r) => r.id));
    expect(ids.filter((id) => meetingIds.has(id))).toEqual([]);
  });

  it('leave the runner working with all of them switched off', () => {
    const ids = POSITION_RULES.map((r) => r.id);
    for (const r of POSITION_RULES) expect(positions(r.example, ids)).toEqual([]);
  });

  // Each example is an invented sentence the rule reads: with the rule switched off the positions
  // found differ, which shows that the example exercises its rule (negative cases live beside the
  // topic tests).
  for (const rule of POSITION_RULES) {
    it(`${rule.id}: its example reads differently with the rule switched off`, () => {
      expect(positions(rule.example, [rule.id])).not.toEqual(positions(rule.example));
    });
  }

  it('mark the positions they make or change, the rule that made each first', () => {
    for (const rule of POSITION_RULES) {
      const found = summarize(rule.example).positions;
      for (const p of found) expect(['reported-statement', 'attributed-quote', 'headline-speaker']).toContain(p.rules[0]);
      if (MARKING.has(rule.id)) expect(found.some((p) => p.rules.includes(rule.id)), rule.id).toBe(true);
    }
  });
});
