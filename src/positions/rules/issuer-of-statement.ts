import { plainText } from '../../document.js';
import { wordAlternation } from '../../lexicon/compile.js';
import { DAY_WORDS, ISSUED_DOCUMENTS, ISSUING_VERBS } from '../../lexicon/positionWords.js';
import { WordSet } from '../../lexicon/phrases.js';
import { mark } from '../../rules.js';
import { tokensIn } from '../../segment/tokens.js';
import type { Holder, HolderContext } from '../holder.js';
import type { PositionRule } from '../model.js';
import { LETTER_OR_DIGIT } from '../../lexicon/wordChars.js';

/** فيه or فيها as the next word. */
const IN_IT = new RegExp(`^\\s+(?:فيه|فيها)(?!${LETTER_OR_DIGIT})`, 'u');

// "وأصدرت هيئة … بيانا " ending the text before the cue: the issuer is the subject of أصدر.
const ISSUED = new RegExp(
  `(?:^|\\s)[وف]?(?:${wordAlternation(ISSUING_VERBS)})\\s+(?<who>(?:[^\\s.،,]+\\s+){1,12}?)(?:${wordAlternation(ISSUED_DOCUMENTS)})\\s+$`,
  'u',
);
const DAYS = new WordSet(() => DAY_WORDS);

/**
 * "أصدرت رابطة تمثل عشر نقابات بيانا أكدت فيه…": a cue followed by فيه / فيها right after a
 * statement noun speaks for whoever issued the statement, written out as the article has it.
 */
export const issuerOfStatement: PositionRule = {
  id: 'issuer-of-statement',
  stage: 'positions',
  summary: 'a cue + فيه after "أصدر X بيانا" speaks for X, the issuer of the statement',
  example: 'وأصدرت رابطة تمثل عشر نقابات مهنية بيانا أكدت فيه أن الأجور لم تعد تكفي.',
  cue(st) {
    if (!st.comp || st.holder) return 'next';
    st.holder = issuerOf(st.ctx, st.sStart, st.cueStart, st.cueEnd);
    if (st.holder) mark(st.trail, this.id);
    return 'next';
  },
};

/** The issuer of the statement a cue + فيه / فيها reports, or undefined. */
function issuerOf(ctx: HolderContext, sStart: number, cueStart: number, cueEnd: number): Holder | undefined {
  const { doc } = ctx;
  if (!IN_IT.test(doc.norm.slice(cueEnd, cueEnd + 8))) return undefined;
  const before = doc.norm.slice(Math.max(sStart, cueStart - 200), cueStart);
  const m = ISSUED.exec(before);
  if (!m?.groups) return undefined;
  const at = cueStart - before.length + m.index + m[0].indexOf(m.groups.who);
  const words = tokensIn(doc, at, at + m.groups.who.length, 16).filter((t) => t.word && !DAYS.has(t.text));
  if (!words.length) return undefined;
  const mention = ctx.entities.firstMentionIn(words[0].start, words[0].end);
  if (mention && mention.end >= words[words.length - 1].end) return { name: ctx.entities.entities[mention.entity].name, via: null, how: 'issuer' };
  return { name: plainText(doc, { start: words[0].start, end: words[words.length - 1].end }), via: null, how: 'issuer' };
}
