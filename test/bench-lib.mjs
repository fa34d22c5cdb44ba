// Pure helpers of test/bench.mjs, apart so that test/bench-lib.test.ts can check them.

/** The median of a list of numbers (NaN for an empty list). */
export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A number with `d` decimals and thousands separators; non-finite values as they are. */
export function fmt(n, d = 2) {
  return Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }) : String(n);
}

/** Light variation of an article: rotate its paragraphs and tag it, so no two records are equal. */
export function variant(text, i) {
  const paras = text.split('\n').filter((p) => p.trim());
  const k = paras.length ? i % paras.length : 0;
  return [`(${i}) `, ...paras.slice(k), ...paras.slice(0, k)].join('\n');
}

/** One NDJSON record (with its newline) for article i of a batch built from `texts`. */
export function record(texts, i) {
  return JSON.stringify({ id: `a${i}`, text: variant(texts[i % texts.length], i) }) + '\n';
}

/**
 * Split NDJSON text into two halves at a line boundary, by record count: the two shards that two
 * `--jobs 1` processes get for the jobs ceiling. Concatenating the halves gives the text back.
 */
export function halves(ndjson) {
  const lines = ndjson.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const mid = Math.ceil(lines.length / 2);
  const join = (xs) => (xs.length ? xs.join('\n') + '\n' : '');
  return [join(lines.slice(0, mid)), join(lines.slice(mid))];
}

/**
 * The order of the two timed runs in round `r` of the jobs section: the ceiling ('c') and --jobs 2
 * ('j') back to back, the first of them alternating from round to round, so that load which rises
 * or falls over a pair favours each side in half the rounds.
 */
export function pairOrder(r) {
  return r % 2 === 0 ? ['c', 'j'] : ['j', 'c'];
}

/**
 * The words of the cue lexicon as written (past, present, participle and verbal-noun stems, and
 * irregular forms), deduplicated and in lexicon order: the material of the adversarial input.
 */
export function cueWords(cues) {
  const words = new Set();
  for (const c of cues) {
    for (const w of [...(c.past ?? []), ...(c.present ?? []), ...(c.participle ?? []), ...(c.nouns ?? [])]) words.add(w);
    for (const list of Object.values(c.forms ?? {})) for (const w of list ?? []) words.add(w);
  }
  return [...words].filter((w) => w && !/\s/.test(w));
}

/**
 * One line of cue words only, separated by spaces, with no punctuation and no newline, at least
 * `bytes` bytes of UTF-8 long. Deterministic (a fixed linear congruential sequence picks the words,
 * some with the conjunction و), so every run and every size read the same kind of text.
 */
export function cueLine(words, bytes) {
  if (words.length === 0) throw new Error('cueLine: no words');
  const parts = [];
  let size = 0;
  let seed = 12345;
  while (size < bytes) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const w = (seed & 8 ? 'و' : '') + words[seed % words.length];
    parts.push(w);
    size += Buffer.byteLength(w) + 1;
  }
  return parts.join(' ');
}

/** A target met or missed: lower is better unless `better` is 'higher'. */
export function verdict(value, limit, better = 'lower') {
  return better === 'lower' ? value <= limit : value >= limit;
}
