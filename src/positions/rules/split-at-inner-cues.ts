import { orig, type Doc } from '../../document.js';
import { wordAlternation } from '../../lexicon/compile.js';
import { DANGLING_WORDS } from '../../lexicon/positionWords.js';
import { BLOCKS_FROM, blockHi, blockLo, blocksByCue, type Blocks } from '../../segment/blocks.js';
import { tokensIn } from '../../segment/tokens.js';
import { trim } from '../boundary.js';
import type { Found, PositionRule } from '../model.js';
import { FRAME_REACH } from './shared.js';

// How many later cues of the same holder are looked at inside one statement (keeps the pass linear).
const INNER_LOOKS = 16;
// Words left dangling before a cut: "… لكنه | قال إن…", "… كما | أكد…".
const DANGLING = new RegExp(`(?:\\s|^)(?:${wordAlternation(DANGLING_WORDS)})\\s*$`, 'u');

/**
 * One position per cue: a reported statement that runs over a later cue of the same holder
 * ("…، كما أكدا حرصهما…", "… لكنه أكد أن…") ends where that cue starts, since the later cue
 * makes its own position. Quotations keep their words whole.
 */
export const splitAtInnerCues: PositionRule = {
  id: 'split-at-inner-cues',
  stage: 'positions',
  summary: 'a statement running over a later cue of the same holder ends where that cue starts',
  example: 'وقال الوزير كمال الغربي إن الميناء سيفتح غدا لكنه أكد أن الرحلات لن تبدأ قبل الشهر المقبل.',
  refine(a) {
    const byCue = [...a.found].sort((x, y) => x.cue - y.cue);
    const blocks = byCue.length < BLOCKS_FROM ? undefined : blocksByCue(byCue, a.doc.norm.length);
    const out: Found[] = [];
    for (const f of a.found) {
      const cut = f.p.quote ? f.span.end : innerCue(byCue, blocks, f);
      if (cut === f.span.end) out.push(f);
      else {
        const g = cutAt(a.doc, f, cut, this.id);
        if (g) out.push(g);
      }
    }
    a.found = out;
  },
};

/** Where the first later cue of the same holder inside f's statement starts (a frame's inner cue aside), else its end. */
function innerCue(byCue: Found[], blocks: Blocks | undefined, f: Found): number {
  let cut = f.span.end;
  for (let i = firstCueFrom(byCue, blocks, f.span.start + 1), n = 0; i < byCue.length && byCue[i].cue < cut && n < INNER_LOOKS; i++, n++) {
    // "مضيفا أن الوزير … أعلن…": an inner cue whose subject opens the statement makes it a frame
    // (drop-frames keeps the inner one), not a statement to cut.
    const frame = byCue[i].p.rule.endsWith('/before') && byCue[i].cue - f.span.start < FRAME_REACH;
    if (byCue[i] !== f && byCue[i].p.holder === f.p.holder && !frame) cut = byCue[i].cue;
  }
  return cut;
}

/** The index of the first of `byCue` (sorted by cue) whose cue is at or after `x`, through its block table where it has one. */
function firstCueFrom(byCue: Found[], blocks: Blocks | undefined, x: number): number {
  if (x <= 0) return 0;
  let lo = blocks ? blockLo(blocks, x) : 0;
  let hi = blocks ? blockHi(blocks, x, byCue.length) : byCue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byCue[mid].cue < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** f's statement cut at `cut` (a dangling لكنه / كما dropped), or undefined when fewer than two words are left. */
function cutAt(doc: Doc, f: Found, cut: number, id: string): Found | undefined {
  let end = cut;
  const dangling = DANGLING.exec(doc.norm.slice(Math.max(f.span.start, cut - 12), cut));
  if (dangling) end = cut - dangling[0].length;
  const span = trim(doc.norm, f.span.start, end);
  if (tokensIn(doc, span.start, span.end, 3).filter((t) => t.word).length < 2) return undefined;
  const o = orig(doc, span);
  return { ...f, span, p: { ...f.p, statement: doc.text.slice(o.start, o.end), start: o.start, end: o.end, rules: [...f.p.rules, id] } };
}
