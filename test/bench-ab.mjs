#!/usr/bin/env node
// node test/bench-ab.mjs ROOT_A ROOT_B [--passes=N] [--stage=positions]
// Warm summarize() of two builds (e.g. main's checkout and a branch's), compared in one process per
// load order over samples and ../shared/corpus/dev: after tier-up, every article is run by A and by
// B back to back (the first of the two alternating), and each build's time is the mean over the
// articles of its fastest run of each (a busy machine only ever adds time to a run). The build
// imported second ran some 5% faster than the first on the same code, so the comparison is made in
// both load orders (two child processes) and their two B/A combined (geometric mean). Prints B/A
// (below 1: B is faster). Needs both builds (npm run build).
// --stage=positions times findPositions() alone, on a document, entities and meetings each build
// makes afresh per run: a change to the position rules moves summarize() by a fraction of what it
// moves this (positions are some 30% of warm summarize()), below the whole run's noise.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith('--')).map((x) => resolve(x));
const positions = flag('stage') === 'positions';
const passes = Number(flag('passes') ?? (positions ? 20 : 30));
if (!a || !b || (flag('stage') !== undefined && !positions)) {
  console.error('usage: node test/bench-ab.mjs ROOT_A ROOT_B [--passes=N] [--stage=positions]');
  process.exit(2);
}

/** A build's timed run of one text: { ms, n } (n keeps the work from being optimised away). */
async function load(root) {
  const url = (p) => pathToFileURL(join(root, 'dist', p)).href;
  if (!positions) {
    const { summarize } = await import(url('index.js'));
    return (text) => {
      const s = performance.now();
      const n = summarize(text).positions.length;
      return { ms: performance.now() - s, n };
    };
  }
  const { createDoc } = await import(url('document.js'));
  const { findEntities } = await import(url('entities/index.js'));
  const { findMeetings } = await import(url('meetings/index.js'));
  const { findPositions } = await import(url('positions/index.js'));
  // the time of findPositions on a fresh document (its memo empty, as in summarize())
  return (text) => {
    const doc = createDoc(text, {});
    const entities = findEntities(doc);
    const meetings = findMeetings(doc, entities);
    const s = performance.now();
    const n = findPositions(doc, entities, meetings).length;
    return { ms: performance.now() - s, n };
  };
}

if (process.argv.includes('--child')) {
  const first = await load(a);
  const second = await load(b);
  const textsIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '')) : []);
  const texts = [...textsIn(join(a, 'samples')), ...textsIn(join(a, '..', 'shared', 'corpus', 'dev'))];
  let sink = 0;
  for (let r = 0; r < (positions ? 40 : 80); r++) for (const t of texts) sink += first(t).n + second(t).n;
  const best = [texts.map(() => Infinity), texts.map(() => Infinity)];
  for (let p = 0; p < passes; p++) {
    texts.forEach((t, i) => {
      for (const k of (p + i) % 2 ? [0, 1] : [1, 0]) {
        const r = (k === 0 ? first : second)(t);
        sink += r.n;
        best[k][i] = Math.min(best[k][i], r.ms);
      }
    });
  }
  const mean = (xs) => xs.reduce((x, y) => x + y, 0) / xs.length;
  process.stdout.write(JSON.stringify({ a: mean(best[0]), b: mean(best[1]), sink: sink > 0 }));
  process.exit(0);
}

const self = fileURLToPath(import.meta.url);
const run = (x, y) => {
  const r = spawnSync(process.execPath, [self, x, y, `--passes=${passes}`, ...(positions ? ['--stage=positions'] : []), '--child'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
};
const ab = run(a, b);
const ba = run(b, a);
const ratio = Math.sqrt((ab.b / ab.a) * (ba.a / ba.b));
const what = positions ? 'of findPositions per article' : 'per article';
console.log(`A ${a}: ${((ab.a + ba.b) / 2).toFixed(3)} ms ${what} (fastest runs); B ${b}: ${((ab.b + ba.a) / 2).toFixed(3)} ms`);
console.log(`B/A ${ratio.toFixed(3)} (loaded A first ${(ab.b / ab.a).toFixed(3)}, B first ${(ba.a / ba.b).toFixed(3)}; load average ${loadavg()[0].toFixed(1)})`);
