import { givenNames, indefiniteNisbas, particles } from '../../lexicon/compiled.js';
import { surnameFirstWords } from '../../lexicon/actors/index.js';
import { remember, type Doc } from '../../document.js';
import { ambiguousGivenAfterTitle, parseName, type NameSpan } from '../personName.js';
import { parseTitlePhrase } from '../titlePhrase.js';
import { isDualTitle } from '../../lexicon/dualTitles.js';
import { commaOnly, pushNameWithTitleAfter, quoteOnly, type PeopleState, type PersonParser } from '../people.js';

/**
 * A title, then (maybe after a comma or an opening quote) its holder's name: "رئيس الوزراء
 * الأردني، سامر الحديدي". A title that names its country or body (وزير الخارجية الروسي، مبعوث الأمم
 * المتحدة) anchors a two- or three-word name on its own; otherwise the name must be plausible.
 */
export const titleThenName: PersonParser = {
  id: 'title-then-name',
  stage: 'entities',
  titled: true,
  summary: 'a title followed by its holder\'s name (وزير الخارجية الأردني سامر الحديدي)',
  example: 'التقى وزير الخارجية الأردني سامر الحديدي نظيره التونسي كمال الغربي.',
  parse(st, _i, title) {
    // a title of two or more (الرئيسان، وزراء الخارجية) names one of them only through his nisba (الرئيسان المصري فلان)
    if (isDualTitle(title!.head) && title!.country === null) return undefined;
    // "رئيس حزب «القوات» سمير جعجع": a title ending in a quoted body is followed by its closing quote
    const quoted = title!.orgSpan !== null && title!.to > 0 && title!.orgSpan.end > st.tokens[title!.to - 1].end;
    const name = nameAfterTitle(st, title!.to, title!.country !== null || title!.org !== null, quoted);
    // "قال مسؤول تركي": after an indefinite title, one word that is a nisba (تركي، يمني) is its adjective
    if (name && name.words.length === 1 && !/^(?:[وفبل]{0,2})ال/u.test(st.tokens[title!.from].text) && indefiniteNisbas.has(name.words[0])) return undefined;
    return name ? pushNameWithTitleAfter(st, name, [title!], this.id) : undefined;
  },
};

/** The holder's name right after a title ending at token j (past the closing quote of a quoted body), if the text gives a believable one. */
function nameAfterTitle(st: PeopleState, j: number, anchoredTitle: boolean, quotedBody = false): NameSpan | undefined {
  const { doc, tokens, norm } = st;
  let name = j < tokens.length ? parseName(doc, j) : undefined;
  if (!name) return undefined;
  const closed = quotedBody && /^\s*[»"”]\s*[،,]?\s*$/u.test(norm.slice(tokens[j - 1].end, tokens[j].start));
  if (!tokens[j].joined && !closed && !commaOnly(tokens, norm, j) && !quoteOnly(tokens, norm, j)) return undefined;
  // "الوزير ومحمود عباس": a name after و is the next person, not the title's holder
  if (name.start > tokens[name.from].start) return undefined;
  // "الرئيسان الأمريكي والكوري الشمالي": a nisba with و is the next one's title, elided, not a name
  if (doc.lex.countryNisba.match(name.from)?.pre === 'و') return undefined;
  // "رئيس حركة النهضة، فلان الفلاني": a lone definite word and then, after a comma, a given name:
  // the word names the office's body (the genitive chain reads it), the name is the holder
  if (name.words.length === 1 && name.words[0].startsWith('ال') && name.to < tokens.length && commaOnly(tokens, norm, name.to) && (parseName(doc, name.to)?.words.length ?? 0) >= 2) return undefined;
  // "وزير الخارجية المغربي ناصر العلوي جون سميث المبعوث": a second given name starts the object
  if (name.words.length >= 4 && anchoredTitle) name = cutAtSecondName(st, name);
  // "وزير الحج"، "رئيس الهيئة الملكية"، "محافظ الزلفي": one word with the article after a title is
  // the title's own genitive or adjective unless it is a known surname or ends a full name elsewhere
  if (name.words.length === 1 && name.words[0].startsWith('ال') && !name.given && !surnameFirstWords().has(name.words[0]) && !endsANameElsewhere(doc, name.from)) return undefined;
  const anchored = anchoredTitle && name.words.length >= 2 && name.words.length <= 3;
  // after a title, a given name that is also a common word (نبيل، جودة) starts a name of two words
  return anchored || ambiguousGivenAfterTitle(name, doc) ? name : undefined;
}

/**
 * A long name that holds a clear given name from its third word on, not after a particle, and is
 * followed by a title, is two names side by side: keep the first.
 */
function cutAtSecondName(st: PeopleState, name: NameSpan): NameSpan {
  const { doc, tokens } = st;
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

/** Whether the word of token `at` stands elsewhere in the article right after a given name (عبد الفتاح السيسي … الرئيس السيسي). */
function endsANameElsewhere(doc: Doc, at: number): boolean {
  const tokens = doc.tokens;
  // the words the article writes right after a given name or a particle, read once per article
  const after = remember(doc, 'title-then-name.afterGiven', () => {
    const words = new Map<string, number>();
    for (let k = 1; k < tokens.length; k++) {
      if (!tokens[k].joined) continue;
      const prev = tokens[k - 1].text;
      if (givenNames.has(prev) || particles.has(prev)) words.set(tokens[k].text, (words.get(tokens[k].text) ?? 0) + 1);
    }
    return words;
  });
  const n = after.get(tokens[at].text) ?? 0;
  // (not counting the word itself where it stands after one: then the title-then-name reading is not asked)
  const self = at > 0 && tokens[at].joined && (givenNames.has(tokens[at - 1].text) || particles.has(tokens[at - 1].text)) ? 1 : 0;
  return n - self > 0;
}
