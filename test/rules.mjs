#!/usr/bin/env node
// npm run rules -- [--gold DIR]... [--raw FILE] [--raw-limit N] [--only id,id] [--jobs N] [--json]
//
// What each rule gains and costs. Every rule of the registry is switched off in turn and:
// - on each gold set (default: ../shared/corpus/dev, dev2, dev3), the articles whose output changes
//   are counted and the set is scored by ../shared/eval/score.mjs: the F1/share deltas per field
//   (negative = the rule helps: switching it off loses that much);
// - on the raw corpus (default ../shared/corpus/raw/news.ndjson.gz, no gold), how many articles per
//   1,000 carry the rule in an output item's `rules` (over every record), and how many change when it
//   is off (over the first --raw-limit records, default 1000).
// A rule that changes one gold article and rarely fires on the raw corpus is flagged "1-article":
// a memorised special case to generalise or remove. Needs the build (npm run build).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** A summary without its rule trails, as a string: what a rule's absence may change. */
function reading(summary) {
  const drop = (xs) => xs.map(({ rules: _r, rule: _q, ...x }) => x);
  return JSON.stringify({ p: drop(summary.participants), m: drop(summary.meetings), s: drop(summary.positions), r: drop(summary.resolutions) });
}

if (!isMainThread) {
  // a worker: summarise its texts with each rule of its share switched off; report the articles changed
  const { summarize } = await import(join(dist, 'index.js'));
  const { texts, rules, base } = workerData;
  const out = {};
  for (const id of rules) {
    let changed = 0;
    for (let k = 0; k < texts.length; k++) if (reading(summarize(texts[k], { disabledRules: [id] })) !== base[k]) changed++;
    out[id] = changed;
  }
  parentPort.postMessage(out);
  process.exit(0);
}

const args = parseArgs(process.argv.slice(2));
if (!existsSync(join(dist, 'registry.js'))) die('rules: dist/ is missing or old; run npm run build first');
const { RULES } = await import(join(dist, 'registry.js'));
const { summarize } = await import(join(dist, 'index.js'));
const shared = join(root, '..', 'shared');
const golds = args.gold.length ? args.gold : ['dev', 'dev2', 'dev3'].map((d) => join(shared, 'corpus', d)).filter(existsSync);
const rawFile = args.raw ?? join(shared, 'corpus', 'raw', 'news.ndjson.gz');
const rawLimit = Number(args['raw-limit'] ?? 1000);
const jobs = Math.max(1, Number(args.jobs ?? availableParallelism()));
const only = args.only ? new Set(args.only.split(',')) : null;
const rules = RULES.filter((r) => !only || only.has(r.id));
const scorer = join(shared, 'eval', 'score.mjs');
const FIELDS = ['participants', 'positions', 'resolutions', 'locations', 'dates', 'role', 'affiliation', 'overall'];

/** Score a directory of predictions against a gold directory: the field values. */
function score(gold, predDir) {
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', predDir, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) die(`rules: the scorer failed on ${gold}: ${r.stderr.trim().slice(0, 300)}`);
  const j = JSON.parse(r.stdout);
  return { ...Object.fromEntries(Object.entries(j.fields).map(([k, v]) => [k, v.f1])), role: j.role, affiliation: j.affiliation, overall: j.overall };
}

/** The gold articles of a directory: name and text. */
function articlesOf(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const name = basename(f, '.gold.json');
    return { name, text: readFileSync(join(dir, name + '.txt'), 'utf8').replace(/^\uFEFF/, '') };
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'khulasa-rules-'));
const report = { gold: {}, raw: null };
try {
  for (const dir of golds) {
    const set = basename(dir);
    const arts = articlesOf(dir);
    const write = (sub, summaries) => {
      const d = join(tmp, set, sub);
      mkdirSync(d, { recursive: true });
      arts.forEach((a, k) => writeFileSync(join(d, a.name + '.json'), JSON.stringify(summaries[k])));
      return d;
    };
    const base = arts.map((a) => summarize(a.text));
    const baseReading = base.map(reading);
    const baseScore = score(dir, write('base', base));
    const perRule = {};
    for (const r of rules) {
      const off = arts.map((a) => summarize(a.text, { disabledRules: [r.id] }));
      const changed = arts.filter((_, k) => reading(off[k]) !== baseReading[k]).map((a) => a.name);
      const delta = {};
      if (changed.length) {
        const s = score(dir, write(r.id, off));
        for (const f of FIELDS) delta[f] = s[f] - baseScore[f];
      }
      perRule[r.id] = { changed, delta };
    }
    report.gold[set] = { articles: arts.length, base: baseScore, rules: perRule };
  }
  if (existsSync(rawFile)) report.raw = await rawReport(rawFile);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (args.json) console.log(JSON.stringify(report, null, 2));
else print(report);

/** How often each rule fires on the raw corpus: cited by output items (all records) and changing output when off (a sample). */
async function rawReport(file) {
  const buf = readFileSync(file);
  const lines = (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8').split('\n').filter(Boolean);
  const texts = lines.map((l) => JSON.parse(l)).map((r) => String(r.text ?? r.body ?? ''));
  const cited = Object.fromEntries(rules.map((r) => [r.id, 0]));
  const sample = texts.slice(0, rawLimit);
  const base = [];
  texts.forEach((t, k) => {
    const s = summarize(t);
    if (k < sample.length) base.push(reading(s));
    const ids = new Set([...s.participants, ...s.meetings, ...s.positions, ...s.resolutions].flatMap((x) => x.rules ?? []));
    for (const id of ids) if (id in cited) cited[id]++;
  });
  const shares = Array.from({ length: jobs }, (_, j) => rules.filter((_, k) => k % jobs === j).map((r) => r.id));
  const results = await Promise.all(
    shares.map((share) => new Promise((resolve, reject) => {
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { texts: sample, rules: share, base } });
      w.once('message', resolve);
      w.once('error', reject);
    })),
  );
  const changed = Object.assign({}, ...results);
  return { records: texts.length, sample: sample.length, cited, changed };
}

function print(rep) {
  const sets = Object.keys(rep.gold);
  const line = (s = '') => process.stdout.write(s + '\n');
  const fmt = (x) => (x === undefined ? '' : (x >= 0 ? '+' : '') + x.toFixed(3));
  line(`npm run rules: ${rules.length} rules; gold: ${sets.map((s) => `${s} (${rep.gold[s].articles}, overall ${rep.gold[s].base.overall.toFixed(3)})`).join(', ')}` + (rep.raw ? `; raw: ${rep.raw.records} records, ${rep.raw.sample} sampled for switching off` : ''));
  line('Per gold set: articles changed with the rule off, and the change in overall (negative: the rule helps).');
  line('Raw: articles per 1,000 whose output cites the rule; per 1,000 sampled whose output changes with it off.');
  line();
  const head = ['rule', 'stage', ...sets.flatMap((s) => [`${s} art`, `${s} Δall`]), 'raw cite‰', 'raw off‰', 'flag'];
  const rows = rules.map((r) => {
    const g = sets.map((s) => rep.gold[s].rules[r.id]);
    const totalChanged = g.reduce((a, x) => a + x.changed.length, 0);
    const cite = rep.raw ? (1000 * rep.raw.cited[r.id]) / rep.raw.records : undefined;
    const off = rep.raw ? (1000 * rep.raw.changed[r.id]) / rep.raw.sample : undefined;
    const rare = off !== undefined && off < 2 && (cite ?? 0) < 2;
    const flag = totalChanged === 0 ? (off === 0 ? 'inert' : 'no-gold') : totalChanged === 1 && rare ? '1-article' : '';
    return [r.id, r.stage, ...g.flatMap((x) => [String(x.changed.length), fmt(x.delta.overall)]), cite === undefined ? '' : cite.toFixed(1), off === undefined ? '' : off.toFixed(1), flag];
  });
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const fmtRow = (r) => r.map((c, k) => (k < 2 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  line(fmtRow(head));
  for (const r of rows) line(fmtRow(r));
  line();
  line('Field deltas (F1 or share) for rules that change a gold set:');
  for (const s of sets)
    for (const r of rules) {
      const x = rep.gold[s].rules[r.id];
      if (!x.changed.length) continue;
      line(`  ${s} ${r.id}: ${FIELDS.filter((f) => Math.abs(x.delta[f]) >= 0.0005).map((f) => `${f} ${fmt(x.delta[f])}`).join(', ') || 'no score change'} (${x.changed.length} articles${x.changed.length <= 3 ? ': ' + x.changed.join(', ') : ''})`);
    }
}

function parseArgs(argv) {
  const o = { gold: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--gold') o.gold.push(argv[++i]);
    else if (['--raw', '--raw-limit', '--only', '--jobs'].includes(a)) o[a.slice(2)] = argv[++i];
    else die(`rules: unknown argument ${a}; see the comment at the top of test/rules.mjs`);
  }
  return o;
}

function die(msg) {
  console.error(msg);
  process.exit(2);
}
