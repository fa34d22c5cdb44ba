import type { Token } from '../segment/tokens.js';
import type { OrganizationEntry } from '../lexicon/types.js';
import { parseTitlePhrase, type TitlePhrase } from './titlePhrase.js';
import { parseName, type NameSpan } from './personName.js';
import { countryNisba } from './lexicons.js';

/** A person mention before linking: a name (maybe with a title), or a title alone (a description). */
export interface RawPerson {
  name: NameSpan | null;
  title: TitlePhrase | null;
  /** Country and organisation stated at this mention. */
  country: string | null;
  org: OrganizationEntry | null;
  /** Role text span (normalised), when a title is attached. */
  role: { start: number; end: number } | null;
  rule: string;
}

/** Counterpart words: "نظيره الروسي" is a person of the same office from another country. */
const COUNTERPARTS = new Set(['نظيره', 'نظيرته', 'نظيريه', 'نظرائه', 'نظيرها', 'نظيرتها', 'ونظيره', 'ونظيريه', 'بنظيره', 'بنظيرته', 'مع نظيره']);

/**
 * Find person mentions: title + name (وزير الخارجية المصري سامح شكري), name + title
 * (جيمس جيفري الممثل الخاص…), counterpart + nisba + name (نظيره الروسي سيرغي لافروف), titles alone
 * (الوزير المصري: a description for coreference), and names led by a known given name.
 */
export function findPeople(tokens: Token[], norm: string): RawPerson[] {
  const out: RawPerson[] = [];
  const used = new Uint8Array(tokens.length);
  const mark = (from: number, to: number): void => {
    for (let k = from; k < to; k++) used[k] = 1;
  };
  let lastTitle: TitlePhrase | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const title = parseTitlePhrase(tokens, i);
    if (title) {
      lastTitle = title;
      // title, then (maybe after a comma) a name: "رئيس الوزراء اللبناني، سعدالدين الحريري"
      let j = title.to;
      let name = j < tokens.length ? parseName(tokens, j) : undefined;
      if (name && !tokens[j].joined && !commaOnly(tokens, norm, j)) name = undefined;
      if (name && name.words.length === 1 && !name.given && name.words[0].startsWith('ال')) name = undefined;
      if (!name) name = nameBefore(tokens, norm, title.from, used);
      const rule = name ? (name.from >= title.to ? 'title-then-name' : 'name-then-title') : 'title-alone';
      out.push({ name: name ?? null, title, country: title.country, org: title.org, role: { start: title.start, end: title.end }, rule });
      mark(title.from, title.to);
      if (name) mark(name.from, name.to);
      i = Math.max(title.to, name && name.from >= title.to ? name.to : 0) - 1;
      continue;
    }
    const w = tokens[i].text;
    if (COUNTERPARTS.has(w)) {
      const nis = tokens[i + 1]?.joined ? countryNisba.match(tokens, i + 1, true) : undefined;
      const after = nis ? i + 1 + nis.len : i + 1;
      const name = after < tokens.length && tokens[after].joined ? parseName(tokens, after) : undefined;
      const country = nis ? nis.value.iso : null;
      out.push({ name: name ?? null, title: lastTitle ? { ...lastTitle, country } : null, country, org: null, role: null, rule: 'counterpart' });
      mark(i, name ? name.to : after);
      i = (name ? name.to : after) - 1;
      continue;
    }
    // a name led by a known given name, with at least two words: "محمود جبريل"
    const name = parseName(tokens, i);
    if (name && name.from === i && name.given && name.words.length >= 2 && (i === 0 || !used[i - 1] || !tokens[i].joined)) {
      out.push({ name, title: null, country: null, org: null, role: null, rule: 'given-name' });
      mark(name.from, name.to);
      i = name.to - 1;
    } else if (name && name.from > i && name.words.length >= 1) {
      // honorific + name: "الشيخ تميم بن حمد"
      out.push({ name, title: null, country: null, org: null, role: null, rule: 'honorific-name' });
      mark(i, name.to);
      i = name.to - 1;
    }
  }
  return out;
}

/** True where only a comma (Arabic or Latin) stands between token j-1 and token j. */
function commaOnly(tokens: Token[], norm: string, j: number): boolean {
  return j > 0 && tokens[j].start - tokens[j - 1].end <= 3 && /^\s*[،,]\s*$/.test(norm.slice(tokens[j - 1].end, tokens[j].start));
}

/**
 * A name standing just before a title ("جيمس جيفري الممثل الخاص", "محمود جبريل، رئيس الحكومة"):
 * accepted when it starts with a known given name, has 2+ words, and ends right before the title.
 */
function nameBefore(tokens: Token[], norm: string, titleFrom: number, used: Uint8Array): NameSpan | undefined {
  const sep = titleFrom > 0 && (tokens[titleFrom].joined || commaOnly(tokens, norm, titleFrom));
  if (!sep) return undefined;
  for (let from = Math.max(0, titleFrom - 6); from < titleFrom - 1; from++) {
    if (used[from]) continue;
    const n = parseName(tokens, from);
    if (n && n.to === titleFrom && n.from === from && n.given && n.words.length >= 2 && (from === 0 || !tokens[from].joined || !used[from - 1])) return n;
  }
  return undefined;
}
