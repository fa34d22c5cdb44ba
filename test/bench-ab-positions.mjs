#!/usr/bin/env node
// node test/bench-ab-positions.mjs ROOT_A ROOT_B [--passes=N]
// findPositions() alone of two builds, compared as bench-ab.mjs compares summarize(): each article's
// document, entities and meetings are made afresh by each build, and only its findPositions() call is
// timed (fastest run per article, mean over samples and ../shared/corpus/dev, both load orders,
// geometric mean of the two B/A). A change to the position rules moves summarize() by a fraction
// of what it moves this (positions are some 30% of warm summarize()), below bench-ab's noise where
// it gains a few percent of positions. Prints B/A (below 1: B is faster). Needs both builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith('--')).map((x) => resolve(x));
const passes = Number(flag('passes') ?? 20);
if (!a || !b) {
  console.error('usage: node test/bench-ab-positions.mjs ROOT_A ROOT_B [--passes=N]');
  process.exit(2);
}

if (process.argv.includes('--child')) {
  const load = async (root) => {
    const url = (p) => pathToFileURL(join(root, 'dist', p)).href;
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
  };
  const first = await load(a);
  const second = await load(b);
  const textsIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '')) : []);
  const texts = [...textsIn(join(a, 'samples')), ...textsIn(join(a, '..', 'shared', 'corpus', 'dev'))];
  let sink = 0;
  for (let r = 0; r < 40; r++) for (const t of texts) sink += first(t).n + second(t).n;
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
  const r = spawnSync(process.execPath, [self, x, y, `--passes=${passes}`, '--child'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
};
const ab = run(a, b);
const ba = run(b, a);
const ratio = Math.sqrt((ab.b / ab.a) * (ba.a / ba.b));
const us = (ms) => (ms * 1000).toFixed(1);
console.log(`A ${a}: ${us((ab.a + ba.b) / 2)} µs of findPositions per article (fastest runs); B ${b}: ${us((ab.b + ba.a) / 2)} µs`);
console.log(`B/A ${ratio.toFixed(3)} (loaded A first ${(ab.b / ab.a).toFixed(3)}, B first ${(ba.a / ba.b).toFixed(3)})`);
