import type { Doc } from '../document.js';
import type { RuleInfo } from '../rules.js';
import type { Entity } from './model.js';
import type { RawPerson } from './people.js';

/** What the entity refiners share, once people and bodies are found. */
export interface EntityState {
  doc: Doc;
  /** Every person mention as found, before linking. */
  raws: RawPerson[];
  /** Descriptions no person took. */
  unlinked: RawPerson[];
  people: Entity[];
  bodies: Entity[];
  /** The year the article speaks from, where known (doc.year). */
  year: number | null;
}

/** A step over all entities: affiliation, roles, bodies standing for officials. */
export interface EntityRefiner extends RuleInfo<string> {
  stage: 'entities';
  apply(es: EntityState): void;
}

/** Record that a rule changed an entity. */
export function changed(e: Entity, rule: string): void {
  const trail = (e.rules ??= []);
  if (!trail.includes(rule)) trail.push(rule);
}

/** Every person's name mentions (not descriptions), in text order, with their person. */
export function nameMentions(people: Entity[]): { m: Entity['mentions'][number]; p: Entity }[] {
  const out: { m: Entity['mentions'][number]; p: Entity }[] = [];
  for (const p of people) for (const m of p.mentions) if (m.type === 'name') out.push({ m, p });
  return out.sort((a, b) => a.m.start - b.m.start);
}
