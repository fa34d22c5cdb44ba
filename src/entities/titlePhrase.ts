import type { OrganizationEntry, TitleEntry } from '../lexicon/types.js';
import { ORGANIZATIONS } from '../lexicon/organizations.js';
import { roleQualifiers, stopwords } from '../lexicon/compiled.js';
import type { Doc } from '../document.js';

/** A title with its qualifiers as written: "وزير الخارجية المصري", "الأمين العام لجامعة الدول العربية". */
export interface TitlePhrase {
  /** First and one-past-last token. */
  from: number;
  to: number;
  /** Offsets (normalised) of the phrase without leading proclitics. */
  start: number;
  end: number;
  entry: TitleEntry;
  /** The head title words as matched (normalised), e.g. "وزير الخارجيه". */
  head: string;
  country: string | null;
  org: OrganizationEntry | null;
  /** Span of the organisation words inside the phrase, where one was named. */
  orgSpan: { start: number; end: number } | null;
}

/** Words that introduce a complement of a title: لدى لبنان، إلى سوريا، في ليبيا. */
const PREPOSITIONS = new Set(['لدي', 'الي', 'في', 'عن', 'باسم', 'لشوون']);
/** Prepositions after which a country is the destination of the office holder, not his own. */
const DESTINATION = new Set(['الي', 'لدي']);
/** Qualifiers that make a title one of the United Nations (المبعوث الأممي، المنسق الأممي). */
const UN_QUALIFIERS = new Set(['الاممي', 'الامميه']);
const UN = ORGANIZATIONS.find((o) => o.id === 'UN');
/** Words standing before a country name inside a title: وزير خارجية دولة الكويت. */
const STATE_WORDS = new Set(['دوله', 'جمهوريه', 'مملكه', 'سلطنه', 'اماره']);
/** Words for a region governed by an office: منطقة، محافظة، ولاية، إقليم. */
const REGION_HEADS = new Set(['منطقه', 'محافظه', 'ولايه', 'اقليم']);
/** An adjective after a complement: الخارجية، الملكي، الأمنية. */
const ADJECTIVE = /^ال\S{2,}(?:ي|يه|ه)$/;
/** "Custodian of the two holy mosques" names the Saudi king inside titles (سفير خادم الحرمين الشريفين). */
const CUSTODIAN = ['خادم', 'الحرمين'];

/**
 * Parse the title phrase starting at token i, if any: the title from the lexicon, then nisba
 * forms, qualifiers (الخاص، السابق), a genitive organisation or country (لجامعة الدول العربية،
 * خارجية البحرين) and prepositional complements (لدى لبنان، إلى سوريا).
 * Example: "وزير الخارجية المصري سامح شكري" → title "وزير الخارجية المصري", country EG.
 */
export function parseTitlePhrase(doc: Doc, i: number): TitlePhrase | undefined {
  const tokens = doc.tokens;
  const t = doc.lex.titles.match(i);
  if (!t || !['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب'].includes(t.pre)) return undefined;
  let country: string | null = null;
  // a UN qualifier inside the lexicon's own form (المبعوث الأممي) makes an official of the UN too
  let org: OrganizationEntry | null = tokens.slice(i + 1, i + t.len).some((x) => UN_QUALIFIERS.has(x.text)) ? UN ?? null : null;
  let orgSpan: { start: number; end: number } | null = null;
  let j = i + t.len;
  for (let steps = 0; steps < 8 && j < tokens.length && tokens[j].joined; steps++) {
    const w = tokens[j].text;
    const nisba = doc.lex.countryNisba.match(j, true);
    if (nisba) {
      country ??= nisba.value.iso;
      j += nisba.len;
      continue;
    }
    if (UN_QUALIFIERS.has(w)) {
      // "المبعوث الأممي": an official of the United Nations
      org ??= UN ?? null;
      j++;
      continue;
    }
    if (roleQualifiers.has(w)) {
      j++;
      continue;
    }
    const o = doc.lex.organizations.match(j);
    if (o && ['', 'ل', 'ب'].includes(o.pre)) {
      if (!org) {
        org = o.value;
        orgSpan = { start: o.start, end: o.end };
      }
      j += o.len;
      continue;
    }
    // "المتحدث باسم الخارجية المصرية", "الناطق باسم وزارة الخارجية": the body spoken for
    const bodyAt = w === 'باسم' && tokens[j + 1]?.joined ? j + 1 : j === i + t.len && tokens[j - 1].text === 'باسم' ? j : -1;
    if (bodyAt >= 0 && !doc.lex.countryNames.match(bodyAt)) {
      const o = doc.lex.organizations.match(bodyAt);
      if (o && o.pre === '') {
        if (!org && o.value.kind !== 'government') {
          org = o.value;
          orgSpan = { start: o.start, end: o.end };
        }
        j = bodyAt + o.len;
      } else {
        j = bodyAt + 1;
        // "باسم وزارة الخارجية": a ministry and its portfolio
        if (j < tokens.length && tokens[j].joined && /^ال/.test(tokens[j].text) && !doc.lex.countryNisba.match(j, true) && /^(?:وزار|رياس|حكوم|امان)/.test(tokens[j - 1].text)) j++;
      }
      continue;
    }
    // "مبعوثها الدائم في الجامعة العربية": a diplomat's body is where he is accredited, not his
    // own; "عضو في حركة …" belongs to it
    if ((w === 'في' || w === 'لدي') && tokens[j + 1]?.joined) {
      const o = doc.lex.organizations.match(j + 1);
      if (o && o.pre === '') {
        if (!org && t.value.kind !== 'diplomat') {
          org = o.value;
          orgSpan = { start: o.start, end: o.end };
        }
        j += 1 + o.len;
        continue;
      }
    }
    let k = j;
    if (PREPOSITIONS.has(w) && tokens[j + 1]?.joined) k = j + 1;
    if (STATE_WORDS.has(tokens[k].text.replace(/^ل/, '')) && tokens[k + 1]?.joined) k++;
    const c = doc.lex.countryNames.match(k);
    if (c && ['', 'ل'].includes(c.pre)) {
      // "إلى سوريا", "لدى لبنان" name where an envoy or ambassador is sent, not whom he represents
      // "مبعوث الأمم المتحدة لسوريا": after an envoy's body, or for an envoy whose own country is
      // already named, ل + country is where he is sent too
      const sentTo = DESTINATION.has(w) || (c.pre === 'ل' && (org !== null || (country !== null && t.value.kind === 'envoy')));
      if (!sentTo) country ??= c.value.iso;
      j = k + c.len;
      continue;
    }
    // "الممثلة العليا للسياسة الخارجية", "المستشار بالديوان الملكي": a prepositional complement
    // naming the portfolio, with its adjectives
    if (/^(?:لل|بال)\S{3,}$/.test(w) && !stopwords.has(w.slice(1)) && tokens[j + 1]) {
      j++;
      for (let a = 0; a < 2 && j < tokens.length && tokens[j].joined && ADJECTIVE.test(tokens[j].text) && !doc.lex.countryNisba.match(j, true); a++) j++;
      continue;
    }
    // "أمير منطقة المدينة المنورة", "محافظ محافظة عدن": the region an office governs
    if (REGION_HEADS.has(w) && tokens[j + 1]?.joined) {
      j += 2;
      if (j < tokens.length && tokens[j].joined && ADJECTIVE.test(tokens[j].text) && !doc.lex.countryNisba.match(j, true)) j++;
      continue;
    }
    if (w === CUSTODIAN[0] && tokens[j + 1]?.text === CUSTODIAN[1]) {
      country ??= 'SA';
      j += tokens[j + 2]?.text === 'الشريفين' ? 3 : 2;
      continue;
    }
    break;
  }
  return {
    from: i,
    to: j,
    start: t.start,
    end: tokens[j - 1].end,
    entry: t.value,
    head: tokens
      .slice(i, i + t.len)
      .map((x) => x.text)
      .join(' ')
      .slice(t.pre.length),
    country,
    org,
    orgSpan,
  };
}
