import { orig, origText, plainText, type Doc } from './document.js';
import { placeAsWritten } from './meetings/where.js';
import type { EntityIndex } from './entities/model.js';
import type { MeetingFound } from './meetings/model.js';
import type { Meeting, Participant, Position, Resolution, Summary } from './types.js';
import type { Entity } from './entities/model.js';
import { COUNTRIES } from './lexicon/countries.js';
import { normalizeForm } from './normalize/index.js';

/**
 * The name and aliases a participant is shown with: a state that the article names only through
 * its officials or a description (مسؤولين روس، الجانب المصري، نظيره الإيراني) goes by its own name
 * (روسيا), the words written kept first among its aliases. (The state is looked up in the list when
 * asked, few articles have such a side: no table is kept in memory, where a batch worker's heap is tight.)
 */
function shownName(e: Entity): { name: string; aliases: string[] } {
  if (e.kind !== 'country' || !e.country) return { name: e.name, aliases: e.aliases };
  const state = COUNTRIES.find((c) => c.iso === e.country);
  const written = normalizeForm(e.name);
  if (!state || state.names.some((n) => normalizeForm(n) === written)) return { name: e.name, aliases: e.aliases };
  const name = state.names[0];
  return { name, aliases: [e.name, ...e.aliases.filter((a) => normalizeForm(a) !== normalizeForm(name))] };
}

/**
 * Build the contract object: participants are the entities that take part in some meeting, in
 * order of first mention; every span is mapped back to the original text.
 */
export function assemble(doc: Doc, index: EntityIndex, found: MeetingFound[], positions: Position[], resolutions: Resolution[]): Summary {
  const ids = new Set<number>();
  for (const m of found) for (const p of m.participants) ids.add(p);
  const participants: Participant[] = [...ids]
    .map((id) => index.entities[id])
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
    .map((e) => {
      const first = e.mentions[0] ? orig(doc, e.mentions[0]) : { start: 0, end: 0 };
      // (the two fields set one by one, not spread: a spread made every participant a slower,
      // bigger object, which cost a batch worker in its capped heap about a fifth more CPU time)
      const shown = shownName(e);
      return {
        name: shown.name,
        aliases: shown.aliases,
        kind: e.kind,
        role: e.roles[0] ?? null,
        roles: e.roles,
        country: e.country,
        organization: e.organization,
        affiliationSource: e.country || e.organization ? e.affiliationSource ?? 'stated' : null,
        start: first.start,
        end: first.end,
        mentions: e.mentions.map((m) => orig(doc, m)),
        // the rule that found its name first, then those of its other mentions, then those that changed it
        rules: [...new Set([...e.mentions.filter((m) => m.type === 'name').map((m) => m.rule), ...e.mentions.map((m) => m.rule), ...(e.rules ?? [])])],
      };
    });
  const meetings: Meeting[] = found.map((m) => {
    const span = orig(doc, m.span);
    const place = m.location ? placeAsWritten(doc, m.location) : null;
    return {
      participants: m.participants.map((p) => shownName(index.entities[p]).name),
      host: m.host == null ? null : shownName(index.entities[m.host]).name,
      kind: m.kind,
      location: place ? place.text : null,
      date: m.date ? origText(doc, m.date) : null,
      isoDate: m.isoDate,
      cue: origText(doc, m.cue),
      start: span.start,
      end: span.end,
      locationSpan: place ? orig(doc, place.span) : null,
      dateSpan: m.date ? orig(doc, m.date) : null,
      rules: m.rules,
    };
  });
  const warnings: string[] = [];
  if (!/[\u0621-\u064A]/.test(doc.norm)) warnings.push('no Arabic text found');
  return { schemaVersion: 1, participants, meetings, positions, resolutions, warnings };
}
