import { parseName, plausibleName } from '../personName.js';
import { commaOnly, pushPerson, type PersonParser } from '../people.js';

/** Prepositions that open a qualifier of a title: في حكومة …، لدى الأمم المتحدة. */
const QUALIFIER_PREPOSITIONS = new Set(['في', 'لدي']);

/**
 * A title, a prepositional qualifier of up to eight words, a comma, then its holder set off by
 * punctuation: "وزير الخارجية في الحكومة المؤقتة، سالم الدباغ،". The title runs to the comma, and a
 * body named in the qualifier is the holder's.
 */
export const qualifiedApposition: PersonParser = {
  id: 'qualified-apposition',
  stage: 'entities',
  titled: true,
  summary: 'a title qualified by في/لدى …, then its holder set off by commas',
  example: 'وقال وزير الخارجية في حكومة الوحدة المعلنة من طرف واحد، زياد الشامي، إن المفاوضات مستمرة.',
  parse(st, _i, title) {
    const { doc, tokens, norm } = st;
    const t = title!;
    const j = t.to;
    // the qualifier opens here, or the title phrase took its first words already (في حكومة …)
    let opened = false;
    for (let q = t.from; q < j; q++) if (QUALIFIER_PREPOSITIONS.has(tokens[q].text)) opened = true;
    if (j >= tokens.length || !tokens[j].joined || !(opened || QUALIFIER_PREPOSITIONS.has(tokens[j].text))) return undefined;
    let k = j + 1;
    while (k < tokens.length && k < j + 9 && tokens[k].joined) k++;
    if (k >= tokens.length || (k === j + 1 && !opened) || !commaOnly(tokens, norm, k)) return undefined;
    const name = parseName(doc, k);
    if (!name || name.from !== k || !(name.given || plausibleName(name, doc))) return undefined;
    if (name.to < tokens.length && tokens[name.to].joined) return undefined;
    let org = t.org;
    let orgSpan = t.orgSpan;
    for (let q = j; q < k && !org; q++) {
      const o = doc.lex.organizations.match(q);
      if (o && o.end <= tokens[k - 1].end) {
        org = o.value;
        orgSpan = { start: o.start, end: o.end };
      }
    }
    pushPerson(st, name, [{ ...t, to: k, end: tokens[k - 1].end, org, orgSpan }], this.id);
    return name.to - 1;
  },
};
