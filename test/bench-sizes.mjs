#!/usr/bin/env node
// node test/bench-sizes.mjs [--root=DIR] [--rounds=N]
// Where the adversarial line's time goes as it grows (bench.mjs section 6 measures only its two
// ends): the line of cue words (bench-lib cueLine) at 0.045 to 4.5 MB, each size run as many times
// as make 4.5 MB of text per round, in interleaved rounds; prints per stage the median ms per
// 4.5 MB read (document, entities, meetings, positions, the rest; each with the collector's pauses
// that began in it) and, apart, the collector's pauses (PerformanceObserver) in the document stage
// and in all. Work linear in the text reads the same at every size; a stage whose cost per MB
// climbs with the size is where the 100x input costs more than 100x the time.
// Needs the build (npm run build). A measurement, not a test: exits 0.
import { PerformanceObserver } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cueLine, cueWords, median } from './bench-lib.mjs';

const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const root = flag('root') ? resolve(flag('root')) : join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Math.max(1, Number(flag('rounds') ?? 3));
const url = (p) => pathToFileURL(join(root, 'dist', p)).href;
const { createDoc } = await import(url('document.js'));
const { findEntities } = await import(url('entities/index.js'));
const { findMeetings } = await import(url('meetings/index.js'));
const { findPositions } = await import(url('positions/index.js'));
const { findResolutions } = await import(url('resolutions/index.js'));
const { assemble } = await import(url('assemble.js'));
const { CUES } = await import(url('lexicon/cues.js'));

const TOTAL = 4.5e6;
const SIZES = [0.045e6, 0.15e6, 0.45e6, 1.5e6, 4.5e6];
const STAGES = ['document', 'entities', 'meetings', 'positions', 'rest', 'gc doc', 'gc all'];
const words = cueWords(CUES);
const texts = SIZES.map((bytes) => cueLine(words, bytes));

/** The collector's pauses as [start, duration], delivered after each size's runs. */
const pauses = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push([e.startTime, e.duration]);
}).observe({ entryTypes: ['gc'] });

/** One summarize(), stage by stage (as pipeline.analyze runs them), its times added to `acc`; the document stage's interval pushed on `docs`. */
function run(text, acc, docs) {
  const t0 = performance.now();
  let t = t0;
  const lap = (k) => {
    const now = performance.now();
    acc[k] += now - t;
    t = now;
  };
  const doc = createDoc(text, {});
  lap(0);
  docs.push(t0, t);
  const entities = findEntities(doc);
  lap(1);
  const meetings = findMeetings(doc, entities);
  lap(2);
  const positions = findPositions(doc, entities, meetings);
  lap(3);
  assemble(doc, entities, meetings, positions, findResolutions(doc));
  lap(4);
}

for (let i = 0; i < 30; i++) run(texts[0], new Array(STAGES.length).fill(0), []);
const per = SIZES.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < SIZES.length; k++) {
    const reps = Math.round(TOTAL / SIZES[k]);
    const acc = new Array(STAGES.length).fill(0);
    const docs = [];
    await new Promise((done) => setTimeout(done, 10));
    pauses.length = 0;
    for (let i = 0; i < reps; i++) run(texts[k], acc, docs);
    await new Promise((done) => setTimeout(done, 10));
    // (pauses come in time order, and so do the document stages)
    for (let p = 0, d = 0; p < pauses.length; p++) {
      const [start, ms] = pauses[p];
      acc[6] += ms;
      while (d < docs.length && docs[d + 1] < start) d += 2;
      if (d < docs.length && docs[d] <= start) acc[5] += ms;
    }
    per[k].push(acc.map((x) => (x / reps) * (TOTAL / SIZES[k])));
  }
}

console.log(`khulasa bench-sizes: ${root}`);
console.log(`the cue line (${words.length} forms), ms per ${TOTAL / 1e6} MB read, median of ${rounds} interleaved round(s)`);
console.log(['MB'.padEnd(7), ...STAGES.map((s) => s.padStart(10)), 'total'.padStart(10)].join(''));
SIZES.forEach((bytes, k) => {
  const ms = STAGES.map((_, j) => median(per[k].map((x) => x[j])));
  const total = median(per[k].map((x) => x.slice(0, 5).reduce((a, b) => a + b, 0)));
  console.log([String(bytes / 1e6).padEnd(7), ...ms.map((x) => x.toFixed(0).padStart(10)), total.toFixed(0).padStart(10)].join(''));
});
