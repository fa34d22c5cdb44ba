import { changed, type EntityRefiner } from '../state.js';
import { Endings } from '../../segment/tokens.js';

/** Words that open the list of one side's members: "وحضره من الجانب الأردني …، ومن الجانب التونسي …". */
const SIDE_WORDS = new Set(['الجانب', 'جانب', 'الوفد']);
const SIDE_LIST = new Endings([...SIDE_WORDS]);

/**
 * A person listed after "من الجانب الأردني" in the same sentence (within 400 characters) belongs
 * to that side, until the next side marker: the article says so outright.
 */
export const sideCountry: EntityRefiner = {
  id: 'side-country',
  stage: 'entities',
  summary: 'people listed after "من الجانب الأردني" in its sentence are of that country',
  example: 'وحضر اللقاء من الجانب الأردني الوزير سامر الحديدي، ومن الجانب التونسي السفير كمال الغربي.',
  apply(es) {
    const { doc } = es;
    const { tokens, norm } = doc;
    const markers: { pos: number; iso: string }[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      // (a word that ends in no side word is passed over without a regex replace)
      if (!SIDE_LIST.test(tokens[i].text)) continue;
      const w = tokens[i].text.replace(/^[وف]?(?:من)?/, '');
      if (!SIDE_WORDS.has(w) && !SIDE_WORDS.has(tokens[i].text)) continue;
      const n = tokens[i + 1].joined ? doc.lex.countryNisba.match(i + 1, true) : undefined;
      if (n && n.pre === '') markers.push({ pos: tokens[i].start, iso: n.value.iso });
    }
    if (!markers.length) return;
    for (const p of es.people) {
      if (p.country || p.organization) continue;
      // a name, not a description (a title linked to him by its head word may stand in another side's list)
      for (const m of p.mentions) {
        if (m.type !== 'name') continue;
        let last: { pos: number; iso: string } | undefined;
        for (const k of markers) if (k.pos < m.start) last = k;
        if (last && m.start - last.pos < 400 && !/[.!?؟\n]/.test(norm.slice(last.pos, m.start))) {
          p.country = last.iso;
          p.affiliationSource = 'stated';
          changed(p, this.id);
          break;
        }
      }
    }
  },
};
