import type { CueState, PositionRule } from '../model.js';
import type { CueEntry } from '../../lexicon/cues.js';
import type { EntityIndex } from '../../entities/model.js';
import { LETTER } from '../../lexicon/wordChars.js';
import { normalizeForm } from '../../normalize/index.js';

/** An indefinite word in ـه or ـات right before (no article, also after a proclitic: بالضربات معتبرة is a cue). */
const INDEFINITE_FEMININE_BEFORE = new RegExp(`(?:^|\\s)(?![وفبلك]?ال)${LETTER}+(?:ه|ات)\\s+$`, 'u');
/** An indefinite broken plural right before, of the patterns فعول and أفعال (normalised): قيود، شروط، أسعار، أعمال. */
const BROKEN_PLURAL_BEFORE = new RegExp(`\\s(?:${LETTER}{2}و${LETTER}|ا${LETTER}{2}ا${LETTER})\\s+$`, 'u');

/**
 * "إجراءات صحية مشددة"، "إجراءات مشددة"، "قيود مشددة": a feminine participle right after an
 * indefinite feminine word, plural in ات or broken plural agrees with it as an adjective; it reports
 * no one's words. So does a verbal noun with the article that is also the feminine participle of its
 * verb (المطالبة: "the demand" and "demanding") right after a word with the article: "الاحتجاجات
 * المطالبة بالإصلاح" are protests that demand, not anyone's demand.
 */
export const adjectiveParticiple: PositionRule = {
  id: 'adjective-participle',
  stage: 'positions',
  summary: 'a feminine participle after an indefinite feminine word, ات plural or broken plural (رقابة مشددة، إجراءات مشددة، قيود مشددة) is an adjective, not a cue',
  example: 'وفرض الوزير كمال الغربي رقابة مشددة على أسعار الخبز في الأسواق الشعبية.',
  cue(st) {
    if (st.form.kind === 'noun') return !st.pre && participleNoun(st.form.entry).has(st.w) && definiteBefore(st) ? 'stop' : 'next';
    // (بقوله is ب + a verbal noun + his: the manner of saying, no adjective)
    if (st.form.kind !== 'participle' || st.pre || !st.w.endsWith('ه') || st.w.startsWith('ب')) return 'next';
    if (INDEFINITE_FEMININE_BEFORE.test(st.head)) return 'stop';
    // "قيود مشددة"، "أسعار مرتفعة": a broken plural takes a feminine adjective too; a name of that
    // shape before the participle (وقالت هند نعوم مؤكدة) is its subject, not its noun
    const m = BROKEN_PLURAL_BEFORE.exec(st.head);
    if (!m) return 'next';
    const word = st.hit.index - st.head.length + m.index + 1;
    return namedAt(st.a.entities, word) ? 'next' : 'stop';
  },
};

const participleNouns = new WeakMap<CueEntry, ReadonlySet<string>>();

/** An entry's verbal nouns with the article that are also its feminine participle (المطالبة), normalised; made once per entry. */
function participleNoun(entry: CueEntry): ReadonlySet<string> {
  let set = participleNouns.get(entry);
  if (!set) {
    const fem = new Set(entry.participle.map((p) => normalizeForm(p + 'ة')));
    set = new Set(entry.nouns.map((n) => normalizeForm(n)).filter((n) => fem.has(n)).map((n) => 'ال' + n));
    participleNouns.set(entry, set);
  }
  return set;
}

/** The word right before the cue, with nothing between, bears the article (الاحتجاجات، للسلطة القضائية). */
function definiteBefore(st: CueState): boolean {
  const tokens = st.doc.tokens;
  const k = st.hit.i;
  return k > 0 && tokens[k].joined && /^(?:[وفبلك]?ال|لل)\S{2,}$/u.test(tokens[k - 1].text);
}

/** Some entity mention covers the word starting at `at` (a name ending there: هند نعوم). */
function namedAt(index: EntityIndex, at: number): boolean {
  for (let k = index.mentionFrom(at - NAME_REACH); k < index.mentions.length && index.mentions[k].start <= at; k++) if (index.mentions[k].end > at) return true;
  return false;
}

/** How far before a word the mention holding it may start (characters). */
const NAME_REACH = 60;
