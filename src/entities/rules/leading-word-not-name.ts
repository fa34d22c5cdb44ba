import type { Doc } from '../../document.js';
import { givenNames, particles } from '../../lexicon/compiled.js';
import { PATRONYMICS, isForeignAlName } from '../personName.js';
import type { RawPersonFilter } from './eponym-not-person.js';

/** A relational adjective with the article (normalised): الأمركي، الدرزي، الكردية، النمسوي. */
const DEFINITE_NISBA = /^ال\S{2,}(?:ي|يه)$/u;
/** How many definite words a title in the construct state may govern before its holder's name (محافظ الحكم الاتحادي، رئيس الفنون التشكيلية الفنان). */
const MAX_GENITIVE = 3;

/**
 * "القيادي السوري الكردي فلان"، "الرئيس الأمركي فلان": a relational adjective
 * with the article right after a title and before a given name qualifies the title (a misspelt or
 * unlisted nisba the title reader left), it is not the first word of the name: the name starts at
 * the given name and the adjective ends the title. Only where two words or more remain, with
 * nothing but a space between title and adjective, and not for an adjective that is itself a given
 * name with the article (الهادي، الباجي).
 * So too "محافظ الطرفة سامر الحديدي"، "وزير الحكم الاتحادي فلان": after a bare title in the construct
 * state (one word, no article, nothing read after it) the definite words before a name led by a given
 * name or a patronymic are the genitive the title governs (a place or a domain the lexicons do not
 * know), not the name's first words.
 */
export const leadingWordNotName: RawPersonFilter = {
  id: 'leading-word-not-name',
  stage: 'entities',
  summary: 'a nisba with the article between a title and a given name (الرئيس الأمركي دونالد ترامب), or the genitive of a bare title (محافظ الطرفة سامر الحديدي), ends the title, not starts the name',
  example: 'وطالبت الحكومة بتوقيف القيادي السوري الكردي سامر الحديدي.',
  keeps(doc: Doc, raw) {
    const name = raw.name;
    const title = raw.title;
    if (!name || !title || name.words.length < 3 || title.to !== name.from) return true;
    const first = name.words[0];
    if (!first.startsWith('ال') || givenNames.has(first)) return true;
    const tokens = doc.tokens;
    if (!/^\s+$/u.test(doc.norm.slice(title.end, name.start))) return true;
    let skip = 0;
    if (DEFINITE_NISBA.test(first) && givenNames.has(name.words[1])) skip = 1;
    else if (constructTitle(doc, raw.title!)) skip = genitiveLength(name.words);
    if (skip === 0 || !tokens[name.from + skip]?.joined) return true;
    raw.name = { ...name, from: name.from + skip, start: tokens[name.from + skip].start, words: name.words.slice(skip), given: givenNames.has(name.words[skip]) || name.given };
    const end = tokens[name.from + skip - 1].end;
    const longer = { ...title, to: name.from + skip, end };
    raw.titles = raw.titles.map((t) => (t === title ? longer : t));
    raw.title = longer;
    if (raw.role && raw.role.end === title.end) raw.role = { start: raw.role.start, end };
    return true;
  },
};

/** A title of one word without the article that read nothing after it (محافظ، وزير، أمير): it governs the word after it. */
function constructTitle(doc: Doc, title: { from: number; to: number; head: string }): boolean {
  return title.to - title.from === 1 && !title.head.includes(' ') && !title.head.startsWith('ال') && doc.tokens[title.from].text.endsWith(title.head);
}

/**
 * How many definite words open a name's words before the name proper (a given name, or a word and a
 * patronymic: عليوي بن فلان) of two words or more; 0 where none does.
 */
function genitiveLength(words: readonly string[]): number {
  for (let p = 1; p <= MAX_GENITIVE && p < words.length - 1; p++) {
    const w = words[p - 1];
    if (!w.startsWith('ال') || givenNames.has(w) || isForeignAlName(w)) return 0;
    const next = words[p];
    if (givenNames.has(next) || (particles.has(next) && next !== 'ال') || PATRONYMICS.has(words[p + 1])) return p;
  }
  return 0;
}
