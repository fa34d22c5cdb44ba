import type { Entity, UnnamedOfficial } from './model.js';
import type { EntityState } from './state.js';
import { findActor, type ActorOffice } from '../lexicon/actors/index.js';

/**
 * Offices whose holder, left unnamed, stands for his state (heads of state and government, foreign
 * and defence ministers): the title lexicon's id, with the known-actor lexicon's office.
 */
const STATE_OFFICES: ReadonlyMap<string, ActorOffice> = new Map<string, ActorOffice>([
  ['PRESIDENT', 'HEAD_OF_STATE'], ['KING', 'HEAD_OF_STATE'], ['EMIR', 'HEAD_OF_STATE'], ['SULTAN', 'HEAD_OF_STATE'],
  ['VICE_PRESIDENT', 'VICE_PRESIDENT'], ['CROWN_PRINCE', 'CROWN_PRINCE'], ['PRIME_MINISTER', 'HEAD_OF_GOVERNMENT'],
  ['CHANCELLOR', 'HEAD_OF_GOVERNMENT'], ['FOREIGN_MINISTER', 'FOREIGN_MINISTER'], ['DEFENCE_MINISTER', 'DEFENCE_MINISTER'],
]);

/** A former holder (السابق، الأسبق) stands for no state (normalised). */
const FORMER = /(?:^|\s)(?:ال)?(?:سابق|اسبق)(?:ه)?(?:\s|$)/u;
/** A deputy or an assistant (نائب وزير الخارجية، مساعدة وزير الدفاع، وكيل) is not the office's holder (normalised). */
const DEPUTY = /^(?:نايب|نايبه|مساعد|مساعده|وكيل|وكيله)\s/u;

/**
 * The unnamed state officials of an article ("رئيس الوزراء الكندي"): titles with a state of their
 * own, no organisation and no name, that no person took. Not a title in a chain ("نائب الرئيس
 * اليمني رئيس الوزراء فلان", "رئيس الوزراء الصيني، فلان": the name after it is his), nor a former
 * holder (السابق) or a deputy's title (نائب وزير الخارجية), nor an office a named person of that
 * state, or of no state stated, holds in the article ("رئيس الحكومة فلان" … "رئيس الوزراء
 * الأردني": the title is his, linked or not) or held in the article's year by the known-actor
 * lexicon. In text order.
 */
export function unnamedOfficials(es: EntityState): UnnamedOfficial[] {
  const { doc } = es;
  const candidates = es.unlinked.filter((r) => r.title && !r.name && (r.country ?? r.title.country) && !r.title.org && STATE_OFFICES.has(r.title.entry.id));
  if (!candidates.length) return [];
  // where each title or name found starts, back over the spaces before it
  const chained = new Set<number>();
  for (const r of es.raws) {
    const start = r.title?.start ?? r.name?.start;
    if (start === undefined) continue;
    // (and over one comma: "رئيس الوزراء الصيني، فلان" names him in apposition)
    let k = start;
    while (k > 0 && /\s/u.test(doc.norm[k - 1])) k--;
    chained.add(k);
    if (k > 0 && /[،,]/u.test(doc.norm[k - 1])) {
      k--;
      while (k > 0 && /\s/u.test(doc.norm[k - 1])) k--;
      chained.add(k);
    }
  }
  // the countries of the people each office is given to, by any mention of theirs that bears the title
  const byStart = new Map<number, Entity>();
  for (const p of es.people) for (const m of p.mentions) byStart.set(m.start, p);
  const holders = new Map<string, (string | null)[]>();
  for (const r of es.raws) {
    const at = r.name?.start ?? r.title?.start;
    const p = at === undefined ? undefined : byStart.get(at);
    if (!p) continue;
    for (const t of r.titles) {
      const list = holders.get(t.entry.id);
      if (list) list.push(p.country);
      else holders.set(t.entry.id, [p.country]);
    }
  }
  // the offices the known-actor lexicon gives the article's people in its year, by state
  const known = new Set<string>();
  for (const p of es.people) {
    if (!p.words?.length) continue;
    for (const h of findActor(p.words, es.year)?.offices ?? []) if (h.country) known.add(`${h.term.office} ${h.country}`);
  }
  const out: UnnamedOfficial[] = [];
  for (const r of candidates) {
    const t = r.title!;
    // the phrase as written at the mention (a counterpart's "نظيره الإيطالي", not the title it borrows)
    const span = r.role ?? t;
    const country = (r.country ?? t.country)!;
    const text = doc.norm.slice(span.start, span.end);
    if (chained.has(span.end) || FORMER.test(text) || (t.entry.id !== 'VICE_PRESIDENT' && DEPUTY.test(text))) continue;
    if (holders.get(t.entry.id)?.some((c) => c === null || c === country) || known.has(`${STATE_OFFICES.get(t.entry.id)} ${country}`)) continue;
    out.push({ start: span.start, end: span.end, country });
  }
  return out.sort((a, b) => a.start - b.start);
}
