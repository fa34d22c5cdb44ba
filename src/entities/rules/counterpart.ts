import { parseName, plausibleInSlot, plausibleName } from '../personName.js';
import { COUNTERPARTS, commaOnly, markUsed, type PersonParser } from '../people.js';
import { KeyGate } from '../../lexicon/keyGate.js';

/** Asked at every word no title starts: most are passed over without a probe of the set. */
const COUNTERPART_GATE = new KeyGate(COUNTERPARTS);

/**
 * "نظيره التونسي، كمال الغربي": a counterpart word is a person of the same office (the last title)
 * from the country its nisba names; the name after it, if any, is that person.
 */
export const counterpart: PersonParser = {
  id: 'counterpart',
  stage: 'entities',
  titled: false,
  summary: 'a counterpart (نظيره التونسي) is a person of the same office from the nisba\'s country',
  example: 'التقى وزير الخارجية الأردني سامر الحديدي نظيره التونسي كمال الغربي.',
  parse(st, i) {
    const { doc, tokens, norm, lastTitle } = st;
    if (!COUNTERPART_GATE.mayHave(tokens[i].text) || !COUNTERPARTS.has(tokens[i].text)) return undefined;
    const nis = tokens[i + 1]?.joined ? doc.lex.countryNisba.match(i + 1, true) : undefined;
    const after = nis ? i + 1 + nis.len : i + 1;
    let name = after < tokens.length && (tokens[after].joined || commaOnly(tokens, norm, after)) ? parseName(doc, after) : undefined;
    if (name && !(nis ? plausibleInSlot(name, doc) : plausibleName(name, doc))) name = undefined;
    const country = nis ? nis.value.iso : null;
    const t = lastTitle ? { ...lastTitle, country } : null;
    // the counterpart phrase itself (نظيره الروسي) is the role as written, used when no title of his own is found
    // (without its proclitic: "ونظيره الروسي" is the role نظيره الروسي)
    const role = { start: tokens[i].start + tokens[i].text.indexOf('نظير'), end: tokens[after - 1].end };
    st.out.push({ name: name ?? null, title: t, titles: t ? [t] : [], country, org: null, orgText: null, role, rule: this.id });
    markUsed(st, i, name ? name.to : after);
    // "نظيريه الأمريكي فلان والسعودي فلان": the counterpart's office stands for an elided title after it
    if (t) st.lastTitle = { ...t, to: name ? name.to : after };
    return (name ? name.to : after) - 1;
  },
};
