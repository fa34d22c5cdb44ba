import type { Doc } from '../document.js';
import type { Token } from '../segment/tokens.js';
import { origText } from '../document.js';
import type { Entity } from './model.js';
import { countryNames, organizations } from './lexicons.js';

/**
 * Organisations (الأمم المتحدة، حركة حماس) and countries (مصر، المملكة المغربية) named in the
 * text, one entity each, every mention kept; the longest form as written is the name.
 */
export function findBodies(doc: Doc, tokens: Token[], firstId: number, taken: (start: number) => boolean): Entity[] {
  const byKey = new Map<string, Entity & { best: number }>();
  for (let i = 0; i < tokens.length; i++) {
    if (taken(tokens[i].start)) continue;
    const o = organizations.match(tokens, i);
    const c = o ? undefined : countryNames.match(tokens, i);
    const hit = o ?? c;
    if (!hit) continue;
    const key = o ? 'org:' + o.value.id : 'country:' + c!.value.iso;
    const text = origText(doc, hit);
    let e = byKey.get(key);
    if (!e) {
      e = {
        id: firstId + byKey.size,
        kind: o ? 'organization' : 'country',
        name: text,
        aliases: [],
        roles: [],
        roleKind: null,
        country: o ? o.value.country : c!.value.iso,
        organization: o ? text : null,
        mentions: [],
        best: hit.end - hit.start,
      };
      byKey.set(key, e);
    } else if (hit.end - hit.start > e.best) {
      e.aliases.push(e.name);
      e.name = text;
      if (o) e.organization = text;
      e.best = hit.end - hit.start;
    } else if (text !== e.name && !e.aliases.includes(text)) e.aliases.push(text);
    e.mentions.push({ start: hit.start, end: hit.end, entity: e.id, type: 'name', rule: o ? 'organization-lexicon' : 'country-lexicon' });
    i += hit.len - 1;
  }
  return [...byKey.values()].map(({ best: _best, ...e }) => e);
}
