import type { Token } from '../segment/tokens.js';
import { normalizeForm } from '../normalize/index.js';
import { DONE_RELATIVES, EARLIER_PREPOSITIONS, MONTH_NAMES, PLANNED_AFTER, PLANNED_BEFORE, PRIOR_AFTER, PRIOR_BEFORE } from '../lexicon/tense.js';
import { LETTER } from '../lexicon/wordChars.js';
import { startsWithConjunction } from '../lexicon/cueForms.js';

/** When a meeting cue stands in time, where its words say so. */
export type CueTime = 'prior' | 'planned' | null;

const norm = (xs: readonly string[]): Set<string> => new Set(xs.map(normalizeForm));
const priorBefore = norm(PRIOR_BEFORE);
const plannedBefore = norm(PLANNED_BEFORE);
const plannedAfter = norm(PLANNED_AFTER);
const earlier = norm(EARLIER_PREPOSITIONS);
const priorAfter = PRIOR_AFTER.map((p) => normalizeForm(p).split(' '));
const doneRelatives = DONE_RELATIVES.map((p) => normalizeForm(p).split(' '));
/** A verb in the future tense (سـ + a present prefix), with its conjunction: سيلتقي، وستعقد. */
const FUTURE_CUE = new RegExp(`^[وف]?س[يتن]${LETTER}{3,}$`, 'u');
/** How many words before a cue its time words may stand: سبق governs a whole clause ("ما سبق أن عرضه الوزير فلان خلال لقائه"). */
const REACH = 5;
const PRIOR_REACH = 10;

/** The tokens from `i` spell `words`, joined (no punctuation between). */
function spells(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.text === w && (k === 0 || tokens[i + k].joined));
}

/** A word with its conjunction (و، ف) off. */
function bare(w: string): string {
  return startsWithConjunction(w) && w.length > 3 ? w.slice(1) : w;
}

/**
 * The time of the cue spanning tokens [at, after): "prior" for a meeting told as done before the
 * news (ما سبق أن عرضه خلال لقائه، التقى من قبل، بعد لقاءات الرباط التي جرت), "planned" for one
 * only arranged (من المقرر أن يصل، ينتظر ترتيبات لقائه، سيتوجه إلى مسقط حيث يلتقي), else null.
 * Only words of the same clause count: the search stops at punctuation.
 */
export function cueTime(tokens: Token[], at: number, after: number, from: number): CueTime {
  for (const p of priorAfter) if (after < tokens.length && tokens[after].joined && spells(tokens, after, p)) return 'prior';
  // "سيلتقي"، "ستعقد"، "وسيجتمع": the cue itself in the future tense
  if (FUTURE_CUE.test(tokens[at]?.text ?? '')) return 'planned';
  // "للاجتماع الثلاثي الذي سينعقد في نواكشوط"، "الاجتماع المقبل"
  for (let i = after; i < Math.min(tokens.length, after + 3) && tokens[i].joined; i++) if (plannedAfter.has(tokens[i].text)) return 'planned';
  for (let i = at - 1; i >= Math.max(from, at - PRIOR_REACH); i--) {
    const w = tokens[i].text;
    if (priorBefore.has(w) || priorBefore.has(bare(w))) return 'prior';
    if (at - i <= REACH && (plannedBefore.has(w) || plannedBefore.has(bare(w)))) return 'planned';
    // "سيتخللها عقد قمة"، "ستشهد لقاء": a verb in the future tense right before the cue
    // (with nothing between them: "في سيدني، بعد اجتماع" names a city, not a verb)
    if (at - i <= 2 && tokens[i + 1].joined && FUTURE_CUE.test(w)) return 'planned';
    if (!tokens[i + 1].joined) break;
  }
  // "بعد لقاءات الرباط التي جرت على هامش …"
  if (at > from && earlier.has(bare(tokens[at - 1].text)) && tokens[at].joined) {
    for (let i = after; i < Math.min(tokens.length, after + 3); i++) if (doneRelatives.some((r) => spells(tokens, i, r))) return 'prior';
  }
  return null;
}

/** Words for "past, gone" after a month or a year: الماضي، المنصرم، الفائت، المنقضي. */
const PAST = '(?:الماضي|الماضيه|المنصرم|المنصرمه|الفايت|الفايته|المنقضي|المنقضيه)';

const MONTH_RE = new RegExp(
  `(?<!${LETTER})(?:${MONTH_NAMES.map(normalizeForm).join('|')})(?:\\s*\\([^)]{0,20}\\))?\\s+${PAST}(?!${LETTER})|(?<!${LETTER})(?:العام|السنه|عام|الشهر|شهر|الاسبوع)\\s+${PAST}(?!${LETTER})`,
  'u',
);

/** The (normalised) sentence dates what it tells to a past week, month or year: "في أبريل (نيسان) الماضي", "العام المنصرم", "الأسبوع الماضي". */
export function longPast(sentence: string): boolean {
  // two rules ask about each sentence with a meeting cue: the last answer is kept
  if (sentence === lastSentence) return lastAnswer;
  // every match holds one of the words of PAST: most sentences have none, and a substring search
  // is far cheaper than the regex's try at every position
  lastAnswer = PAST_WORDS.test(sentence) && MONTH_RE.test(sentence);
  lastSentence = sentence;
  return lastAnswer;
}
let lastSentence: string | null = null;
let lastAnswer = false;

/**
 * The words of PAST without their feminine ending (each feminine form holds its masculine one), as
 * plain alternatives: one pass over the sentence, not a substring search per word (a sixth of the
 * time on the dev sentences).
 */
const PAST_WORDS = /الماضي|المنصرم|الفايت|المنقضي/;
