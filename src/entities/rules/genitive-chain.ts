import { isDualTitle } from '../../lexicon/dualTitles.js';
import { PHRASE_LEXICONS, givenNames, honorificHeads, stopwords } from '../../lexicon/compiled.js';
import { ambiguousGivenAfterTitle, parseName, plausibleName } from '../personName.js';
import { commaOnly, pushNameWithTitleAfter, type PersonParser } from '../people.js';
import { placeState } from '../titlePhrase.js';
import type { Doc } from '../../document.js';

/** Institution nouns that head the body an office belongs to: "أمين عام حركة …", "رئيس كتلة …". */
const INSTITUTIONS = new Set(['حركه', 'حزب', 'مجلس', 'وزاره', 'هيئه', 'جهاز', 'مكتب', 'كتله', 'لجنه', 'جامعه', 'اتحاد', 'منظمه', 'تحالف', 'جبهه', 'تيار']);

/**
 * "رئيس هيئة الموانئ سليم العمري"، "أمير منطقة الجوف فيصل بن نواف": a bare head in the construct
 * state (رئيس، مدير، أمير) whose office runs on in up to four genitive nouns before the name; the
 * name stands out from the nouns (a known given name, or a chain with بن).
 */
export const genitiveChain: PersonParser = {
  id: 'genitive-chain',
  stage: 'entities',
  titled: true,
  summary: 'a title head whose office runs on in genitive nouns before the name (رئيس هيئة الموانئ سليم العمري)',
  example: 'وصرح رئيس هيئة الموانئ طارق العمري بأن العمل مستمر.',
  parse(st, _i, title) {
    const { doc, tokens, norm } = st;
    const t = title!;
    // a definite head (الرئيس، والمدير) is no construct; "والي" is the title itself, no و + ال
    const head = tokens[t.from].text;
    const listed = doc.lex.titles.match(t.from);
    const bare = listed?.pre === '' && !head.startsWith('ال');
    // (a title of three words only as the lexicon lists it whole: إمام وخطيب المسجد)
    if ((t.to - t.from > 2 && listed?.len !== t.to - t.from) || (/^(?:[وفبل]*)ال/.test(head) && !bare)) return undefined;
    // a title of two or more (وزراء الخارجية) is the office of no one person named after it
    if (isDualTitle(t.head)) return undefined;
    for (let g = 1; g <= 4 && t.to + g < tokens.length; g++) {
      const w = tokens[t.to + g - 1];
      if (!w.joined || (stopwords.has(w.text) && !w.text.startsWith('ال') && !INSTITUTIONS.has(w.text)) || givenNames.has(w.text)) return undefined;
      // "…، وصاحب السمو الأمير": a conjunction, an honorific or another title ends the office
      if (/^[وف]/.test(w.text) || honorificHeads.has(w.text) || PHRASE_LEXICONS.titles.has(w.text)) return undefined;
      const at = t.to + g;
      // the nouns run on unbroken; a comma may only come before the name: "أمين عام حركة X، فلان"
      const comma = !tokens[at].joined && commaOnly(tokens, norm, at);
      if (!tokens[at].joined && !comma) return undefined;
      // "مدير التعليم بمنطقة نجران فلان": a place the office is of is one more genitive, no name word
      const place = comma ? undefined : doc.lex.cities.match(at);
      if (place && place.pre === '' && !place.ambiguous && !givenNames.has(tokens[at].text)) continue;
      const name = parseName(doc, at);
      // (after an honorific, الشيخ صالح العمري, a given name that is also a common word will do)
      const named = name && ((name.given || name.words.includes('بن')) ? plausibleName(name, doc) : !!doc.lex.honorifics.match(at - 1, true) && ambiguousGivenAfterTitle(name, doc));
      if (name && name.from === at && name.start === tokens[at].start && named) {
        return pushNameWithTitleAfter(st, name, [{ ...t, to: at, end: tokens[at - 1].end, country: t.country ?? stateInChain(st.doc, t.from + 1, at) }], this.id);
      }
      if (comma) return undefined;
    }
    return undefined;
  },
};

/** The state of the first state or place the lexicons know among tokens [from, to) of an office (إمام المسجد الحرام → SA), else null. */
function stateInChain(doc: Doc, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    // (a state's name first: بسلطنة عمان is Oman, not the city عمان)
    const state = doc.lex.countryNames.match(k);
    if (state) return state.value.iso;
    const iso = placeState(doc, k);
    if (iso) return iso;
  }
  return null;
}
