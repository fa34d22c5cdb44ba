#!/usr/bin/env node
// node test/bench-ab.mjs ROOT_A ROOT_B [--passes=N]
// Warm summarize() of two builds (e.g. main's checkout and a branch's), compared in one process per
// load order over samples and ../shared/corpus/dev: after tier-up, every article is run by A and by
// B back to back (the first of the two alternating), and each build's time is the mean over the
// articles of its fastest run of each (a busy machine only ever adds time to a run). The build
// imported second ran some 5% faster than the first on the same code, so the comparison is made in
// both load orders (two child processes) and their two B/A combined (geometric mean). Prints B/A
// (below 1: B is faster). Needs both builds (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith('--')).map((x) => resolve(x));
const passes = Number(flag('passes') ?? 30);
if (!a || !b) {
  console.error('usage: node test/bench-ab.mjs ROOT_A ROOT_B [--passes=N]');
  process.exit(2);
}

if (process.argv.includes('--child')) {
  const load = async (root) => (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)).summarize;
  const first = await load(a);
  const second = await load(b);
  const textsIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '')) : []);
  const texts = [...textsIn(join(a, 'samples')), ...textsIn(join(a, '..', 'shared', 'corpus', 'dev'))];
  let sink = 0;
  for (let r = 0; r < 80; r++) for (const t of texts) sink += first(t).positions.length + second(t).positions.length;
  const best = [texts.map(() => Infinity), texts.map(() => Infinity)];
  for (let p = 0; p < passes; p++) {
    texts.forEach((t, i) => {
      for (const k of (p + i) % 2 ? [0, 1] : [1, 0]) {
        const s = performance.now();
        sink += (k === 0 ? first : second)(t).positions.length;
        best[k][i] = Math.min(best[k][i], performance.now() - s);
      }
    });
  }
  const sum = (xs) => xs.reduce((x, y) => x + y, 0) / xs.length;
  process.stdout.write(JSON.stringify({ a: sum(best[0]), b: sum(best[1]), sink: sink > 0 }));
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
console.log(`A ${a}: ${((ab.a + ba.b) / 2).toFixed(3)} ms per article (fastest runs); B ${b}: ${((ab.b + ba.a) / 2).toFixed(3)} ms`);
console.log(`B/A ${ratio.toFixed(3)} (loaded A first ${(ab.b / ab.a).toFixed(3)}, B first ${(ba.a / ba.b).toFixed(3)}; load average ${loadavg()[0].toFixed(1)})`);
