import { origText } from '../../src/document.js';
import { analyze } from '../../src/pipeline.js';
import type { Meeting, Position } from '../../src/types.js';

/**
 * What the per-rule tests (test/entities/rules, test/meetings/rules, test/positions/rules) read
 * of a text: the entity layer, the meetings and the positions, each with some rules switched off.
 */

/** An entity as the tests look at it: its mentions as written, and the rules that made or changed it. */
export interface EntityView {
  kind: string;
  name: string;
  aliases: string[];
  roles: string[];
  country: string | null;
  organization: string | null;
  mentions: string[];
  rules: string[];
}

/** Every person, organisation and country khulasa reads in the text, with the rules `off` switched off. */
export function entities(text: string, off: string[] = []): EntityView[] {
  const { doc, entities: index } = analyze(text, { disabledRules: off });
  return index.entities.map((e) => ({
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    roles: e.roles,
    country: e.country,
    organization: e.organization,
    mentions: e.mentions.map((m) => origText(doc, m)),
    rules: [...e.mentions.map((m) => m.rule), ...(e.rules ?? [])],
  }));
}

/** The entity of that name, or undefined. */
export function entity(text: string, name: string, off: string[] = []): EntityView | undefined {
  return entities(text, off).find((e) => e.name === name);
}

/** The names of the persons read in the text. */
export function people(text: string, off: string[] = []): string[] {
  return entities(text, off)
    .filter((e) => e.kind === 'person')
    .map((e) => e.name);
}

/** A meeting as the tests look at it. */
export type MeetingView = Pick<Meeting, 'participants' | 'host' | 'kind' | 'location' | 'date' | 'cue' | 'rules'>;

/** The meetings khulasa reports from the text, with the rules `off` switched off. */
export function meetings(text: string, off: string[] = []): MeetingView[] {
  return analyze(text, { disabledRules: off }).summary.meetings.map(({ participants, host, kind, location, date, cue, rules }) => ({ participants, host, kind, location, date, cue, rules }));
}

/** The participants of each meeting, in order. */
export function sides(text: string, off: string[] = []): string[][] {
  return meetings(text, off).map((m) => m.participants);
}

/** A position as the tests look at it. */
export type PositionView = Pick<Position, 'holder' | 'statement' | 'cue' | 'via' | 'quote' | 'rules'>;

/** The positions khulasa reports from the text, with the rules `off` switched off. */
export function positions(text: string, off: string[] = []): PositionView[] {
  return analyze(text, { disabledRules: off }).summary.positions.map(({ holder, statement, cue, via, quote, rules }) => ({ holder, statement, cue, via, quote, rules }));
}

/** Each position as "holder: statement". */
export function stated(text: string, off: string[] = []): string[] {
  return positions(text, off).map((p) => `${p.holder}: ${p.statement}`);
}
