import type { Doc } from '../../document.js';
import { givenNames } from '../../lexicon/compiled.js';
import type { RawPersonFilter } from './eponym-not-person.js';

/** A relational adjective with the article (normalised): الأمركي، الدرزي، الكردية، النمسوي. */
const DEFINITE_NISBA = /^ال\S{2,}(?:ي|يه)$/u;

/**
 * "القيادي السوري الكردي فلان"، "الرئيس الأمركي فلان": a relational adjective
 * with the article right after a title and before a given name qualifies the title (a misspelt or
 * unlisted nisba the title reader left), it is not the first word of the name: the name starts at
 * the given name and the adjective ends the title. Only where two words or more remain, with
 * nothing but a space between title and adjective, and not for an adjective that is itself a given
 * name with the article (الهادي، الباجي).
 */
export const leadingWordNotName: RawPersonFilter = {
  id: 'leading-word-not-name',
  stage: 'entities',
  summary: 'a nisba with the article between a title and a given name (الرئيس الأمركي دونالد ترامب) ends the title, not starts the name',
  example: 'وطالبت الحكومة بتوقيف القيادي السوري الكردي سامر الحديدي.',
  keeps(doc: Doc, raw) {
    const name = raw.name;
    const title = raw.title;
    if (!name || !title || name.words.length < 3 || title.to !== name.from) return true;
    const first = name.words[0];
    if (!DEFINITE_NISBA.test(first) || givenNames.has(first) || !givenNames.has(name.words[1])) return true;
    const tokens = doc.tokens;
    if (!/^\s+$/u.test(doc.norm.slice(title.end, name.start)) || !tokens[name.from + 1]?.joined) return true;
    raw.name = { ...name, from: name.from + 1, start: tokens[name.from + 1].start, words: name.words.slice(1), given: true };
    const end = tokens[name.from].end;
    const longer = { ...title, to: name.from + 1, end };
    raw.titles = raw.titles.map((t) => (t === title ? longer : t));
    raw.title = longer;
    if (raw.role && raw.role.end === title.end) raw.role = { start: raw.role.start, end };
    return true;
  },
};
