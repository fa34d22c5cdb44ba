import { enabled, type Doc } from './document.js';

/**
 * Rules as units. Every special case of the extractors is a value, `{ id, stage, example, … }`,
 * in a file of its own named for what it does; each extractor runs its rules in the order of one
 * list (entities/rules.ts, meetings/rules.ts, positions/rules.ts, resolutions/index.ts) with a
 * comment on every order dependency. Items carry the ids of the rules that made or changed them
 * (`rules` in the output), a rule can be switched off for one run (`npm run rules` measures what
 * each one gains), and `khulasa --explain` shows the trail.
 */

/** The extractor a rule belongs to. */
export type Stage = 'entities' | 'meetings' | 'positions' | 'resolutions';

/** What every rule declares about itself. */
export interface RuleInfo<Id extends string = string> {
  /** A stable kebab-case id, unique across stages: the file name of the rule. */
  id: Id;
  stage: Stage;
  /** An invented sentence the rule reads (its test starts from it); never text from the gold articles. */
  example: string;
  /** What the rule does, in one line. */
  summary: string;
}

/**
 * Run an ordered list of rules over a state: each enabled rule applies in turn until one answers
 * 'stop' (the item is settled: dropped, or handled in full). Returns the id of the rule that stopped,
 * or undefined when all ran.
 */
export function runRules<S, R extends RuleInfo & { apply(state: S): Verdict }>(doc: Doc, rules: readonly R[], state: S): R['id'] | undefined {
  for (const r of rules) {
    if (!enabled(doc, r.id)) continue;
    if (r.apply(state) === 'stop') return r.id;
  }
  return undefined;
}

/** What a rule answers about the item in hand: go on with the next rule, or stop here. */
export type Verdict = 'next' | 'stop';

/** Add a rule id to an item's trail once. */
export function mark(trail: string[], id: string): void {
  if (!trail.includes(id)) trail.push(id);
}
