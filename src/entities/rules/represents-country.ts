import { normalizeForm } from '../../normalize/index.js';
import { changed, type EntityRefiner } from '../state.js';

/** Verbs of standing for a state at a gathering: مثّل، يمثل (with و). */
const REPRESENTS = new Set(['مثل', 'ومثل', 'مثلت', 'ومثلت', 'يمثل', 'ويمثل', 'تمثل', 'وتمثل'].map(normalizeForm));
/** How many words after the country the person who stands for it may be named. */
const REACH = 10;

/**
 * "ومثّل الأردن في القمة وزير خارجيته فلان"، "ومثل تونس مندوبها الدائم فلان": the person named after
 * "represented COUNTRY" in the same clause is of that country, as the text says.
 */
export const representsCountry: EntityRefiner = {
  id: 'represents-country',
  stage: 'entities',
  summary: 'the person named after "مثّل COUNTRY" (stood for a country) in the same clause is of that country',
  example: 'ومثل الأردن في الاجتماع مندوبه الدائم طلال الحربي، فيما غاب ممثل تونس.',
  apply(es) {
    const { doc } = es;
    const tokens = doc.tokens;
    const byStart = new Map(es.people.flatMap((p) => p.mentions.map((m) => [m.start, p] as const)));
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!REPRESENTS.has(tokens[i].text) || !tokens[i + 1].joined) continue;
      const c = doc.lex.countryNames.match(i + 1, true);
      if (!c) continue;
      for (let k = i + 1 + c.len; k < Math.min(tokens.length, i + 1 + c.len + REACH); k++) {
        if (/[.؛:!?؟]/u.test(doc.norm.slice(tokens[k - 1].end, tokens[k].start))) break;
        const p = byStart.get(tokens[k].start);
        if (!p) continue;
        if (!p.country && !p.organization) {
          p.country = c.value.iso;
          p.affiliationSource = 'stated';
          changed(p, this.id);
        }
        break;
      }
    }
  },
};
