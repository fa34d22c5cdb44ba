import { BETWEEN_SUBJECT_AND_OBJECT } from '../../lexicon/positionWords.js';
import { WordSet } from '../../lexicon/phrases.js';
import { mark } from '../../rules.js';
import { tokensIn, type TokenSource } from '../../segment/tokens.js';
import { holderOf } from '../holder.js';
import { cueOfWord } from '../../lexicon/cueForms.js';
import { MEETING_NOUNS } from '../../lexicon/meetingWords.js';
import { normalizeForm } from '../../normalize/index.js';
import { titleHeads } from '../../lexicon/compiled.js';
import type { PositionRule } from '../model.js';

const BETWEEN = new WordSet(() => BETWEEN_SUBJECT_AND_OBJECT);

/**
 * "أدانت وزارة الخارجية الهجوم": a verb that takes a direct object and has no particle reads a
 * bounded subject (a name, or a title and name) and the object after it; the statement starts at
 * the object. With no subject there the cue makes no position.
 */
export const boundedSubject: PositionRule = {
  id: 'bounded-subject',
  stage: 'positions',
  summary: 'a direct-object verb with no particle (أدان X الهجوم): X is the holder, the object is the statement',
  example: 'وانتقد النائب رائد الكبيسي الحكومة لتأخر صرف رواتب المعلمين.',
  cue(st) {
    const { form } = st;
    if (st.comp || st.holder || form.kind !== 'verb' || !form.entry.complements.includes('obj')) return 'next';
    if (st.objectFirst || st.dual || st.relativeTo) return 'next';
    const h = holderOf(st.ctx, st.cueEnd, st.limit, true);
    if (!h) return 'stop';
    st.holder = h;
    st.contentStart = objectStart(st.doc, st.cueEnd, h.end, st.limit);
    mark(st.trail, this.id);
    return 'next';
  },
};

/**
 * Where the object of a direct-object cue starts after its subject ends at `at`: past commas and
 * day words ("، الأحد،"), past the other members of "كل من X و«Y»" (the subject names them all),
 * and past a frame of time or place closed by a comma (خلال الاجتماع …،).
 */
export function objectStart(doc: TokenSource, cueEnd: number, at: number, limit: number): number {
  const toks = tokensIn(doc, at, limit, 48);
  let i = 0;
  if (/^\s*كل من\s/.test(doc.norm.slice(cueEnd, cueEnd + 12))) {
    // Skip "و«Y»" / "وY" members up to the comma that closes the subject.
    const comma = toks.findIndex((t) => t.text === '،' || t.text === ',');
    if (comma > 0 && toks.slice(0, comma).some((t) => t.word && t.text.startsWith('و'))) i = comma;
  }
  const skip = (): void => {
    while (i < toks.length && (!toks[i].word ? /[،,]/.test(toks[i].text) : BETWEEN.has(toks[i].text))) i++;
  };
  skip();
  // "ونفى المبعوث فلان، الذي تولى منصبه في أغسطس، وجود أي خطط": a relative clause on the subject,
  // closed by a comma, stands between the subject and the object
  if (i < toks.length && RELATIVES.has(toks[i].text)) {
    for (let k = i + 1; k < Math.min(toks.length, i + RELATIVE_WORDS); k++) {
      const t = toks[k];
      if (!t.word && /[.؛;:«»"“”!؟?]/u.test(t.text)) break;
      if (!t.word && /[،,]/.test(t.text)) {
        i = k;
        skip();
        break;
      }
    }
  }
  // "وأكد فلان خلال الاجتماع السنوي لحزبه، التزامه …": a frame of time or place set off by a
  // comma stands between the subject and the object
  if (i < toks.length && FRAME_OPENERS.has(toks[i].text)) {
    let occasion = false;
    for (let k = i + 1; k < Math.min(toks.length, i + FRAME_WORDS); k++) {
      const t = toks[k];
      if (t.word && (OPENS_CLAUSE.has(t.text) || cueOfWord(t.text))) break;
      if (t.word) occasion ||= occasionNoun(t.text);
      if (!t.word && /[.؛;:«»"“”]/u.test(t.text)) break;
      if (!t.word && /[،,]/.test(t.text)) {
        const next = toks[k + 1];
        // the frame names the occasion (خلال الاجتماع، في مقابلة، في كلمته), and a noun follows, not a clause
        // (not another frame, a title in apposition or a prepositional phrase: بعد محادثات، مفوض الأمم المتحدة، بمشاركة)
        if (occasion && next?.word && !OPENS_CLAUSE.has(next.text) && !cueOfWord(next.text) && !FRAME_OPENERS.has(next.text) && !titleHeads.has(next.text) && !/^[وف]?ب(?!ال)\S{3,}/u.test(next.text)) {
          i = k;
          skip();
        }
        break;
      }
    }
  }
  return i < toks.length ? toks[i].start : at;
}

/** Relative pronouns (normalised) that open a clause on the subject. */
const RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);
/** How many tokens a relative clause on the subject may run before its comma. */
const RELATIVE_WORDS = 24;

/** Prepositions that open a frame of time or place: خلال، أثناء، في، لدى، عقب، بعد، على هامش. */
const FRAME_OPENERS: ReadonlySet<string> = new Set(['خلال', 'اثناء', 'في', 'لدي', 'عقب', 'بعد', 'قبيل', 'علي', 'امام', 'اليوم', 'امس']);
/** How many tokens a frame may run before its comma. */
const FRAME_WORDS = 16;
/** Words that open a clause of their own: the frame is then no frame (أن، إن، الذي، وهو). */
const OPENS_CLAUSE: ReadonlySet<string> = new Set(['ان', 'بان', 'انه', 'انها', 'الذي', 'التي', 'حيث', 'لكن', 'ولكن', 'وهو', 'وهي', 'وهم', 'فما', 'وما', 'ما', 'وهذا', 'وذلك', 'وهذه', 'كما', 'بينما', 'فيما']);

let occasions: Set<string> | undefined;

/** A noun of the occasion a statement was made at: a meeting (lexicon/meetingWords) or a speech, interview or statement. */
function occasionNoun(w: string): boolean {
  occasions ??= new Set([...MEETING_NOUNS, ...SPEECH_NOUNS].map(normalizeForm));
  const bare = w.replace(/^[وفبل]+(?=ال)|^[بل](?!ال)/u, '');
  return occasions.has(w) || occasions.has(bare) || occasions.has(bare.replace(/(?:ه|ها|هم)$/u, ''));
}

/** Nouns of a speech, an interview or a written statement. */
const SPEECH_NOUNS: readonly string[] = ['كلمة', 'الكلمة', 'كلمته', 'كلمتها', 'مقابلة', 'المقابلة', 'حديث', 'الحديث', 'حديثه', 'تصريح', 'تصريحات', 'التصريحات', 'بيان', 'البيان', 'رسالة', 'الرسالة', 'تقرير', 'التقرير', 'خطاب', 'الخطاب', 'خطابه', 'تغريدة', 'تغريدات', 'منشور', 'مداخلة', 'محاضرة', 'زيارة', 'الزيارة', 'زيارته', 'اتصال', 'الاتصال'];
