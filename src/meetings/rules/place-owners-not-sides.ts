import { mark } from '../../rules.js';
import { titleHeads } from '../../lexicon/compiled.js';
import { LETTER } from '../../lexicon/wordChars.js';
import type { MeetingRule } from '../model.js';

/**
 * A home that names its owner (normalised, with ب، في or ل before it: بمنزل، في بيت، بمقر إقامة;
 * not مكتب or مقر alone, which end titles: رئيس الأركان بمكتب وزير الدفاع فلان is the chief of
 * staff himself) and the first word of his title (رئيس، الشيخ), then at most four more words of
 * it and the name.
 */
const HOME_OF = new RegExp(
  `(?<!${LETTER})(?:[وف]?[بل]|في\\s+)(?:منزل|بيت|دار|داره|مزرعه|ضيافه|مقر\\s+اقامه)\\s+(${LETTER}+)` +
    `(?:\\s*[،,]?\\s+(?!(?:الي|الذي|التي|الذين|مع)\\s)[وف]?${LETTER}+){0,4}\\s*[،,]?\\s+$`,
  'u',
);
/** How far before the name (characters) the noun of the home may stand. */
const REACH = 80;

/**
 * "اجتماع جمع فلان وعلان بمنزل رئيس الحركة، فلان": the one whose home the meeting was held in,
 * named by his title after the noun of the home, is where they met, not a side of it, where two
 * others still meet there (not the one met at home: التقى فلان في منزل رئيس الحكومة علان).
 */
export const placeOwnersNotSides: MeetingRule = {
  id: 'place-owners-not-sides',
  stage: 'meetings',
  summary: 'the one whose home a meeting was held in (بمنزل رئيس الحركة فلان) is where they met, no side',
  example: 'وكشفت الصحيفة أن اجتماعا جمع الوزير سامر الحديدي والسفير كمال الغربي بمنزل رئيس الحزب، مازن الخطيب.',
  sentence(st) {
    const norm = st.doc.norm;
    const kept = st.candidates.filter((m) => {
      if (st.index.entities[m.entity].kind !== 'person') return true;
      const hit = HOME_OF.exec(norm.slice(Math.max(st.s.start, m.start - REACH), m.start));
      return !(hit && titleHeads.has(hit[1]));
    });
    const people = new Set(kept.filter((m) => st.index.entities[m.entity].kind === 'person').map((m) => m.entity));
    if (kept.length === st.candidates.length || people.size < 2) return 'next';
    mark(st.trail, this.id);
    st.candidates = kept;
    return 'next';
  },
};
