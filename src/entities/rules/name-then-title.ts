import { givenNames } from '../../lexicon/compiled.js';
import { parseName, type NameSpan } from '../personName.js';
import { commaOnly, pushPerson, type PeopleState, type PersonParser } from '../people.js';

/**
 * A name standing just before its title: "كمال الغربي الممثل الخاص للأمين العام"، "سامر الحديدي،
 * رئيس الحكومة". Accepted when it starts with a known given name, has two or more words and ends
 * right before the title; a title naming its country vouches for a given name that is also a
 * common word (عادل، نبيل) or, set off by punctuation, a foreign name of two or three words.
 */
export const nameThenTitle: PersonParser = {
  id: 'name-then-title',
  stage: 'entities',
  titled: true,
  summary: 'a name right before its title (فلان الفلاني الممثل الخاص …)',
  example: 'وقال، تيان جيان السفير الصيني لدى الأردن، إن بلاده تدعم الحوار.',
  parse(st, _i, title) {
    const t = title!;
    const before = nameBefore(st, t.from, t.country !== null || t.org !== null);
    if (!before) return undefined;
    pushPerson(st, before, [t], this.id);
    return t.to - 1;
  },
};

function nameBefore(st: PeopleState, titleFrom: number, anchored: boolean): NameSpan | undefined {
  const { doc, tokens, norm, used } = st;
  const sep = titleFrom > 0 && (tokens[titleFrom].joined || commaOnly(tokens, norm, titleFrom));
  if (!sep) return undefined;
  for (let from = Math.max(0, titleFrom - 6); from < titleFrom - 1; from++) {
    if (used[from]) continue;
    const n = parseName(doc, from);
    const setOff = anchored && from > 0 && !tokens[from].joined && !!n && n.words.length <= 3;
    const given = n && (n.given || (anchored && givenNames.has(n.words[0])) || setOff);
    if (n && n.to === titleFrom && n.from === from && given && n.words.length >= 2 && (from === 0 || !tokens[from].joined || !used[from - 1] || n.given)) return n;
  }
  return undefined;
}
