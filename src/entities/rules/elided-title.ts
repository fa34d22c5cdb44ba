import { parseName, plausibleName } from '../personName.js';
import { commaOnly, markUsed, type PersonParser } from '../people.js';
import type { TitlePhrase } from '../titlePhrase.js';

/**
 * "الرئيس الروسي، فلان، والتركي، فلان": an elided title, its nisba alone with و, within eight words
 * of the last title: the name after it holds that title for the nisba's country.
 */
export const elidedTitle: PersonParser = {
  id: 'elided-title',
  stage: 'entities',
  titled: false,
  summary: 'a nisba alone after a title (… والتركي، فلان) stands for that title of another country',
  example: 'واستقبل وزير الخارجية الأردني، سامر الحديدي، والتونسي، كمال الغربي، الوفد.',
  parse(st, i) {
    const { doc, tokens, norm, lastTitle } = st;
    const w = tokens[i].text;
    const elided = lastTitle && i - lastTitle.to <= 8 && w.startsWith('وال') ? doc.lex.countryNisba.match(i) : undefined;
    if (!elided || elided.pre !== 'و' || elided.len !== 1) return undefined;
    const j = i + 1;
    let name = j < tokens.length && (tokens[j].joined || commaOnly(tokens, norm, j)) ? parseName(doc, j) : undefined;
    if (name && !plausibleName(name, doc) && name.words.length < 2) name = undefined;
    if (!name) return undefined;
    const t: TitlePhrase = { ...lastTitle!, from: i, to: j, start: elided.start, end: elided.end, country: elided.value.iso, org: null, orgSpan: null };
    // its role is the title it stands for, as written before it without its country (وزير الخارجية)
    const headEnd = tokens[lastTitle!.from + lastTitle!.head.split(' ').length - 1]?.end ?? t.end;
    const role = headEnd > lastTitle!.start && headEnd <= lastTitle!.end ? { start: lastTitle!.start, end: headEnd } : { start: t.start, end: t.end };
    st.out.push({ name, title: t, titles: [t], country: t.country, org: null, orgText: null, role, rule: this.id });
    markUsed(st, i, name.to);
    return name.to - 1;
  },
};
