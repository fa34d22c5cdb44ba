import { lowerBound } from '../../segment/search.js';
import { MONARCHIES } from '../../lexicon/monarchies.js';
import type { Doc } from '../../document.js';
import { changed, type EntityRefiner } from '../state.js';

const MONARCHY = new Set(MONARCHIES);
/** Nouns for an issue, before the nisba of the country it concerns: الملف الليبي، الأزمة السورية. */
const TOPIC_NOUNS = new Set(['الملف', 'الازمه', 'القضيه', 'الشان', 'الوضع', 'الاوضاع', 'المساله', 'الصراع', 'النزاع', 'الساحه', 'التسويه', 'المصالحه', 'الاطراف', 'الفرقاء', 'الفصايل']);

/**
 * A person whose own mentions name no country most likely represents the country the article
 * speaks of most around them: country names, nisba forms and capitals near each mention (±300
 * characters, more within 80) and faintly in the whole article; a royal only a monarchy, and never
 * a country he is the counterpart of. Officials of an international body keep no country.
 */
export const inferCountry: EntityRefiner = {
  id: 'infer-country',
  stage: 'entities',
  summary: 'a person with no stated country gets the country the article names most around him (a guess)',
  example: 'وصل سامر الحديدي إلى تونس قادما من الأردن، حيث التقى الرئيس التونسي كمال الغربي.',
  apply(es) {
    const hits = countryWords(es.doc);
    const total = new Map<string, number>();
    for (const h of hits) total.set(h.iso, (total.get(h.iso) ?? 0) + 1);
    for (const p of es.people) {
      if (p.country || p.organization) continue;
      const score = new Map<string, number>();
      for (const [iso, n] of total) score.set(iso, 0.2 * n * p.mentions.length);
      for (const m of p.mentions)
        for (let k = lowerBound(hits, m.start - 299, (h) => h.pos); k < hits.length && hits[k].pos < m.start + 300; k++) {
          const h = hits[k];
          const d = Math.abs(h.pos - m.start);
          score.set(h.iso, (score.get(h.iso) ?? 0) + (d < 80 ? 2.8 : 0.8));
        }
      let best: string | null = null;
      let bestScore = 0;
      for (const [iso, v] of score) if (v > bestScore && (!p.royal || MONARCHY.has(iso)) && !es.notOf.get(p.id)?.has(iso)) [best, bestScore] = [iso, v];
      p.country = best;
      p.countryInferred = best !== null;
      if (best) {
        p.affiliationSource = 'inferred';
        changed(p, this.id);
      }
    }
  },
};

/** Country names, nisba forms and capitals of the article, in text order, not those of an issue (الملف الليبي). */
function countryWords(doc: Doc): { pos: number; iso: string }[] {
  const { tokens } = doc;
  const hits: { pos: number; iso: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const h = doc.lex.countryNisba.match(i, true) ?? doc.lex.countryNames.match(i) ?? doc.lex.capitals.match(i);
    if (!h) continue;
    if (!(i > 0 && tokens[i].joined && TOPIC_NOUNS.has(tokens[i - 1].text.replace(/^[وبل]/u, '')))) hits.push({ pos: tokens[i].start, iso: h.value.iso });
    i += h.len - 1;
  }
  return hits;
}
