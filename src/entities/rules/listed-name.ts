import { givenNames } from '../../lexicon/compiled.js';
import { parseName, type NameSpan } from '../personName.js';
import { NAME_LIST_GAP, pushNameWithTitleAfter, type PeopleState, type PersonParser, type RawPerson } from '../people.js';

/**
 * "، وسلمان العبيدي، وكذلك سلطان المري": in a list of names, a bare title word that is also a given
 * name (سلطان، أمير) leads the next name rather than being its title.
 */
export const listedName: PersonParser = {
  id: 'listed-name',
  stage: 'entities',
  titled: true,
  keepsLastTitle: true,
  summary: 'in a list of names, a one-word title that is also a given name (سلطان، أمير) starts the next name',
  example: 'وحضر اللقاء كل من فراس النجار، وكذلك سلطان المري، ومنصور الحربي.',
  parse(st, i, title) {
    const { tokens } = st;
    if (!title || title.to !== i + 1 || !inNameList(st, i, st.out)) return undefined;
    // the title word is no name word to parseName: the name runs from the word after it
    const rest = parseName(st.doc, i + 1);
    if (!rest || rest.from !== i + 1 || rest.start !== tokens[i + 1].start) return undefined;
    const listed: NameSpan = {
      ...rest,
      from: i,
      start: tokens[i].start + (/^و/.test(tokens[i].text) && !givenNames.has(tokens[i].text) ? 1 : 0),
      words: [tokens[i].text.replace(/^و(?=.{3})/u, ''), ...rest.words],
      given: true,
    };
    return pushNameWithTitleAfter(st, listed, [], this.id);
  },
};

/**
 * Token i is a bare title word that is also a given name, right after another person's name in a
 * list: only a comma and a joiner (و، وكذلك) between them, or a parenthesis closing the name before.
 */
function inNameList(st: PeopleState, i: number, out: RawPerson[]): boolean {
  const { tokens, norm } = st;
  const w = tokens[i].text;
  const bare = /^و/.test(w) && givenNames.has(w.slice(1)) ? w.slice(1) : w;
  if (bare.startsWith('ال') || !givenNames.has(bare) || !tokens[i + 1]?.joined) return false;
  const prev = out[out.length - 1]?.name;
  if (!prev || prev.to > i || tokens[i].start - prev.end > 60) return false;
  const gap = norm.slice(prev.end, tokens[i].start);
  return NAME_LIST_GAP.test(gap) && /[،,]/u.test(gap);
}
