import { origText } from '../../document.js';
import { changed, type EntityRefiner } from '../state.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** A party word (حزب، حركة…) ending the text before a name, after no letter. */
const PARTY_HEAD = new RegExp(`(?<!${LETTER})ل?((?:حزب|حركه|جماعه|تيار|جبهه|منظمه)\\s+)$`, 'u');

/**
 * An official the article does not name stands for his body: "التقى … الأمين العام لحزب التجمع
 * الوطني" makes the party a side. The body's mention is the body's words inside the title (with
 * the title's own "لحزب" as its first word).
 */
export const officialOf: EntityRefiner = {
  id: 'official-of',
  stage: 'entities',
  summary: 'an unnamed official (الأمين العام لحزب …) gives his body a mention, so the body can be a side',
  example: 'التقى الرئيس كمال الغربي اليوم الأمين العام لحزب الكتائب اللبنانية في قصر الرئاسة.',
  apply(es) {
    const { doc, bodies } = es;
    const firstId = es.people.length;
    for (const r of es.unlinked) {
      let span = r.title?.orgSpan;
      const org = r.org ?? r.title?.org;
      if (!span || !org || org.kind === 'government') continue;
      const head = PARTY_HEAD.exec(doc.norm.slice(Math.max(0, span.start - 12), span.start));
      if (head) span = { start: span.start - head[1].length, end: span.end };
      let e = bodies.find((b) => b.orgId === org.id);
      if (!e) {
        // "الأمين العام للأمم المتحدة": ل took the article's alef; the name gets it back
        const elided = doc.norm[span.start - 1] === 'ل' && doc.norm[span.start] === 'ل' && !head;
        const name = (elided ? 'ا' : '') + origText(doc, span);
        e = { id: firstId + bodies.length, kind: 'organization', name, aliases: [], roles: [], roleKind: null, country: org.country, organization: name, orgKind: org.kind, orgId: org.id, mentions: [] };
        bodies.push(e);
      }
      e.mentions.push({ start: span.start, end: span.end, entity: e.id, type: 'description', rule: this.id });
      e.mentions.sort((a, b) => a.start - b.start);
      changed(e, this.id);
    }
  },
};
