import { normalizeForm } from '../../normalize/index.js';
import { WordSet } from '../../lexicon/phrases.js';
import { commonWords, givenNames, stopwords } from '../../lexicon/compiled.js';
import { remember } from '../../document.js';
import { BODY_HEADS_WITH_B_OR_L, HONORIFIC_PRONOUNS, HONORIFIC_RANKS, NOT_A_HOLDER_START } from '../../lexicon/positionWords.js';
import { cueOf } from '../../lexicon/cueForms.js';
import { mark } from '../../rules.js';
import type { PositionRule, StatedCue } from '../model.js';
import type { Entity, Mention } from '../../entities/model.js';
import { NUMBER } from '../../lexicon/wordChars.js';
import { isOneWordCapital, isSeatOfWords } from '../subject.js';

/** A word of digits only. */
const NUMBER_WORD = new RegExp(`^${NUMBER}+$`, 'u');

const NOT_A_START = new WordSet(() => NOT_A_HOLDER_START);
const HONORIFIC = new WordSet(() => HONORIFIC_PRONOUNS);
/** How far back (normalised characters) the dignitary an honorific pronoun means may be named. */
const HONORIFIC_REACH = 2000;

/**
 * A holder read as a phrase must be a name, a body or a group: not a particle, preposition,
 * pronoun, quantifier, adverb or verb (لكن غيغو → غيغو; "قال على الفور" names no one; "وأضاف
 * قائلا" is no holder). A leading particle is dropped where a name follows it; an honorific
 * pronoun (سموه، معاليه) is the person spoken of last; what is left that names no one drops the
 * position: no answer is better than a particle as holder.
 */
export const holderIsAName: PositionRule = {
  id: 'holder-is-a-name',
  stage: 'positions',
  summary: 'a holder phrase that opens with a particle, preposition, pronoun, adverb or verb names no one (an honorific pronoun is the dignitary just named)',
  example: 'واستقبل الأمير فيصل بن علي الوفد. وأكد سموه أن بلاده تدعم المبادرة. وقال على الفور إن المبادرة ستنجح.',
  statement(st) {
    const { holder } = st;
    // (a speaker continued through a reporting noun is tested for naming no one too)
    if (holder.how === 'reporter' && namesNoOne(holder.name.split(/\s+/).filter(Boolean).map((w) => normalizeForm(w)))) return unnamedSpeaker(st);
    if (holder.how !== 'phrase' && holder.how !== 'title' && holder.how !== 'before') return 'next';
    // (a title resolved to a person, or a phrase that is an entity's name, is a name: ألان is no الآن)
    const names = entityNames(st);
    if (names.all.has(holder.name)) return 'next';
    // "باراك أوباما زيارته": a person's name that opens the phrase is the holder, the rest ran on
    const named = personOpening(names, holder.name);
    if (named) {
      st.holder = { ...holder, name: named.name };
      mark(st.trail, this.id);
      return 'next';
    }
    const words = holder.name.split(/\s+/).filter(Boolean);
    const norms = words.map((w) => normalizeForm(w).replace(/ـ/g, ''));
    if (HONORIFIC.has(norms[0])) return honorificHolder(st, norms[0], this.id);
    // "وقالت بيونغ يانغ إنها …": a seat of government of two words is its state's voice (يانغ is no verb)
    if (isSeatOfWords(norms)) return 'next';
    // "تنكيس الأعلام"، "إجراء تحقيق"، "تأكيد": a verbal noun opens what is done, not who holds a view
    if (holder.how === 'phrase' && verbalNoun(words[0], norms[0])) return 'stop';
    // "لندن بحجب معلومات": a capital is a holder of one word (or two joined by و: باريس وواشنطن)
    if (norms.length > 1 && isOneWordCapital(norms[0]) && !norms[1].startsWith('و')) return cutAt(st, words, 1, this.id);
    if (namesNoOne(norms)) return unnamedSpeaker(st);
    // "بوث يقول"، "مصادر تركية، فقد يكون": a verb or a comma inside ends the holder's name there
    const cut = norms.findIndex((w, j) => j > 0 && (isVerbOrParticiple(w) || BE.has(w.replace(/^[وف]/u, '')) || /[،,]$/u.test(words[j - 1])));
    if (cut > 0) return cutAt(st, words, cut, this.id);
    // "مصدر يمني لرويترز"، "العواملة لـ الشرق الأوسط": the outlet spoken to is no part of the holder
    const told = norms.findIndex((w, j) => j > 0 && (w === 'ل' || w.startsWith('لـ') || TOLD_OUTLET.has(w)));
    if (told > 0) return cutAt(st, words, told, this.id);
    // "مصادر مطلعة لـ«الشرق الأوسط»": a preposition that ends the holder opens whom it spoke to
    let end = norms.length;
    while (end > 1 && TRAILING.has(norms[end - 1])) end--;
    if (end < norms.length) return cutAt(st, words, end, this.id);
    let k = 0;
    while (k < norms.length && notAName(norms[k])) k++;
    // (a capital that opens with ل or ب, لندن، بغداد، is its state's voice, not a preposition's object)
    // (nor a word of one piece the article writes again and again: "وقال بلاتر"، "ويأمل بلاتر")
    if (k === 0) return prepositionFirst(norms[0]) && !isOneWordCapital(norms[0]) && !recurringName(st, norms) ? nameAtEnd(st, words, norms, this.id) : 'next';
    // "لكن فلان": the particle goes, the name stays; a preposition or a verb first means no subject was read
    const rest = words.slice(k);
    if (!rest.length || !LEAD_PARTICLES.has(norms[0]) || NOT_A_START.has(normalizeForm(rest[0]))) return 'stop';
    st.holder = { ...holder, name: rest.join(' ') };
    mark(st.trail, this.id);
    return 'next';
  },
};

/**
 * A holder's words (normalised) that name no one: his kin, supporters or critics (وقال أنصاره، ويرى
 * منتقدوه، وأكد والده), or a group told by a relative clause (المتظاهرون الذين جابوا الشوارع).
 */
function namesNoOne(norms: string[]): boolean {
  return norms.length > 0 && (RELATION.test(norms[0]) || norms.some((w, j) => j > 0 && RELATIVE_PRONOUNS.has(w)));
}

/**
 * Drop a position whose holder names no one, and make that holder the current speaker all the same,
 * so that "وأضافوا"، "مطالبين" after "وقال أنصاره" go with it (and are dropped too) rather than to the
 * person named before.
 */
function unnamedSpeaker(st: StatedCue): 'stop' {
  st.a.last = { holder: st.holder, at: st.cueStart, sentence: st.si, span: st.stmt };
  return 'stop';
}

/** The entities' names, read once per article (not again for each statement). */
interface EntityNames {
  /** Every entity's name. */
  all: ReadonlySet<string>;
  /** The names of persons of two words or more, each with the first entity of the list that bears it and its place there. */
  persons: ReadonlyMap<string, { e: Entity; k: number }>;
  /** Their first words. */
  firstWords: ReadonlySet<string>;
}

/** The article's entity names (EntityNames), read once per document. */
function entityNames(st: StatedCue): EntityNames {
  return remember(st.doc, 'holder-is-a-name.names', () => {
    const all = new Set<string>();
    const persons = new Map<string, { e: Entity; k: number }>();
    const firstWords = new Set<string>();
    const entities = st.a.entities.entities;
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k];
      all.add(e.name);
      const space = e.name.indexOf(' ');
      if (e.kind !== 'person' || space < 0) continue;
      if (!persons.has(e.name)) persons.set(e.name, { e, k });
      firstWords.add(e.name.slice(0, space));
    }
    return { all, persons, firstWords };
  });
}

/**
 * The first entity of the list, a person whose name of two words or more opens `phrase` and is
 * followed there by a space, as a scan of the list would find it: each prefix of the phrase that
 * ends before a space is looked up, and the one whose entity comes first wins.
 */
function personOpening(names: EntityNames, phrase: string): Entity | undefined {
  const space = phrase.indexOf(' ');
  if (space < 0 || !names.firstWords.has(phrase.slice(0, space))) return undefined;
  let best: { e: Entity; k: number } | undefined;
  for (let at = phrase.indexOf(' ', space + 1); at >= 0; at = phrase.indexOf(' ', at + 1)) {
    const found = names.persons.get(phrase.slice(0, at));
    if (found && (!best || found.k < best.k)) best = found;
  }
  return best?.e;
}

/** Prepositions and particles that never end a holder's name (normalised, tatweel dropped): لـ، من، عن، ثم، أو. */
const TRAILING = new WordSet(() => ['ل', 'لـ', 'ب', 'بـ', 'من', 'عن', 'مع', 'الى', 'إلى', 'على', 'في', 'ثم', 'أو', 'إذ', 'تم']);

/** ل + the first word of a news outlet a source speaks to (لرويترز، لبي بي سي، لفرانس برس). */
const TOLD_OUTLET_WORDS: readonly string[] = ['لرويترز', 'لبي', 'لفرانس', 'لأسوشيتد', 'لاسوشيتد', 'للأناضول', 'لسبوتنيك', 'للجزيرة', 'للعربية', 'لسكاي', 'لسي'];
const TOLD_OUTLET = new WordSet(() => TOLD_OUTLET_WORDS);
/** The longer of them as prefixes of a word run together (لفرانس24), normalised; the short ones (لبي، لسي) start names too. */
const TOLD_OUTLET_PREFIXES: readonly string[] = TOLD_OUTLET_WORDS.filter((w) => w.length >= 5).map(normalizeForm);

/**
 * Kin, supporters, critics and aides with the pronoun of the one they belong to (normalised): أولاده،
 * والده، زوجها، أنصاره، منتقدوه، خصومه، محاميه، مساعدوه، عائلته (a feminine noun's ة is ت before the
 * pronoun; not نظيره: a counterpart is one person).
 */
const RELATION = new RegExp(`^[وف]?(?:${['أولاد', 'أبناء', 'ابن', 'ابنة', 'والد', 'والدة', 'أخ', 'أخو', 'أخي', 'أخت', 'شقيق', 'شقيقة', 'زوج', 'زوجة', 'أنصار', 'مؤيد', 'مؤيدو', 'مؤيدي', 'منتقدو', 'منتقدي', 'خصوم', 'معارضو', 'معارضي', 'مساعدو', 'مساعدي', 'محامي', 'رفاق', 'زملاء', 'عائلة', 'أسرة', 'أقارب', 'جمهور', 'مقربو', 'مقربي', 'أصدقاء', 'صديق', 'صديقة', 'حلفاء', 'حليف'].map((w) => normalizeForm(w).replace(/ه$/u, 'ت')).join('|')})(?:ه|ها|هم|هما)$`, 'u');
/** Relative pronouns (normalised): الذي، التي، الذين، اللذين، اللتين، اللواتي، اللاتي. */
const RELATIVE_PRONOUNS = new WordSet(() => ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي']);
/** كان and its forms, which never stand in a name. */
const BE = new WordSet(() => ['كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'يكونوا', 'كنا', 'كنت']);

/** The holder cut before word `cut` (its trailing comma dropped), if what is left still opens a name; else no position. */
function cutAt(st: StatedCue, words: string[], cut: number, id: string): 'next' | 'stop' {
  const rest = words.slice(0, cut);
  rest[rest.length - 1] = rest[rest.length - 1].replace(/[،,]$/u, '');
  const first = normalizeForm(rest[0]);
  if (notAName(first) || prepositionFirst(first)) return 'stop';
  st.holder = { ...st.holder, name: rest.join(' ') };
  mark(st.trail, id);
  return 'next';
}

/** A word that opens no name: a listed one (with or without its و/ف), a verb or participle of reporting, a number, a letter. */
function notAName(w: string): boolean {
  const bare = /^[وف]\S{2,}$/u.test(w) ? w.slice(1) : w;
  return NOT_A_START.has(w) || NOT_A_START.has(bare) || isVerbOrParticiple(w) || NUMBER_WORD.test(w) || w.length === 1;
}

const B_OR_L_BODY_HEADS = new WordSet(() => BODY_HEADS_WITH_B_OR_L);

/**
 * A preposition fused to a noun (بوزارة، لمجلس، بصحة): what it opens is a complement, not a
 * subject. Not a given name that opens so (بوريس، بشار، باراك، لطفي).
 */
function prepositionFirst(w: string): boolean {
  if (givenNames.has(w) || givenNames.has(w.replace(/^[وف]/u, ''))) return false;
  if (B_OR_L_BODY_HEADS.has(w.replace(/^[وف](?=[بل])/u, ''))) return false;
  return /^[وف]?[بل](?!ال)\S{3,}$/u.test(w) && !/^(?:بن|بنت|بو)$/u.test(w) || /^[وف]?لل\S{2,}$/u.test(w);
}

/**
 * "وقال بلاتر"، "ويأمل بلاتر": a holder of one word that opens with ب or ل but is no preposition and
 * its object: the article writes it three times or more as a word of its own, and without ب or ل
 * it is no common word.
 */
function recurringName(st: StatedCue, norms: string[]): boolean {
  if (norms.length !== 1 || norms[0].length < 5) return false;
  const w = norms[0];
  const rest = w.replace(/^[وف]?[بل]/u, '');
  if (commonWords.has(rest) || stopwords.has(rest) || givenNames.has(rest) || /[0-9]/u.test(w) || TOLD_OUTLET.has(w) || TOLD_OUTLET_PREFIXES.some((o) => w.startsWith(o))) return false;
  const counts = remember(st.doc, 'holder-is-a-name.words', () => {
    const m = new Map<string, number>();
    for (const t of st.doc.tokens) m.set(t.text, (m.get(t.text) ?? 0) + 1);
    return m;
  });
  return (counts.get(w) ?? 0) >= 3;
}

/**
 * "الناطق الإعلامي بصحة عسير سعيد النقير": a subject read from a complement of a title whose head
 * was not seen; the person named at its end (two or three words led by a given name) is the holder.
 */
function nameAtEnd(st: StatedCue, words: string[], norms: string[], id: string): 'next' | 'stop' {
  for (let k = Math.max(1, norms.length - 3); k <= norms.length - 2; k++) {
    if (!givenNames.has(norms[k])) continue;
    st.holder = { ...st.holder, name: words.slice(k).join(' ') };
    mark(st.trail, id);
    return 'next';
  }
  return 'stop';
}

/** Particles that may stand before a holder's name without making it no name: لكن فلان، أما فلان. */
const LEAD_PARTICLES = new Set(['لكن', 'ولكن', 'اما', 'واما', 'فاما', 'ثم', 'كما', 'بينما', 'فيما'].map(normalizeForm));

/** A reporting cue form in verb or participle (قائلا، مضيفا، يقول) is no holder's name. */
function isVerbOrParticiple(w: string): boolean {
  const f = cueOf(w) ?? (/^[وف]/u.test(w) ? cueOf(w.slice(1)) : undefined);
  return f !== undefined && f.kind !== 'noun';
}

/** "وأكد سموه": the person named last before the cue, within reach; else no position. */
function honorificHolder(st: StatedCue, pronoun: string, id: string): 'next' | 'stop' {
  const p = st.a.entities.lastPersonBefore(st.cueStart);
  if (!p || st.cueStart - p.end > HONORIFIC_REACH) return 'stop';
  const person = rankedPerson(st, pronoun, p) ?? p.entity;
  st.holder = { ...st.holder, name: st.a.entities.entities[person].name, how: 'entity' };
  mark(st.trail, id);
  return 'next';
}

/** How many persons back an honorific pronoun may pass over the last one to reach a person of its rank. */
const RANK_LOOKBACK = 6;

/**
 * Where the person spoken of last is not of the pronoun's rank (HONORIFIC_RANKS: "جلالته" after a
 * king and then a president), the nearest person before him who is, within reach: one addressed
 * with the rank's form (جلالة الملك فلان) or holding one of its titles. Undefined where the last
 * one is of the rank, none is, or the pronoun has no rank.
 */
function rankedPerson(st: StatedCue, pronoun: string, last: Mention): number | undefined {
  const rank = RANKS.get(pronoun);
  if (!rank) return undefined;
  const { entities } = st.a.entities;
  if (ofRank(st, entities[last.entity], rank)) return undefined;
  const seen = new Set<number>([last.entity]);
  for (let m = st.a.entities.lastPersonBefore(last.start - 1); m && st.cueStart - m.end <= HONORIFIC_REACH && seen.size <= RANK_LOOKBACK; m = st.a.entities.lastPersonBefore(m.start - 1)) {
    if (seen.has(m.entity)) continue;
    seen.add(m.entity);
    if (ofRank(st, entities[m.entity], rank)) return m.entity;
  }
  return undefined;
}

/** A rank of HONORIFIC_RANKS with its forms normalised. */
interface Rank {
  /** Its forms of address, then up to six words (a title, an honorific), at the end of the text before a mention. */
  address: RegExp;
  titles: readonly string[];
}

/** Each honorific pronoun's rank, normalised. */
const RANKS: ReadonlyMap<string, Rank> = new Map(HONORIFIC_RANKS.flatMap((r) => {
  const address = new RegExp(`(?:^|[\\sو])(?:${r.address.map(normalizeForm).join('|')})(?:\\s+[^\\s،,.:؛]+){0,6}\\s*$`, 'u');
  const rank: Rank = { address, titles: r.titles.map(normalizeForm) };
  return r.pronouns.map((w) => [normalizeForm(w), rank] as const);
}));

/** Whether a person is of a rank: one of his titles opens with one of its title words, or a mention of his follows one of its forms of address with no other person between. */
function ofRank(st: StatedCue, e: Entity, rank: Rank): boolean {
  if (e.kind !== 'person') return false;
  for (const role of e.roles) {
    const r = normalizeForm(role);
    if (rank.titles.some((t) => r === t || r.startsWith(t + ' '))) return true;
  }
  const norm = st.doc.norm;
  for (const m of e.mentions) {
    // (a name written with a preposition, "بفلان", is spoken to, not addressed)
    if (m.start === 0 || !/\s/u.test(norm[m.start - 1])) continue;
    const from = Math.max(0, m.start - 80);
    const a = rank.address.exec(norm.slice(from, m.start));
    // (only title words between: "سعادة السفير فلان الوزير علان" does not address علان)
    if (!a) continue;
    const between = st.a.entities.firstPersonIn(from + a.index, m.start);
    if (!between || between.entity === m.entity) return true;
  }
  return false;
}

/**
 * A verbal noun of the forms تفعيل (تأكيد، تسليم، تطوير) and إفعال written with its hamza below
 * (إجراء، إغلاق، إصدار; not the plural أفعال: أعضاء، أنصار), with or without و: no given name
 * (توفيق، تيسير، إيهاب، إلياس) and no head of a body (تنظيم، اتحاد). `word` as written, `norm` normalised.
 */
function verbalNoun(word: string, norm: string): boolean {
  const written = word.replace(/^[وف](?=\S{4,})/u, '');
  const bare = /^[وف]\S{4,}$/u.test(norm) ? norm.slice(1) : norm;
  const taf = /^ت\S{2}ي\S$/u.test(bare);
  // (إي… is mostly a foreign given name: إيوان، إيثان، إيهاب)
  const ifal = written.startsWith('إ') && !written.startsWith('إي') && /^ا(?:\S{2}ا\S|\S{3}اء)$/u.test(bare);
  return (taf || ifal) && !givenNames.has(bare) && !BODY_HEADS.has(bare);
}

/** Heads of bodies shaped like verbal nouns (normalised): تنظيم داعش، تيار، تحالف، إعلام. */
const BODY_HEADS: ReadonlySet<string> = new Set(['تنظيم', 'تجمع', 'تيار', 'تحالف', 'اعلام']);
