import type { Token } from '../segment/tokens.js';
import type { OrganizationEntry } from '../lexicon/types.js';
import type { Doc } from '../document.js';
import { parseTitlePhrase, type TitlePhrase } from './titlePhrase.js';
import { parseName, plausibleName, type NameSpan } from './personName.js';
import { PHRASE_LEXICONS, givenNames, honorificHeads, particles, stopwords, titleHeads } from '../lexicon/compiled.js';

const titles = PHRASE_LEXICONS.titles;

/** A person mention before linking: a name (maybe with a title), or a title alone (a description). */
export interface RawPerson {
  name: NameSpan | null;
  title: TitlePhrase | null;
  /** Every title attached at this mention, most specific first. */
  titles: TitlePhrase[];
  /** Country and organisation stated at this mention. */
  country: string | null;
  org: OrganizationEntry | null;
  /** Role text span (normalised), when a title is attached. */
  role: { start: number; end: number } | null;
  rule: string;
}

/** Counterpart words: "نظيره الروسي" is a person of the same office from another country. */
export const COUNTERPARTS = new Set(['نظيره', 'نظيرته', 'نظيريه', 'نظرائه', 'نظيرها', 'نظيرتها', 'ونظيره', 'ونظيريه', 'بنظيره', 'بنظيرته', 'مع نظيره']);

/**
 * Find person mentions: title + name (وزير الخارجية المصري سامح شكري), name + title
 * (جيمس جيفري الممثل الخاص…), counterpart + nisba + name (نظيره الروسي سيرغي لافروف), titles alone
 * (الوزير المصري: a description for coreference), and names led by a known given name.
 */
export function findPeople(doc: Doc): RawPerson[] {
  const { tokens, norm } = doc;
  const out: RawPerson[] = [];
  const used = new Uint8Array(tokens.length);
  const mark = (from: number, to: number): void => {
    for (let k = from; k < to; k++) used[k] = 1;
  };
  let lastTitle: TitlePhrase | null = null;
  // A title right after a name (joined or after a comma) is that person's role too:
  // "الأمير عبدالعزيز بن سعود وزير الداخلية", "الشيخ عبد الله بن زايد، وزير الخارجية".
  const titleAfter = (name: NameSpan): TitlePhrase | undefined => {
    const j = name.to;
    if (j >= tokens.length || (!tokens[j].joined && !commaOnly(tokens, norm, j))) return undefined;
    // "…، ووزير الخارجية عادل الجبير": a title with a conjunction starts the next person
    if (/^[وف]/.test(tokens[j].text) && !titlesStartWith(tokens[j].text)) return undefined;
    const t = parseTitlePhrase(doc, j);
    // "استقبل X الرئيس Y": a title with a name of its own after it belongs to that name
    const next = t && t.to < tokens.length && tokens[t.to].joined ? parseName(doc, t.to) : undefined;
    if (next && next.given) return undefined;
    // "… جون ميلر الرئيس اللبناني سالم عون": a title naming its country anchors a two- or
    // three-word name of its own, though its first word (سالم) is also a common word
    if (next && (t!.country !== null || t!.org !== null) && next.words.length >= 2 && next.words.length <= 3) return undefined;
    return t;
  };
  const push = (name: NameSpan | null, titles: TitlePhrase[], rule: string, extra: Partial<RawPerson> = {}): void => {
    // the most specific title leads: an office (وزير الداخلية) before a rank or courtesy (الأمير)
    const sorted = [...titles].sort((a, b) => rank(a) - rank(b));
    const t = sorted[0] ?? null;
    // "هشام شرف، ونائبه حسين العزي": a possessive title (نائبه، مبعوثها) is of the side just named
    const prev = out[out.length - 1];
    const own = t && POSSESSIVE_TITLES.has(t.entry.id) && prev?.name && t.from - prev.name.to <= 3 ? prev : undefined;
    out.push({
      name,
      title: t,
      titles: sorted,
      country: sorted.map((x) => x.country).find((c) => c) ?? own?.country ?? null,
      org: sorted.map((x) => x.org).find((o) => o) ?? own?.org ?? null,
      role: t ? { start: t.start, end: t.end } : null,
      rule,
      ...extra,
    });
    for (const x of sorted) mark(x.from, x.to);
    if (name) mark(name.from, name.to);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    let title = parseTitlePhrase(doc, i);
    // "، وعبد العزيز جباري، وكذلك سلطان العتواني": in a list of names, a bare title that is also a
    // given name (سلطان، أمير) leads the next name
    if (title && title.to === i + 1 && inNameList(doc, i, out)) {
      // the title word is no name word to parseName: the name runs from the word after it
      const rest = parseName(doc, i + 1);
      const listed: NameSpan | undefined =
        rest && rest.from === i + 1 && rest.start === tokens[i + 1].start
          ? { ...rest, from: i, start: tokens[i].start + (/^و/.test(tokens[i].text) && !givenNames.has(tokens[i].text) ? 1 : 0), words: [tokens[i].text.replace(/^و(?=.{3})/u, ''), ...rest.words], given: true }
          : undefined;
      if (listed) {
        const more = titleAfter(listed);
        push(listed, more ? [more] : [], 'listed-name');
        i = Math.max(listed.to, more ? more.to : 0) - 1;
        continue;
      }
    }
    if (title) {
      lastTitle = title;
      // title, then (maybe after a comma) a name: "رئيس الوزراء اللبناني، سعدالدين الحريري"
      const j = title.to;
      let name = j < tokens.length ? parseName(doc, j) : undefined;
      if (name && !tokens[j].joined && !commaOnly(tokens, norm, j) && !quoteOnly(tokens, norm, j)) name = undefined;
      // "الوزير ومحمود عباس": a name after و is the next person, not the title's holder
      if (name && name.start > tokens[name.from].start) name = undefined;
      // a title that names its country or body (وزير الخارجية الروسي، مبعوث الأمم المتحدة) anchors
      // a two-word name on its own
      // "وزير الخارجية المغربي ناصر العلوي جون سميث المبعوث": a second given name starts the object
      if (name && name.words.length >= 4 && (title.country !== null || title.org !== null)) name = cutAtSecondName(name, doc);
      const anchored = (title.country !== null || title.org !== null) && !!name && name.words.length >= 2 && name.words.length <= 3;
      if (name && !anchored && !plausibleName(name, doc)) name = undefined;
      if (!name) {
        // "رئيس جهاز أمن الدولة غانم الكبيسي", "أمير منطقة المدينة المنورة": the office runs on in a
        // chain of genitive nouns before the name
        const chained = genitiveChain(doc, title);
        if (chained) {
          name = chained.name;
          title = chained.title;
        }
      }
      if (name) {
        const more = titleAfter(name);
        push(name, more ? [title, more] : [title], 'title-then-name');
        i = Math.max(name.to, more ? more.to : 0) - 1;
        continue;
      }
      // "وزير الخارجية في حكومة الانقلاب غير المعترف بها، هشام شرف،": a title qualified by a
      // prepositional phrase, then its holder set off by commas
      const apposed = qualifiedApposition(doc, title);
      if (apposed) {
        push(apposed.name, [apposed.title], 'title-then-name');
        i = apposed.name.to - 1;
        continue;
      }
      // "ولي العهد السعودي الأمير محمد بن سلمان": an office, then a rank, then the name
      const rankTitle = j < tokens.length && tokens[j].joined ? parseTitlePhrase(doc, j) : undefined;
      if (rankTitle && (BARE_RANKS.has(rankTitle.entry.id) || rankTitle.entry.id === 'ADVISER') && rankTitle.to < tokens.length && tokens[rankTitle.to].joined) {
        const n = parseName(doc, rankTitle.to);
        if (n && n.from === rankTitle.to && n.start === tokens[n.from].start && plausibleName(n, doc)) {
          const more = titleAfter(n);
          push(n, more ? [title, rankTitle, more] : [title, rankTitle], 'title-then-name');
          i = Math.max(n.to, more ? more.to : 0) - 1;
          continue;
        }
      }
      const before = nameBefore(doc, title.from, used, title.country !== null || title.org !== null);
      push(before ?? null, [title], before ? 'name-then-title' : 'title-alone');
      i = title.to - 1;
      continue;
    }
    const w = tokens[i].text;
    // "الرئيس الروسي، فلاديمير بوتين، والتركي، رجب طيب أردوغان": an elided title, its nisba alone
    const elided = lastTitle && i - lastTitle.to <= 8 && w.startsWith('وال') ? doc.lex.countryNisba.match(i) : undefined;
    if (elided && elided.pre === 'و' && elided.len === 1) {
      const j = i + 1;
      let name = j < tokens.length && (tokens[j].joined || commaOnly(tokens, norm, j)) ? parseName(doc, j) : undefined;
      if (name && !plausibleName(name, doc) && name.words.length < 2) name = undefined;
      if (name) {
        const t: TitlePhrase = { ...lastTitle!, from: i, to: j, start: elided.start, end: elided.end, country: elided.value.iso, org: null, orgSpan: null };
        out.push({ name, title: t, titles: [t], country: t.country, org: null, role: { start: t.start, end: t.end }, rule: 'elided-title' });
        mark(i, name.to);
        i = name.to - 1;
        continue;
      }
    }
    if (COUNTERPARTS.has(w)) {
      const nis = tokens[i + 1]?.joined ? doc.lex.countryNisba.match(i + 1, true) : undefined;
      const after = nis ? i + 1 + nis.len : i + 1;
      // "بنظيره السوري، وليد المعلم،"
      let name = after < tokens.length && (tokens[after].joined || commaOnly(tokens, norm, after)) ? parseName(doc, after) : undefined;
      if (name && !plausibleName(name, doc)) name = undefined;
      const country = nis ? nis.value.iso : null;
      const t = lastTitle ? { ...lastTitle, country } : null;
      out.push({ name: name ?? null, title: t, titles: t ? [t] : [], country, org: null, role: null, rule: 'counterpart' });
      mark(i, name ? name.to : after);
      i = (name ? name.to : after) - 1;
      continue;
    }
    // a name led by a known given name (2+ words: "محمود جبريل") or by an honorific ("الشيخ تميم بن حمد")
    const name = parseName(doc, i);
    if (!name || (i > 0 && used[i - 1] && tokens[i].joined)) continue;
    const honorific = name.from > i;
    if (name.words.length < 2 && !(honorific && name.given)) continue;
    if (!honorific && (!name.given || name.words[0].startsWith('ال'))) continue;
    if (honorific && !plausibleName(name, doc)) continue;
    const more = titleAfter(name);
    push(name, more ? [more] : [], honorific ? 'honorific-name' : 'given-name');
    if (honorific) mark(i, name.from);
    i = Math.max(name.to, more ? more.to : 0) - 1;
  }
  return out;
}

/**
 * Token i is a bare title word that is also a given name (سلطان، أمير), right after another
 * person's name in a list: only a comma and a joiner (و، وكذلك) between them.
 */
function inNameList(doc: Doc, i: number, out: RawPerson[]): boolean {
  const { tokens, norm } = doc;
  const w = tokens[i].text;
  const bare = /^و/.test(w) && givenNames.has(w.slice(1)) ? w.slice(1) : w;
  if (bare.startsWith('ال') || !givenNames.has(bare) || !tokens[i + 1]?.joined) return false;
  const prev = out[out.length - 1]?.name;
  if (!prev || prev.to > i || tokens[i].start - prev.end > 60) return false;
  // a parenthesis may close the name before: "وعبد العزيز جباري (جرى تعيينهم أخيرا)، وكذلك …"
  const gap = norm.slice(prev.end, tokens[i].start);
  return NAME_LIST_GAP.test(gap) && /[،,]/u.test(gap);
}

/**
 * What may stand between two names of a list: a comma or colon, a parenthesis (جرى تعيينهم
 * أخيرا), a joiner (و، وكذلك) and one honorific (، والمهندس). Shared with the list roles of
 * entities/index.ts.
 */
export const NAME_LIST_GAP = /^[\s،,:]*(?:\([^()]*\)[\s،,]*)?(?:(?:و|وكذلك|كذلك|وايضا)\s*)?(?:و?ال[\p{L}]+\s*)?$/u;

/** Titles with a pronoun for the one whose deputy or envoy the holder is (نائبه، مبعوثها). */
const POSSESSIVE_TITLES = new Set(['DEPUTY']);

/** Prepositions that open a qualifier of a title: في حكومة …، لدى الأمم المتحدة. */
const QUALIFIER_PREPOSITIONS = new Set(['في', 'لدي']);

/**
 * A title, a prepositional qualifier of up to eight words, a comma, then a name set off by
 * punctuation: "وزير الخارجية في حكومة الانقلاب الحوثية غير المعترف بها، هشام شرف،". The title
 * runs to the comma.
 */
function qualifiedApposition(doc: Doc, title: TitlePhrase): { title: TitlePhrase; name: NameSpan } | undefined {
  const { tokens, norm } = doc;
  const j = title.to;
  // the qualifier opens here, or the title phrase took its first words already (في حكومة …)
  let opened = false;
  for (let q = title.from; q < j; q++) if (QUALIFIER_PREPOSITIONS.has(tokens[q].text)) opened = true;
  if (j >= tokens.length || !tokens[j].joined || !(opened || QUALIFIER_PREPOSITIONS.has(tokens[j].text))) return undefined;
  let k = j + 1;
  while (k < tokens.length && k < j + 9 && tokens[k].joined) k++;
  if (k >= tokens.length || (k === j + 1 && !opened) || !commaOnly(tokens, norm, k)) return undefined;
  const name = parseName(doc, k);
  if (!name || name.from !== k || !(name.given || plausibleName(name, doc))) return undefined;
  if (name.to < tokens.length && tokens[name.to].joined) return undefined;
  // "… في حكومة الانقلاب الحوثية": a body named in the qualifier is the holder's
  let org = title.org;
  let orgSpan = title.orgSpan;
  for (let q = j; q < k && !org; q++) {
    const o = doc.lex.organizations.match(q);
    if (o && o.end <= tokens[k - 1].end) {
      org = o.value;
      orgSpan = { start: o.start, end: o.end };
    }
  }
  return { title: { ...title, to: k, end: tokens[k - 1].end, org, orgSpan }, name };
}

/** Ranks that say little about the office: "الأمير", "اللواء". */
const BARE_RANKS = new Set(['PRINCE', 'RANK']);

/**
 * Offices rank before royal and military offices, which rank before bare ranks: "الأمير محمد بن
 * نايف ولي العهد" has the role ولي العهد.
 */
function rank(t: TitlePhrase): number {
  if (BARE_RANKS.has(t.entry.id)) return 3;
  const k = t.entry.kind;
  return k === 'royal' || k === 'military' ? 2 : 1;
}

/** Institution nouns that head the body an office belongs to: "أمين عام حركة …", "رئيس كتلة …". */
const INSTITUTIONS = new Set(['حركه', 'حزب', 'مجلس', 'وزاره', 'هيئه', 'جهاز', 'مكتب', 'كتله', 'لجنه', 'جامعه', 'اتحاد', 'منظمه', 'تحالف', 'جبهه', 'تيار']);

/**
 * A title followed by up to four nouns of its office and then a name: the nouns join the title.
 * The nouns are common words or words with the article, none of them a function word.
 */
function genitiveChain(doc: Doc, title: TitlePhrase): { title: TitlePhrase; name: NameSpan } | undefined {
  const { tokens, norm } = doc;
  // only a bare head in the construct state (رئيس، مدير، أمير) takes the nouns after it
  if (title.to - title.from > 2 || /^(?:[وفبل]*)ال/.test(tokens[title.from].text)) return undefined;
  for (let g = 1; g <= 4 && title.to + g < tokens.length; g++) {
    const w = tokens[title.to + g - 1];
    if (!w.joined || (stopwords.has(w.text) && !w.text.startsWith('ال') && !INSTITUTIONS.has(w.text)) || givenNames.has(w.text)) return undefined;
    // "…، وصاحب السمو الأمير": a conjunction, an honorific or another title ends the office
    if (/^[وف]/.test(w.text) || honorificHeads.has(w.text) || titles.has(w.text)) return undefined;
    const at = title.to + g;
    // the nouns run on unbroken; a comma may only come before the name: "أمين عام حركة X، فلان"
    const comma = !tokens[at].joined && commaOnly(tokens, norm, at);
    if (!tokens[at].joined && !comma) return undefined;
    const name = parseName(doc, at);
    // the name must stand out from the nouns: a known given name, or a chain with بن
    if (name && name.from === at && name.start === tokens[at].start && (name.given || name.words.includes('بن')) && plausibleName(name, doc)) {
      return { name, title: { ...title, to: at, end: tokens[at - 1].end } };
    }
    if (comma) return undefined;
  }
  return undefined;
}

/**
 * A long name that holds a clear given name from its third word on, not after a particle, and is
 * followed by a title, is two names side by side: keep the first. Words and tokens align here.
 */
function cutAtSecondName(name: NameSpan, doc: Doc): NameSpan {
  const tokens = doc.tokens;
  // only where a title follows the whole run: the second name is the one it describes
  if (name.to >= tokens.length || !tokens[name.to].joined || !parseTitlePhrase(doc, name.to)) return name;
  for (let p = 2; p < name.words.length - 1; p++) {
    const w = name.words[p];
    if (!givenNames.has(w) || particles.has(name.words[p - 1])) continue;
    const to = name.from + p;
    return { ...name, to, end: tokens[to - 1].end, words: name.words.slice(0, p) };
  }
  return name;
}

/** True where only an opening quote stands between token j-1 and token j: الممثلة العليا "فلانة". */
function quoteOnly(tokens: Token[], norm: string, j: number): boolean {
  return j > 0 && tokens[j].start - tokens[j - 1].end <= 3 && /^\s*[«"“]\s*$/.test(norm.slice(tokens[j - 1].end, tokens[j].start));
}

/** Titles whose own first letter is و or ف (وزير، وكيل، فريق…): not a conjunction. */
function titlesStartWith(word: string): boolean {
  return titles.has(word) || titleHeads.has(word);
}

/** True where only a comma (Arabic or Latin) stands between token j-1 and token j. */
function commaOnly(tokens: Token[], norm: string, j: number): boolean {
  return j > 0 && tokens[j].start - tokens[j - 1].end <= 3 && /^\s*[،,]\s*$/.test(norm.slice(tokens[j - 1].end, tokens[j].start));
}

/**
 * A name standing just before a title ("جيمس جيفري الممثل الخاص", "محمود جبريل، رئيس الحكومة"):
 * accepted when it starts with a known given name, has 2+ words, and ends right before the title.
 */
function nameBefore(doc: Doc, titleFrom: number, used: Uint8Array, anchored: boolean): NameSpan | undefined {
  const { tokens, norm } = doc;
  const sep = titleFrom > 0 && (tokens[titleFrom].joined || commaOnly(tokens, norm, titleFrom));
  if (!sep) return undefined;
  for (let from = Math.max(0, titleFrom - 6); from < titleFrom - 1; from++) {
    if (used[from]) continue;
    const n = parseName(doc, from);
    // a title naming its country (وزير الخارجية السعودي) vouches for a name led by a given name
    // that is also a common word (عادل، نبيل، وليد)
    // … or, set off by punctuation before it, a foreign name of two or three words:
    // "أمس في الرياض، تيان تشي السفير الصيني"
    const setOff = anchored && from > 0 && !tokens[from].joined && !!n && n.words.length <= 3;
    const given = n && (n.given || (anchored && givenNames.has(n.words[0])) || setOff);
    if (n && n.to === titleFrom && n.from === from && given && n.words.length >= 2 && (from === 0 || !tokens[from].joined || !used[from - 1] || n.given)) return n;
  }
  return undefined;
}
