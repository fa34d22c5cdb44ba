#!/usr/bin/env node
// npm run bench [-- --quick] [-- --only=warm,cold,jobs,rss,linear,adversarial] [-- --stream-mb=N]
//   [-- --jobs-rounds=N]   rounds of the jobs section (each: the two-process ceiling and --jobs 2)
//   [-- --root=DIR]   measure another checkout's build (e.g. main's) with this bench
// Measures khulasa against the targets of issue 13, every ratio taken within this one run so that
// a slow or busy machine moves both sides of it. Needs the build (npm run build). Prints a report;
// exits 0 even when a target is missed (it is a measurement, not a test).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { cueLine, cueWords, fmt, halves, median, pairOrder, record as makeRecord, verdict } from './bench-lib.mjs';

const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const root = flag('root') ? resolve(flag('root')) : join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'khulasa.js');
const sampleFile = join(root, 'samples', 'cairo-syria-talks.txt');

// ---------------------------------------------------------------- pty child (see section 2)
// Run inside `script`, so that stdout is a terminal: times the table on the terminal against JSON
// to /dev/null, interleaved, and writes the times to a file (the terminal gets only the tables).
if (flag('tty-child')) {
  const runs = Number(flag('runs'));
  const time = (args, stdout) => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', stdout, 'pipe'] });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 300)}`);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const out = { tty: process.stdout.isTTY === true, columns: process.stdout.columns, table: [], json: [] };
  time([bin, sampleFile], 'inherit');
  for (let i = 0; i < runs; i++) {
    out.table.push(time([bin, sampleFile], 'inherit'));
    out.json.push(time([bin, '--format', 'json', sampleFile], 'ignore'));
  }
  writeFileSync(flag('tty-child'), JSON.stringify(out));
  process.exit(0);
}

const quick = process.argv.includes('--quick');
const SIZES = quick
  ? { warmPasses: 30, warmSeconds: 0.5, coldRuns: 10, batch: 2_000, jobsRounds: 2, streamBytes: 100e6, linearSeconds: 0.5, cueBytes: 1.5e6, cueRounds: 1 }
  : { warmPasses: 80, warmSeconds: 2, coldRuns: 15, batch: 10_000, jobsRounds: 5, streamBytes: 1e9, linearSeconds: 2, cueBytes: 4.5e6, cueRounds: 2 };
if (flag('stream-mb')) SIZES.streamBytes = Number(flag('stream-mb')) * 1e6;
if (flag('jobs-rounds')) SIZES.jobsRounds = Math.max(1, Number(flag('jobs-rounds')));
// Sections to run (all by default): the 1 GB stream alone takes long on a busy machine.
const only = new Set((flag('only') ?? 'warm,cold,jobs,rss,linear,adversarial').split(','));

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error(`bench: ${join(root, 'dist')} is missing; run npm run build first`);
  process.exit(1);
}
const { summarize } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);

// ---------------------------------------------------------------- inputs
function textsIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
}
const samples = textsIn(join(root, 'samples'));
const dev = textsIn(join(root, '..', 'shared', 'corpus', 'dev'));
const texts = [...samples, ...dev];
const sample = readFileSync(sampleFile, 'utf8');
const results = [];
const line = (s = '') => process.stdout.write(s + '\n');
const note = (s) => process.stderr.write(s + '\n');
function target(name, value, limit, unit, better = 'lower') {
  const ok = verdict(value, limit, better);
  results.push({ name, ok, text: `${fmt(value)}${unit} (target ${better === 'lower' ? '<=' : '>='} ${limit}${unit})` });
  return ok ? 'PASS' : 'MISS';
}
function check(name, ok, text) {
  results.push({ name, ok, text });
  return ok ? 'PASS' : 'MISS';
}
const baseTexts = texts.length ? texts : [sample];
const record = (i) => makeRecord(baseTexts, i);

/** Run fn over the texts repeatedly for about `seconds`; ms per article. */
function perArticle(fn, seconds) {
  for (const t of texts) fn(t); // warm: JIT, lazily built regexes, lexicons
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (const t of texts) fn(t);
    n += texts.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  } while (elapsed < seconds * 1000);
  return elapsed / n;
}

/** Interleaved rounds of equal work over inputs `{ text, reps }`; the median ms per call of each. */
function equalWorkRounds(inputs, minRounds, minSeconds) {
  for (const x of inputs) x.runs = [];
  const until = performance.now() + minSeconds * 1000;
  let rounds = 0;
  do {
    for (const x of inputs) {
      const s = performance.now();
      for (let r = 0; r < x.reps; r++) summarize(x.text);
      x.runs.push((performance.now() - s) / x.reps);
    }
    rounds++;
  } while (performance.now() < until || rounds < minRounds);
  return { rounds, ms: inputs.map((x) => median(x.runs)) };
}

line(`khulasa bench${quick ? ' (--quick)' : ''}: ${root}`);
line(`node ${process.version}, ${availableParallelism()} cores available, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
line(`texts: ${samples.length} samples + ${dev.length} dev articles, ${fmt(texts.reduce((a, t) => a + t.length, 0) / texts.length, 0)} chars on average`);
line();

// ---------------------------------------------------------------- (1) warm cost vs a word scan
if (only.has('warm')) {
  const wordRe = /[\p{L}\p{M}\p{N}]+/gu;
  let sink = 0;
  const scan = (t) => {
    for (const m of t.matchAll(wordRe)) sink += m[0].length;
  };
  // Tier-up first: V8 optimises a function once it has run enough bytecode, and most of khulasa's
  // functions run once per article or sentence, so they reach the optimising compiler only after
  // tens of passes over these texts (functions optimised per ten passes, measured: 570, 198, 116,
  // 94, 62, 36, 22, 26, 14, 6; deopts 52, 18, 13, 5, 11, 2, 1, 1, 1, 0), and the time per pass
  // falls until then. Without this the rounds below time the compiler's work, not warm code.
  for (let r = 0; r < SIZES.warmPasses; r++) for (const t of texts) sink += summarize(t).positions.length;
  // Alternate the two, so that load which comes and goes hits both alike.
  const floors = [];
  const warms = [];
  for (let r = 0; r < 3; r++) {
    floors.push(perArticle(scan, SIZES.warmSeconds / 3));
    warms.push(perArticle((t) => (sink += summarize(t).positions.length), SIZES.warmSeconds / 3));
  }
  const floor = median(floors);
  const warm = median(warms);
  const ratio = warm / floor;
  line(`(1) warm summarize() per article, samples and dev (after ${SIZES.warmPasses} passes of tier-up)`);
  line(`    summarize: ${fmt(warm, 3)} ms   word scan: ${fmt(floor, 3)} ms   ratio ${fmt(ratio, 1)}x   ${target('warm / word scan', ratio, 15, 'x')}`);
  if (sink < 0) line(); // keep the work observable
}

// ---------------------------------------------------------------- (2) cold start
if (only.has('cold')) {
  const cli = [bin, '--format', 'json', sampleFile];
  // CPU time (user + sys, from /usr/bin/time) as well as wall time: on a shared, loaded machine
  // the wall ratio swings with the load; the CPU ratio much less.
  const withTime = existsSync('/usr/bin/time');
  const time = (args) => {
    const t = process.hrtime.bigint();
    const r = withTime
      ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
      : spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const wall = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 300)}`);
    const m = /cpu ([\d.]+) ([\d.]+)/.exec(String(r.stderr));
    return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
  };
  time(cli); // fill the OS file cache
  const a = [];
  const b = [];
  // Interleaved, so background load hits both sides alike.
  for (let i = 0; i < SIZES.coldRuns; i++) {
    a.push(time(cli));
    b.push(time(['-e', '0']));
  }
  const wall = (xs) => median(xs.map((x) => x.wall));
  const cpu = (xs) => median(xs.map((x) => x.cpu));
  const ratio = wall(a) / wall(b);
  line(`(2) cold start, median of ${SIZES.coldRuns}`);
  line(`    khulasa --format json sample: ${fmt(wall(a), 1)} ms   node -e 0: ${fmt(wall(b), 1)} ms   ratio ${fmt(ratio)}x   ${target('cold json / node -e 0', ratio, 2.0, 'x')}`);
  if (withTime) line(`    CPU time (user + sys): ${fmt(cpu(a), 0)} ms vs ${fmt(cpu(b), 0)} ms, ratio ${fmt(cpu(a) / cpu(b))}x (load average now ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`);
  // The default table on a terminal: `script` gives the runs a pseudo-terminal; inside it this
  // script times the table (stdout the terminal) against JSON to /dev/null, interleaved.
  if (existsSync('/usr/bin/script')) {
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-bench-tty-'));
    try {
      const outFile = join(dir, 'times.json');
      const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
      const cmd = `stty cols 120 rows 50 2>/dev/null; ${q(process.execPath)} ${q(fileURLToPath(import.meta.url))} --root=${q(root)} --tty-child=${q(outFile)} --runs=${SIZES.coldRuns}`;
      const env = { ...process.env };
      delete env.NO_COLOR;
      delete env.FORCE_COLOR;
      delete env.CI;
      const r = spawnSync('/usr/bin/script', ['-q', '-e', '-c', cmd, '/dev/null'], { stdio: ['ignore', 'ignore', 'pipe'], env });
      const times = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : null;
      if (r.status !== 0 || !times?.tty) throw new Error(`script exited ${r.status}${times && !times.tty ? ' (stdout was not a terminal)' : ''}: ${String(r.stderr).slice(0, 300)}`);
      const ttyRatio = median(times.table) / median(times.json);
      line(`    table on a terminal (${times.columns} columns): ${fmt(median(times.table), 1)} ms   --format json: ${fmt(median(times.json), 1)} ms   ratio ${fmt(ttyRatio)}x   ${target('cold table on a terminal / cold json', ttyRatio, 1.2, 'x')}`);
    } catch (e) {
      line(`    table on a terminal: could not measure: ${e.message}`);
      results.push({ name: 'cold table on a terminal / cold json', ok: false, text: 'not measured' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    line('    table on a terminal: not measured (needs /usr/bin/script for a pseudo-terminal)');
    results.push({ name: 'cold table on a terminal / cold json', ok: false, text: 'not measured' });
  }
}

// ---------------------------------------------------------------- (3) --jobs 2 against two processes
/**
 * Run khulasa on an NDJSON file; resolves with wall ms, CPU ms (user + sys) and peak RSS (MB), both
 * from /usr/bin/time when present, the output's line count and the output itself.
 */
function runBatchCli(file, jobs) {
  const withTime = existsSync('/usr/bin/time');
  const args = [bin, '--input', 'ndjson', '--format', 'ndjson', '--jobs', String(jobs), '--quiet', file];
  const t = process.hrtime.bigint();
  const child = withTime
    ? spawn('/usr/bin/time', ['-f', 'maxrss %M cpu %U %S', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  let err = '';
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => (err += d));
  return once(child, 'close').then(([code]) => {
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (code !== 0) throw new Error(`--jobs ${jobs} ${file} exited ${code}: ${err.slice(0, 300)}`);
    const stdout = Buffer.concat(out);
    const m = /maxrss (\d+)/.exec(err);
    const c = /cpu ([\d.]+) ([\d.]+)/.exec(err);
    let lines = 0;
    for (let i = stdout.indexOf(10); i !== -1; i = stdout.indexOf(10, i + 1)) lines++;
    return { ms, cpuMs: c ? (Number(c[1]) + Number(c[2])) * 1000 : NaN, rssMb: m ? Number(m[1]) / 1024 : NaN, lines, stdout };
  });
}

if (only.has('jobs')) {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-bench-'));
  try {
    let ndjson = '';
    for (let i = 0; i < SIZES.batch; i++) ndjson += record(i);
    const whole = join(dir, 'batch.ndjson');
    const parts = [join(dir, 'half-1.ndjson'), join(dir, 'half-2.ndjson')];
    writeFileSync(whole, ndjson);
    halves(ndjson).forEach((h, k) => writeFileSync(parts[k], h));
    const bytes = Buffer.byteLength(ndjson);
    ndjson = '';
    line(`(3) batch of ${SIZES.batch.toLocaleString('en')} articles (${fmt(bytes / 1e6, 1)} MB NDJSON), whole CLI runs: --jobs 1 once, then ${SIZES.jobsRounds} round(s) of the ceiling and --jobs 2 back to back`);
    const hash = (...bufs) => {
      const h = createHash('sha256');
      for (const b of bufs) h.update(b);
      return h.digest('hex');
    };
    // The ceiling: what this machine gives two khulasa processes, each on its half of the batch,
    // run at the same time; --jobs 2 on the whole batch should come close to it. --jobs 1 on the
    // whole batch is the reference (the output every other run must equal), run once, first: its
    // time is only shown, and between a ceiling and a --jobs 2 run it would only put more time (and
    // more change of load on this shared machine) between the two runs a ratio compares.
    const ceiling = async () => {
      const t = process.hrtime.bigint();
      const [a, b] = await Promise.all(parts.map((p) => runBatchCli(p, 1)));
      return { ms: Number(process.hrtime.bigint() - t) / 1e6, cpuMs: a.cpuMs + b.cpuMs, rssMb: a.rssMb + b.rssMb, lines: a.lines + b.lines, hash: hash(a.stdout, b.stdout) };
    };
    const whole1 = async (jobs) => {
      const r = await runBatchCli(whole, jobs);
      return { ms: r.ms, cpuMs: r.cpuMs, rssMb: r.rssMb, lines: r.lines, hash: hash(r.stdout) };
    };
    const kinds = { c: ceiling, j: () => whole1(2) };
    const linesOk = (k, x) => {
      if (x.lines !== SIZES.batch) throw new Error(`${k}: ${x.lines} lines out for ${SIZES.batch} in`);
    };
    note('    … jobs: --jobs 1 on the whole batch');
    const one = await whole1(1);
    linesOk('one', one);
    const rounds = [];
    for (let r = 0; r < SIZES.jobsRounds; r++) {
      note(`    … jobs round ${r + 1} of ${SIZES.jobsRounds}`);
      // The two runs a round's ratio compares, back to back, the first alternating (pairOrder).
      const round = {};
      for (const k of pairOrder(r)) round[k] = await kinds[k]();
      for (const k of Object.keys(kinds)) linesOk(k, round[k]);
      rounds.push(round);
    }
    const same = rounds.every((x) => x.c.hash === one.hash && x.j.hash === one.hash);
    const perSecond = (ms) => SIZES.batch / (ms / 1000);
    const mbps = (ms) => bytes / 1e6 / (ms / 1000);
    const show = (label, xs, rss) => line(`    ${label}: ${fmt(perSecond(median(xs)), 0)} articles/s, ${fmt(mbps(median(xs)))} MB/s (${xs.map((x) => fmt(x / 1000)).join(', ')} s)${Number.isFinite(rss) ? `, peak RSS ${fmt(rss, 0)} MB` : ''}`);
    const col = (k) => rounds.map((x) => x[k].ms);
    const rss = (k) => Math.max(...rounds.map((x) => x[k].rssMb));
    show('--jobs 1, whole batch          ', [one.ms], one.rssMb);
    show('two --jobs 1 processes, halves ', col('c'), rss('c'));
    show('--jobs 2, whole batch          ', col('j'), rss('j'));
    const perRound = rounds.map((x) => x.c.ms / x.j.ms);
    const ratio = median(perRound);
    line(`    speed-up over --jobs 1 (its one run against each side's median): two processes ${fmt(one.ms / median(col('c')))}x (the ceiling), --jobs 2 ${fmt(one.ms / median(col('j')))}x`);
    const cpu = (k) => median(rounds.map((x) => x[k].cpuMs));
    if (Number.isFinite(cpu('c')) && Number.isFinite(cpu('j'))) {
      // CPU time moves far less with the machine's load than wall time: a check on the wall ratio.
      line(`    CPU time (user + sys, medians): ceiling ${fmt(cpu('c') / 1000, 1)} s, --jobs 2 ${fmt(cpu('j') / 1000, 1)} s, --jobs 1 ${fmt(one.cpuMs / 1000, 1)} s; ceiling / --jobs 2 ${fmt(cpu('c') / cpu('j'))}x`);
    }
    line(`    --jobs 2 / ceiling (median of per-round ratios ${perRound.map((x) => fmt(x)).join(', ')}): ${fmt(ratio)}x   ${target('--jobs 2 / two-process ceiling', ratio, 0.95, 'x', 'higher')}`);
    line(`    output of --jobs 2 and of the two halves byte-identical to --jobs 1: ${same ? 'yes' : 'NO'}   ${check('--jobs 2 output = --jobs 1 output', same, same ? 'identical' : 'different')}`);
  } catch (e) {
    line(`    could not run: ${e.message}`);
    results.push({ name: '--jobs 2 / two-process ceiling', ok: false, text: 'not measured' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- (4) peak RSS over a generated stream
if (only.has('rss')) {
  const useTime = existsSync('/usr/bin/time');
  const args = [bin, '--input', 'ndjson', '--format', 'ndjson', '--quiet'];
  const child = useTime
    ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { stdio: ['pipe', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  // Without /usr/bin/time, sample the high-water mark the kernel keeps for the process.
  let hwmKb = 0;
  const sampler = useTime
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
        } catch {}
      }, 50);
  const closed = once(child, 'close');
  child.stdin.on('error', () => {}); // reported through the exit status below
  const started = process.hrtime.bigint();
  let sent = 0;
  let i = 0;
  // The khulasa process itself (under /usr/bin/time it is time's child): its high-water mark so far.
  const nodePid = () => (useTime ? Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]) : child.pid);
  const hwmSoFar = () => {
    try {
      return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${nodePid()}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return NaN;
    }
  };
  let nextReport = 100e6;
  while (sent < SIZES.streamBytes && child.exitCode === null) {
    let chunk = '';
    while (chunk.length < 1 << 20) chunk += record(i++);
    sent += Buffer.byteLength(chunk);
    if (sent >= nextReport && SIZES.streamBytes > 100e6) {
      // Long runs: say how far they are (stderr, so the report on stdout stays as it is).
      note(`    … ${fmt(sent / 1e6, 0)} MB sent, peak RSS so far ${fmt(hwmSoFar(), 0)} MB, ${fmt(Number(process.hrtime.bigint() - started) / 1e9, 0)} s`);
      nextReport += 100e6;
    }
    if (!child.stdin.write(chunk)) await Promise.race([once(child.stdin, 'drain'), closed]);
  }
  child.stdin.end();
  const [code] = await closed;
  if (sampler) clearInterval(sampler);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peakMb = (m ? Number(m[1]) : hwmKb) / 1024;
  line(`(4) peak RSS over a ${fmt(sent / 1e6, 0)} MB NDJSON stream (${i.toLocaleString('en')} articles, generated on the fly, default --jobs = ${availableParallelism()})`);
  if (code !== 0 || !peakMb) {
    line(`    could not measure (exit ${code}): ${stderr.slice(0, 300)}`);
    results.push({ name: 'peak RSS', ok: false, text: 'not measured' });
  } else {
    line(`    ${fmt(peakMb, 0)} MB peak (via ${useTime ? '/usr/bin/time -v' : '/proc VmHWM'}), ${fmt(sent / 1e6 / seconds)} MB/s, ${fmt(seconds, 0)} s   ${target(`peak RSS, ${fmt(sent / 1e6, 0)} MB stream`, peakMb, 200, ' MB')}`);
  }
}

// ---------------------------------------------------------------- (5) linearity
if (only.has('linear')) {
  const inputs = [1, 10, 100].map((k) => ({ k, text: Array.from({ length: k }, () => sample).join('\n'), reps: 100 / k }));
  for (const x of inputs) summarize(x.text);
  // Rounds in which every size does the same work (1x a hundred times, 10x ten times, 100x once),
  // so that load which comes and goes, and the GC debt one size leaves the next, hit all alike.
  const { rounds, ms } = equalWorkRounds(inputs, 3, SIZES.linearSeconds * 3);
  const ratio = ms[2] / ms[0];
  line(`(5) linearity: the sample article repeated, median time per summarize() over ${rounds} interleaved rounds of equal work`);
  line(`    ${inputs.map((x, k) => `${x.k}x: ${fmt(ms[k], 2)} ms`).join('   ')}   100x/1x = ${fmt(ratio, 1)}x   ${target('100x input: time / 1x time', ratio, 100, 'x')}`);
}

// ---------------------------------------------------------------- (6) adversarial one-line input
if (only.has('adversarial')) {
  let cues = [];
  try {
    ({ CUES: cues } = await import(pathToFileURL(join(root, 'dist', 'lexicon', 'cues.js')).href));
  } catch {}
  const words = cueWords(cues ?? []);
  if (words.length === 0) words.push('قال', 'أكد', 'شدد', 'دعا', 'أضاف', 'أوضح', 'حذر', 'أعرب');
  const big = cueLine(words, SIZES.cueBytes);
  const small = cueLine(words, SIZES.cueBytes / 100);
  const inputs = [
    { text: small, reps: 100 },
    { text: big, reps: 1 },
  ];
  note(`    … adversarial input: ${fmt(SIZES.cueBytes / 1e6, 1)} MB of cue words in one line`);
  summarize(small);
  const { rounds, ms } = equalWorkRounds(inputs, SIZES.cueRounds, 0);
  const ratio = ms[1] / ms[0];
  line(`(6) adversarial: one line of cue words only (${words.length} forms), no punctuation; median of ${rounds} round(s) of equal work`);
  line(`    ${fmt(SIZES.cueBytes / 1e8, 3)} MB: ${fmt(ms[0], 1)} ms   ${fmt(SIZES.cueBytes / 1e6, 1)} MB: ${fmt(ms[1], 0)} ms   100x input: ${fmt(ratio, 1)}x time   ${target(`${fmt(SIZES.cueBytes / 1e6, 1)} MB cue line: time / time at 1/100 of it`, ratio, 100, 'x')}`);
}

line();
line(`targets met: ${results.filter((r) => r.ok).length}/${results.length}`);
for (const r of results) line(`  ${r.ok ? 'PASS' : 'MISS'}  ${r.name}: ${r.text}`);
