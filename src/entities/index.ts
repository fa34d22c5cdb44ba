import type { Doc } from '../document.js';
import { buildIndex, type EntityIndex } from './model.js';
import { COUNTERPARTS, NAME_LIST_GAP, findPeople, type RawPerson } from './findPeople.js';
import { noteAli } from './personName.js';
import { origText } from '../document.js';
import { linkPeople } from './link.js';
import { findBodies } from './findBodies.js';
import type { Entity, Mention } from './model.js';
import { MONARCHIES } from '../lexicon/monarchies.js';
import { lowerBound } from '../segment/search.js';

/**
 * A person whose own mentions name no country (وزير الخارجية عادل الجبير، ولي العهد) most likely
 * represents the country the article speaks of most around them: count country names, nisba forms
 * and capitals in the sentences near each of their mentions, weighted by closeness. Officials of
 * an international organisation keep no country.
 */
function inferCountries(doc: Doc, people: Entity[]): void {
  const { tokens, norm } = doc;
  const hits: { pos: number; iso: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const h = doc.lex.countryNisba.match(i, true) ?? doc.lex.countryNames.match(i) ?? doc.lex.capitals.match(i);
    // "الملف الليبي"، "الأزمة السورية": the country talked about, not one the people are of
    if (h && i > 0 && tokens[i].joined && TOPIC_NOUNS.has(tokens[i - 1].text.replace(/^[وبل]/u, ''))) {
      i += h.len - 1;
      continue;
    }
    if (h) {
      hits.push({ pos: tokens[i].start, iso: h.value.iso });
      i += h.len - 1;
    }
  }
  // hits are in text order: each mention looks at its ±300-character window by binary search, and
  // the faint weight of the rest of the article comes from whole-article counts
  const total = new Map<string, number>();
  for (const h of hits) total.set(h.iso, (total.get(h.iso) ?? 0) + 1);
  const firstAtOrAfter = (pos: number): number => lowerBound(hits, pos, (h) => h.pos);
  lineageCountries(people);
  sideCountries(doc, people);
  royalNeighbours(norm, people);
  const notOf = counterpartCountries(doc, people);
  for (const p of people) {
    if (p.country || p.organization) continue;
    const score = new Map<string, number>();
    for (const [iso, n] of total) score.set(iso, 0.2 * n * p.mentions.length);
    for (const m of p.mentions)
      for (let k = firstAtOrAfter(m.start - 299); k < hits.length && hits[k].pos < m.start + 300; k++) {
        const h = hits[k];
        const d = Math.abs(h.pos - m.start);
        score.set(h.iso, (score.get(h.iso) ?? 0) + (d < 80 ? 2.8 : 0.8));
      }
    let best: string | null = null;
    let bestScore = 0;
    for (const [iso, v] of score) if (v > bestScore && (!p.royal || MONARCHY.has(iso)) && !notOf.get(p.id)?.has(iso)) [best, bestScore] = [iso, v];
    p.country = best;
    p.countryInferred = best !== null;
  }
}

const MONARCHY = new Set(MONARCHIES);
/** Nouns for an issue, before the nisba of the country it concerns: الملف الليبي، الأزمة السورية. */
const TOPIC_NOUNS = new Set(['الملف', 'الازمه', 'القضيه', 'الشان', 'الوضع', 'الاوضاع', 'المساله', 'الصراع', 'النزاع', 'الساحه', 'التسويه', 'المصالحه', 'الاطراف', 'الفرقاء', 'الفصايل']);

/**
 * Countries each person is not of: one who meets "نظيره المصري" is not Egyptian himself. The
 * person is the last one named before the counterpart word in its sentence.
 */
function counterpartCountries(doc: Doc, people: Entity[]): Map<number, Set<string>> {
  const { tokens, norm } = doc;
  const out = new Map<number, Set<string>>();
  // (the counterpart's own mention borrows the subject's title span: not the subject)
  const mentions = people.flatMap((p) => p.mentions.filter((m) => m.rule !== 'counterpart').map((m) => ({ m, p }))).sort((a, b) => a.m.start - b.m.start);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!COUNTERPARTS.has(tokens[i].text) || !tokens[i + 1].joined) continue;
    const n = doc.lex.countryNisba.match(i + 1, true);
    if (!n || n.pre !== '') continue;
    const at = lowerBound(mentions, tokens[i].start, (x) => x.m.start) - 1;
    const before = mentions[at];
    if (!before || tokens[i].start - before.m.end > 120 || /[.!?؟\n]/u.test(norm.slice(before.m.end, tokens[i].start))) continue;
    let set = out.get(before.p.id);
    if (!set) out.set(before.p.id, (set = new Set()));
    set.add(n.value.iso);
  }
  return out;
}
/** Words that open the list of one side's members: "وحضره من الجانب السعودي …، ومن الجانب اللبناني …". */
const SIDE_WORDS = new Set(['الجانب', 'جانب', 'الوفد']);

/**
 * A person listed after "من الجانب السعودي" in the same sentence belongs to that side, until the
 * next side marker: the article says so outright, whatever else it names around them.
 */
function sideCountries(doc: Doc, people: Entity[]): void {
  const { tokens, norm } = doc;
  const markers: { pos: number; iso: string }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i].text.replace(/^[وف]?(?:من)?/, '');
    if (!SIDE_WORDS.has(w) && !SIDE_WORDS.has(tokens[i].text)) continue;
    const n = tokens[i + 1].joined ? doc.lex.countryNisba.match(i + 1, true) : undefined;
    if (n && n.pre === '') markers.push({ pos: tokens[i].start, iso: n.value.iso });
  }
  if (!markers.length) return;
  for (const p of people) {
    if (p.country || p.organization) continue;
    for (const m of p.mentions) {
      let last: { pos: number; iso: string } | undefined;
      for (const k of markers) if (k.pos < m.start) last = k;
      if (last && m.start - last.pos < 400 && !/[.!?؟\n]/.test(norm.slice(last.pos, m.start))) {
        p.country = last.iso;
        break;
      }
    }
  }
}

/**
 * Royals of one house share its country: "الأمير فهد بن عبدالله بن عبدالعزيز" is of the house of
 * "الملك سلمان بن عبدالعزيز آل سعود" when both descend from the same named ancestor (the last
 * word after بن) and the article gives the country of one of them.
 */
function lineageCountries(people: Entity[]): void {
  const ancestor = (p: Entity): string | null => {
    const w = p.words ?? [];
    const k = w.lastIndexOf('بن');
    return k >= 0 && k + 1 < w.length ? w[k + 1] : null;
  };
  const known = new Map<string, string | null>();
  for (const p of people) {
    const a = p.royal && p.country ? ancestor(p) : null;
    if (a) known.set(a, known.has(a) && known.get(a) !== p.country ? null : p.country);
  }
  for (const p of people) {
    const a = p.royal && !p.country && !p.organization ? ancestor(p) : null;
    const iso = a ? known.get(a) : null;
    if (iso) p.country = iso;
  }
}

/** Every person's name mentions (not descriptions), in text order, with their person. */
function nameMentions(people: Entity[]): { m: Mention; p: Entity }[] {
  return people.flatMap((p) => p.mentions.filter((m) => m.type === 'name').map((m) => ({ m, p }))).sort((a, b) => a.m.start - b.m.start);
}

/** Between two royals of a list: a comma or و, and honorifics (، والأمير، وصاحب السمو الملكي الأمير). */
const NEIGHBOUR_GAP = /^[\s،,]*(?:و?(?:صاحب|صاحبه|السمو|سمو|الملكي|الامير|الاميره|الشيخ|الشيخه|معالي)\s*){0,5}$/u;

/**
 * A royal whose house the article does not give stands with the royals listed beside him: "الأمير
 * فلان بن عبدالعزيز، والأمير فهد بن عبدالله بن مساعد، والأمير …" are of one house, where both
 * neighbours that have a country have the same one.
 */
function royalNeighbours(norm: string, people: Entity[]): void {
  if (!people.some((p) => p.royal && !p.country && !p.organization)) return;
  const names = nameMentions(people);
  for (let k = 0; k < names.length; k++) {
    const { m, p } = names[k];
    if (!p.royal || p.country || p.organization) continue;
    const around: string[] = [];
    const prev = names[k - 1];
    const next = names[k + 1];
    if (prev && prev.p.royal && prev.p.country && NEIGHBOUR_GAP.test(norm.slice(prev.m.end, m.start))) around.push(prev.p.country);
    if (next && next.p.royal && next.p.country && NEIGHBOUR_GAP.test(norm.slice(m.end, next.m.start))) around.push(next.p.country);
    if (around.length && around.every((c) => c === around[0])) p.country = around[0];
  }
}

/** "، أحد أعضاء الوفد" / "عضو الوفد" right after a name. */
const MEMBER_OF = /^\s*[،,]?\s*(?:احد|عضو|عضوه|احدي)\s+(?:اعضاء\s+)?(?:ال)?وفد/u;

/**
 * The head of a delegation belongs to the body the delegation comes from: "وفد من حركة حماس
 * برئاسة فلان" gives فلان the movement, where his own mentions name none.
 */
function delegationHeads(norm: string, people: Entity[], bodies: Entity[]): void {
  const bodyMentions = bodies.filter((b) => b.kind === 'organization' || b.kind === 'country').flatMap((b) => b.mentions.map((m) => ({ m, b })));
  // "النائب فلان أحد أعضاء الوفد": a member of the delegation the article named before
  const delegations = bodies.filter((b) => b.roleKind === 'delegation');
  for (const p of people) {
    if (p.organization || p.country || !delegations.length) continue;
    for (const m of p.mentions) {
      if (!MEMBER_OF.test(norm.slice(m.end, m.end + 30))) continue;
      const d = delegations.filter((b) => b.mentions.some((x) => x.start < m.start)).pop();
      if (d) {
        p.country = d.country;
        break;
      }
    }
  }
  for (const p of people) {
    if (p.organization || p.country) continue;
    for (const m of p.mentions) {
      // the words between برئاسة and the name may be a title: "برئاسة الأمين العام فلان"
      const before = norm.slice(Math.max(0, m.start - 60), m.start);
      const at = before.search(/برياسه|يتراسه|يراسه|تتراسه|تراسه/u);
      if (at < 0 || /[.،,؛:!?؟]/.test(before.slice(at))) continue;
      const cut = m.start - before.length + at;
      const body = bodyMentions.filter(({ m: x }) => x.end <= cut && cut - x.end <= 12).pop();
      if (!body) continue;
      if (body.b.kind === 'organization') p.organization = body.b.organization ?? body.b.name;
      p.country = body.b.country;
      break;
    }
  }
}

/** "رئيس المكتب السياسي للحركة": the movement or party the article has just named. */
const BODY_ANAPHOR = /(?:^|\s)(?:لل|ال|ل)(?:حركه|حزب|جماعه|تنظيم)(?=\s|$)/u;

/**
 * A person whose title refers to "the movement" or "the party" (رئيس المكتب السياسي للحركة)
 * belongs to the movement named last before that title.
 */
function movementAnaphora(norm: string, raws: RawPerson[], people: Entity[], bodies: Entity[]): void {
  const movements = bodies.filter((b) => b.orgKind === 'movement').flatMap((b) => b.mentions.map((m) => ({ at: m.start, b })));
  if (!movements.length) return;
  for (const r of raws) {
    if (!r.name || r.org) continue;
    const t = r.titles.find((x) => BODY_ANAPHOR.test(norm.slice(x.start, x.end)));
    if (!t) continue;
    const body = movements.filter((m) => m.at < t.start).sort((a, b) => b.at - a.at)[0]?.b;
    const p = body && people.find((e) => e.mentions.some((m) => m.start === r.name!.start));
    if (!p || p.organization) continue;
    p.organization = body!.organization;
    p.country = body!.country;
  }
}

/** A plural title, then "وهم": "عدد من مستشاريه، وهم …"، "نواب الرئيس وهم …" (normalised). */
const LIST_HEAD = /(?<![\p{L}])((?:ال)?(?:مستشاري|مساعدي|نواب|سفراء|ممثلي|مبعوثي)(?:ه|ها|هم)?(?:\s+ال[\p{L}]+){0,2})\s*[،,]?\s*(?:وهم|هم|وهما|وهي)(?![\p{L}])\s*[:،,]?/gu;

/**
 * People listed after a plural title take it as their role where they have none: "خلال اجتماعه
 * مع عدد من مستشاريه، وهم الدكتور فلان، والمهندس فلان …" → role "مستشاريه".
 */
function listRoles(doc: Doc, people: Entity[]): void {
  let byStart: { m: Mention; p: Entity }[] | undefined;
  LIST_HEAD.lastIndex = 0;
  for (let h = LIST_HEAD.exec(doc.norm); h; h = LIST_HEAD.exec(doc.norm)) {
    byStart ??= nameMentions(people);
    const role = origText(doc, { start: h.index, end: h.index + h[1].length });
    let end = h.index + h[0].length;
    for (const { m, p } of byStart) {
      if (m.start < end) continue;
      if (!NAME_LIST_GAP.test(doc.norm.slice(end, m.start))) break;
      if (!p.roles.length) p.roles.push(role);
      end = m.end;
    }
  }
}

/**
 * An official the article does not name stands for his body: "التقى … الأمين العام لحزب المؤتمر
 * الشعبي العام" makes the party a side. The body's mention is the body's words inside the title.
 */
function officialsOf(doc: Doc, unlinked: RawPerson[], bodies: Entity[], firstId: number): void {
  for (const r of unlinked) {
    let span = r.title?.orgSpan;
    const org = r.org ?? r.title?.org;
    if (!span || !org || org.kind === 'government') continue;
    // "الأمين العام لحزب المؤتمر الشعبي العام": the title's own "لحزب" is the body's first word
    const head = /(?<![\p{L}])ل?((?:حزب|حركه|جماعه|تيار|جبهه|منظمه)\s+)$/u.exec(doc.norm.slice(Math.max(0, span.start - 12), span.start));
    if (head) span = { start: span.start - head[1].length, end: span.end };
    let e = bodies.find((b) => b.orgId === org.id);
    if (!e) {
      const name = origText(doc, span);
      e = { id: firstId + bodies.length, kind: 'organization', name, aliases: [], roles: [], roleKind: null, country: org.country, organization: name, orgKind: org.kind, orgId: org.id, mentions: [] };
      bodies.push(e);
    }
    e.mentions.push({ start: span.start, end: span.end, entity: e.id, type: 'description', rule: 'official-of' });
    e.mentions.sort((a, b) => a.start - b.start);
  }
}

/**
 * A person's organisation as the article writes it where the article names the body too
 * ("الحوثيين" rather than the lexicon's "جماعة أنصار الله").
 */
function writtenOrganizations(people: Entity[], bodies: Entity[]): void {
  const written = new Map<string, string>();
  for (const b of bodies) if (b.orgId && b.organization) written.set(b.orgId, b.organization);
  for (const p of people) if (p.orgId && written.has(p.orgId)) p.organization = written.get(p.orgId)!;
}

/**
 * Find every person, organisation and country the article names, with their mentions linked.
 * People first (titles and names), then bodies in the text the people's mentions leave free, so
 * that "الأمين العام لجامعة الدول العربية" stays a role and not a second mention of the League.
 */
export function findEntities(doc: Doc): EntityIndex {
  noteAli(doc);
  const raws = findPeople(doc);
  const unlinked: RawPerson[] = [];
  const people = linkPeople(doc, raws, 0, unlinked);
  const covered: { start: number; end: number }[] = [];
  for (const r of raws) {
    if (r.name) covered.push(r.name);
    if (r.title) covered.push({ start: r.title.start, end: r.title.end });
  }
  const mask = new Uint8Array(doc.norm.length + 1);
  for (const c of covered) mask.fill(1, c.start, c.end);
  const taken = (pos: number): boolean => mask[pos] === 1;
  const bodies = findBodies(doc, people.length, taken);
  officialsOf(doc, unlinked, bodies, people.length);
  delegationHeads(doc.norm, people, bodies);
  movementAnaphora(doc.norm, raws, people, bodies);
  inferCountries(doc, people);
  writtenOrganizations(people, bodies);
  listRoles(doc, people);
  const titleSpans = raws.flatMap((r) => r.titles.map((t) => ({ start: t.start, end: t.end })));
  return buildIndex([...people, ...bodies], titleSpans);
}
