import { ambiguousGivenAfterTitle, isForeignAlName, mayOpenGivenName, parseName, type NameSpan } from '../personName.js';
import { parseTitlePhrase, type TitlePhrase } from '../titlePhrase.js';
import { markUsed, pushNameWithTitleAfter, type PeopleState, type PersonParser } from '../people.js';

/**
 * A name with no title, not right after a word already read, unless و joins it to that word as
 * the next of a list ("التقى محمود الكردي وسامر الحديدي").
 */
function bareName(st: PeopleState, i: number): NameSpan | undefined {
  const name = parseName(st.doc, i);
  if (!name) return undefined;
  const conjoined = name.start > st.tokens[i].start;
  if (i > 0 && st.used[i - 1] && st.tokens[i].joined && !conjoined) return undefined;
  return name;
}

/**
 * A name of two or more words led by a known given name: "محمود الكردي"، "فلاديمير بوتين". Not an
 * ال-word (الطيب، الهادي are also adjectives), unless a foreign name whose ال is no article (ألكسندر).
 */
export const givenName: PersonParser = {
  id: 'given-name',
  stage: 'entities',
  titled: false,
  summary: 'a name of two or more words led by a known given name',
  example: 'وقال محمود الكردي إن المحادثات ستستأنف الأسبوع المقبل.',
  parse(st, i) {
    if (!mayOpenGivenName(st.doc, i)) return undefined;
    const name = bareName(st, i);
    if (!name || name.from > i || name.words.length < 2 || !name.given || (name.words[0].startsWith('ال') && !isForeignAlName(name.words[0]))) return undefined;
    return pushNameWithTitleAfter(st, name, [], this.id);
  },
};

/**
 * The title that ends a form of address right before the name (جلالة الملك، فخامة الرئيس، صاحب السمو
 * الأمير): the office the person is named by, so "جلالة الملك فلان" has the role الملك.
 */
function titleInHonorific(st: PeopleState, i: number, nameFrom: number): TitlePhrase[] {
  for (let j = i + 1; j < nameFrom; j++) {
    const title = parseTitlePhrase(st.doc, j);
    if (title && title.to === nameFrom) return [title];
  }
  return [];
}

/** A name after an honorific (الشيخ، الدكتور، معالي): "الشيخ حمدان بن راشد"، "الدكتور سالم". */
export const honorificName: PersonParser = {
  id: 'honorific-name',
  stage: 'entities',
  titled: false,
  summary: 'a name after an honorific (الشيخ، الدكتور، معالي …)',
  example: 'واستقبل الشيخ زويد بن راشد وفدا من رجال الأعمال في مكتبه.',
  parse(st, i) {
    // the name must start past an honorific at i
    if (!st.doc.lex.honorifics.match(i, true)) return undefined;
    const name = bareName(st, i);
    if (!name || name.from <= i) return undefined;
    if (name.words.length < 2 && !name.given) return undefined;
    // (after an honorific as after a title, a given name that is also a common word, صالح، نبيل, opens a name of two words)
    if (!ambiguousGivenAfterTitle(name, st.doc)) return undefined;
    const last = pushNameWithTitleAfter(st, name, [], this.id, titleInHonorific(st, i, name.from));
    markUsed(st, i, name.from);
    return last;
  },
};
