import type { Doc } from '../document.js';
import type { Token } from '../segment/tokens.js';
import { origText } from '../document.js';
import type { Entity } from './model.js';
import { COUNTRIES } from '../lexicon/countries.js';
import { normalizeForm } from '../normalize/index.js';

/**
 * Organisations (الأمم المتحدة، حركة حماس) and countries (مصر، المملكة المغربية) named in the
 * text, one entity each, every mention kept; the longest form as written is the name.
 */
export function findBodies(doc: Doc, firstId: number, taken: (start: number) => boolean): Entity[] {
  const tokens = doc.tokens;
  const byKey = new Map<string, Draft>();
  for (let i = 0; i < tokens.length; i++) {
    if (taken(tokens[i].start)) continue;
    const between = bodyBetween(tokens, i);
    if (between) {
      const text = origText(doc, between);
      const key = 'between:' + doc.norm.slice(between.start, between.end);
      let e = byKey.get(key);
      if (!e) {
        e = { id: firstId + byKey.size, kind: 'organization', name: text, aliases: [], roles: [], roleKind: null, country: null, organization: text, mentions: [], best: between.end - between.start };
        byKey.set(key, e);
      }
      e.mentions.push({ start: between.start, end: between.end, entity: e.id, type: 'name', rule: 'body-between' });
      i = between.to - 1;
      continue;
    }
    const d = delegation(doc, i);
    if (d) {
      addDelegation(doc, tokens, byKey, firstId, d);
      i = d.to - 1;
      continue;
    }
    const o = doc.lex.organizations.match(i);
    const named = o ? undefined : doc.lex.countryNames.match(i);
    const side = o || named ? undefined : sideOf(doc, i);
    const c = named ?? side;
    const found = o ?? c;
    if (!found) continue;
    // «الائتلاف الوطني لقوى المعارضة والثورة السورية»: a quoted name is the body's name in full
    const hit = o ? quotedWhole(doc.norm, tokens, i, found) : found;
    const key = o ? 'org:' + o.value.id : 'country:' + c!.value.iso;
    // "للولايات المتحدة": ل took the article's alef; the body's name gets it back (the mention
    // keeps the written span "لولايات المتحدة")
    const elided = found.pre.endsWith('ل') && tokens[i].text.startsWith('لل') && doc.norm.slice(hit.start, hit.start + 1) === 'ل';
    const text = (elided ? 'ا' : '') + origText(doc, hit);
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
        orgKind: o ? o.value.kind : undefined,
        orgId: o ? o.value.id : undefined,
        mentions: [],
        // "الجانب الروسي" names the country only until the article names it (روسيا)
        best: side ? 0 : hit.end - hit.start,
      };
      byKey.set(key, e);
    } else if (!side && hit.end - hit.start > e.best) {
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

type Draft = Entity & { best: number };

/**
 * Extend an organisation found at the start of a quotation to the closing quote, when the
 * quotation is short (up to eight more words) and the words inside are not another body.
 */
function quotedWhole<T extends { start: number; end: number; len: number }>(norm: string, tokens: Token[], i: number, hit: T): T {
  const open = norm[tokens[i].start - 1];
  const close = open === '«' ? '»' : open === '"' || open === '“' ? (open === '"' ? '"' : '”') : null;
  if (!close) return hit;
  const end = norm.indexOf(close, hit.end);
  if (end < 0 || end - hit.end > 80 || /[«".،,؛:\n]/.test(norm.slice(hit.end, end))) return hit;
  let len = hit.len;
  while (i + len < tokens.length && tokens[i + len].end <= end) len++;
  return { ...hit, end: tokens[i + len - 1].end, len };
}

/** Words for a delegation: وفد، الوفد، وفدا، وفود (with their clitics peeled by the caller). */
const DELEGATION = new Set(['وفد', 'الوفد', 'وفدا', 'وفود', 'الوفود']);
/** "الجانب الروسي": a country named as one side of talks. */
const SIDE = new Set(['الجانب', 'جانب', 'الحكومه', 'حكومه']);

/**
 * A delegation named by its country: "الوفد التونسي", "وفدا برلمانيا تونسيا" (up to two words
 * between, such as برلمانيا or رفيع المستوى). Returns the token range and the country.
 */
function delegation(doc: Doc, i: number): { from: number; to: number; iso: string } | undefined {
  const tokens = doc.tokens;
  const w = tokens[i].text.replace(/^[وف]?[بل]?/, '');
  if (!DELEGATION.has(tokens[i].text) && !DELEGATION.has(w)) return undefined;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    if (!tokens[k].joined) return undefined;
    const n = doc.lex.countryNisba.match(k, true) ?? doc.lex.countryNisbaBare.match(k, true);
    if (n && n.pre === '') return { from: i, to: k + n.len, iso: n.value.iso };
    // the accusative of a bare nisba: "وفدا برلمانيا أردنيا"
    const iso = BARE_NISBA.get(tokens[k].text.replace(/ا$/, ''));
    if (iso) return { from: i, to: k + 1, iso };
  }
  return undefined;
}

/** Bare masculine nisba forms (اردني، مصري) → country, for the accusative "أردنيا". */
const BARE_NISBA = new Map(
  COUNTRIES.flatMap((c) => c.nisba.map((f) => [normalizeForm(f), c.iso] as const))
    .filter(([f]) => f.startsWith('ال') && f.endsWith('ي'))
    .map(([f, iso]) => [f.slice(2), iso] as const),
);

function addDelegation(doc: Doc, tokens: Token[], byKey: Map<string, Draft>, firstId: number, d: { from: number; to: number; iso: string }): void {
  const key = 'delegation:' + d.iso;
  const span = { start: tokens[d.from].start, end: tokens[d.to - 1].end };
  const text = origText(doc, span);
  let e = byKey.get(key);
  if (!e) {
    e = { id: firstId + byKey.size, kind: 'organization', name: text, aliases: [], roles: [], roleKind: 'delegation', country: d.iso, organization: text, mentions: [], best: 0 };
    byKey.set(key, e);
  } else if (text !== e.name && !e.aliases.includes(text)) e.aliases.push(text);
  e.mentions.push({ ...span, entity: e.id, type: 'name', rule: 'delegation' });
}

/** "الجانب الروسي" as a mention of the country, for talks between sides. */
function sideOf(doc: Doc, i: number) {
  const tokens = doc.tokens;
  const w = tokens[i].text.replace(/^[وف]?[بل]?/, '');
  if (!SIDE.has(w) && !SIDE.has(tokens[i].text)) return undefined;
  if (!tokens[i + 1]?.joined) return undefined;
  const n = doc.lex.countryNisba.match(i + 1, true);
  if (!n || n.pre !== '') return undefined;
  return { ...n, start: tokens[i].end - w.length, len: n.len + 1 };
}

/** Heads of a body that no lexicon names: اللجنة المدنية، الهيئة العليا، المجلس المحلي. */
const BODY_HEADS = new Set(['اللجنه', 'الهييه', 'المجلس', 'السلطه', 'القياده', 'اللجان', 'الفعاليات', 'الوجهاء', 'الاهالي']);

/**
 * A body named as the first side of "بين … و…" that no lexicon knows: "اجتماع بين اللجنة المدنية
 * في مدينة دوما والجانب الروسي". Token i is بين; the body runs from its head to the word before
 * the و that opens the second side (up to seven words, no punctuation).
 */
function bodyBetween(tokens: Token[], i: number): { start: number; end: number; to: number } | undefined {
  if (tokens[i].text !== 'بين' || !tokens[i + 1]?.joined || !BODY_HEADS.has(tokens[i + 1].text)) return undefined;
  for (let k = i + 2; k < Math.min(tokens.length, i + 9); k++) {
    if (!tokens[k].joined) return undefined;
    if (/^و/u.test(tokens[k].text) && tokens[k].text.length > 2 && k > i + 2) return { start: tokens[i + 1].start, end: tokens[k - 1].end, to: k };
  }
  return undefined;
}
