import type { RuleInfo } from './rules.js';
import { ALL_ENTITY_RULES } from './entities/index.js';
import { ALL_MEETING_RULES } from './meetings/index.js';
import { POSITION_RULES } from './positions/index.js';
import { ALL_RESOLUTION_RULES } from './resolutions/index.js';

/**
 * Every rule of every extractor, in stage order and, within a stage, in the order its extractor
 * runs them: what `khulasa --explain` names and `npm run rules` switches off one at a time.
 */
export const RULES: readonly RuleInfo[] = [...ALL_ENTITY_RULES, ...ALL_MEETING_RULES, ...POSITION_RULES, ...ALL_RESOLUTION_RULES];

/** The rule with this id, or undefined. */
export function ruleById(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}
