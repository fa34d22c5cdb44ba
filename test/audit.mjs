#!/usr/bin/env node
// npm run audit -- FILE [--json] [--limit N] [--samples N|RULE|top] [--class NAME] [--fail-on-errors]
// Runs the built CLI (node bin/khulasa.js --input ndjson --format ndjson --quiet, all cores) over
// every record of FILE (.ndjson or .ndjson.gz: one {"id", "text"} object per line) and reports the
// error records, the outputs that are wrong on their face (classes in test/audit/classify.ts, word
// lists in test/audit/words.ts) per 1,000 articles with samples, how often each rule fires, and
// how many positions, participants and meetings an article gets. Needs the build (npm run build).
// Runs under tsx (the classifier is TypeScript): `npm run audit` does that.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, openSync, readSync, closeSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLASSES, auditArticle } from './audit/classify.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'khulasa.js');

const HELP = `Usage: npm run audit -- FILE [options]

Runs khulasa over every record of FILE (.ndjson or .ndjson.gz, one {"id","text"} object a line)
and reports error records, outputs that are wrong on their face per 1,000 articles (with samples),
how often each rule fires, and outputs per article.

Options:
  --json              machine-readable report on stdout (diff two runs)
  --limit N           only the first N records
  --samples N         samples per class (default 4; 20 with --class)
  --samples RULE      also print samples of output items made by RULE (repeatable; e.g.
                      "meetings: cue-sentence", just "cue-sentence", or a rule field as
                      "rule=verb:qala/entity"); "top" = the 3 most frequent rules
  --class NAME        only this class (or every class starting with NAME, e.g. holder), more samples
  --fail-on-errors    exit 1 when any record is an error record
  --jobs N            worker threads for khulasa (default: its own, all cores)
  --id-field F, --text-field F   field names (default id, text)
Exit: 0 done, 1 error records with --fail-on-errors, 2 usage or setup error.`;

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const o = { file: null, json: false, limit: Infinity, samples: null, rules: [], cls: null, failOnErrors: false, jobs: null, idField: 'id', textField: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') {
      console.log(HELP);
      process.exit(0);
    } else if (a === '--json') o.json = true;
    else if (a === '--fail-on-errors') o.failOnErrors = true;
    else if (a === '--limit') o.limit = positive(value(), a);
    else if (a === '--samples') {
      const v = value();
      if (/^\d+$/.test(v)) o.samples = Number(v);
      else o.rules.push(v);
    } else if (a === '--class') o.cls = value();
    else if (a === '--jobs') o.jobs = positive(value(), a);
    else if (a === '--id-field') o.idField = value();
    else if (a === '--text-field') o.textField = value();
    else if (a.startsWith('-') && a !== '-') usage(`unknown option ${a}`);
    else if (o.file) usage('one FILE only');
    else o.file = a;
  }
  if (!o.file) usage('no FILE given');
  if (o.cls && !Object.keys(CLASSES).some((k) => k === o.cls || k.startsWith(o.cls + '.') || k.startsWith(o.cls))) {
    usage(`unknown class ${o.cls}; classes: ${Object.keys(CLASSES).join(', ')}`);
  }
  o.samples ??= o.cls ? 20 : 4;
  return o;
}
function positive(v, name) {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) usage(`${name} takes a positive whole number, not ${v}`);
  return n;
}
function usage(msg) {
  console.error(`audit: ${msg}\n(npm run audit -- --help)`);
  process.exit(2);
}

const opts = parseArgs(process.argv.slice(2));
if (!existsSync(opts.file)) usage(`${opts.file}: no such file`);
if (!existsSync(join(root, 'dist', 'bundle', 'run.js'))) {
  console.error('audit: the build is missing (dist/bundle); run npm run build first');
  process.exit(2);
}

// ---------------------------------------------------------------- run khulasa over the file
function isGzip(file) {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(2);
  const n = readSync(fd, head, 0, 2, 0);
  closeSync(fd);
  return n === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

const t0 = performance.now();
const args = [bin, '--input', 'ndjson', '--format', 'ndjson', '--quiet', '--id-field', opts.idField, '--text-field', opts.textField];
if (opts.jobs) args.push('--jobs', String(opts.jobs));
const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (d) => (stderr += d));
const exited = once(child, 'close');
child.stdin.on('error', () => {}); // khulasa gone early: reported through its exit code

/** The records sent, in order: khulasa answers in input order, one line per non-blank line. */
const pending = [];
async function feed() {
  const raw = createReadStream(opts.file);
  const input = createInterface({ input: isGzip(opts.file) ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
  let n = 0;
  for await (let line of input) {
    if (n === 0) line = line.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    if (n >= opts.limit) break;
    n++;
    let id = null;
    let text = '';
    try {
      const r = JSON.parse(line);
      if (r && typeof r === 'object') {
        if (r[opts.idField] !== undefined && r[opts.idField] !== null) id = String(r[opts.idField]);
        if (typeof r[opts.textField] === 'string') text = r[opts.textField];
      }
    } catch {
      // khulasa answers a malformed line with an error record; the audit lists it
    }
    pending.push({ id, line: n, text });
    if (!child.stdin.write(line + '\n')) await Promise.race([once(child.stdin, 'drain'), exited]);
  }
  input.close();
  raw.destroy();
  child.stdin.end();
}

// ---------------------------------------------------------------- collect
const classIds = Object.keys(CLASSES);
const stats = {
  articles: 0,
  errors: [],
  mismatched: 0,
  classes: Object.fromEntries(classIds.map((k) => [k, { count: 0, articles: new Set(), forms: new Map(), samples: new Map() }])),
  rules: new Map(),
  dist: { positions: [], participants: [], meetings: [] },
  negativeLike: 0,
  countrySources: {},
};
const wantRuleSamples = new Set(opts.rules.map((r) => r.trim()));
const ruleSamples = new Map();

/** Keep up to opts.samples samples of each form; the report shows the most frequent forms' first. */
function addSample(c, form, sample) {
  const list = c.samples.get(form);
  if (!list) c.samples.set(form, [sample]);
  else if (list.length < opts.samples) list.push(sample);
}

function evidence(text, span, show) {
  const flat = (s) => s.replace(/\s+/gu, ' ');
  if (show === 'before') {
    const left = flat(text.slice(Math.max(0, span.start - 55), span.start)).trimStart();
    const right = flat(text.slice(span.start, Math.min(span.end, span.start + 25)));
    return `${span.start > 55 ? '…' : ''}${left}▸${right}${span.end > span.start + 25 ? '…' : ''}`;
  }
  if (show === 'around') {
    const left = flat(text.slice(Math.max(0, span.start - 30), span.start)).trimStart();
    const mid = flat(text.slice(span.start, Math.min(span.end, span.start + 40)));
    const right = flat(text.slice(span.end, span.end + 30)).trimEnd();
    return `${span.start > 30 ? '…' : ''}${left}⟦${mid}${span.end > span.start + 40 ? '…' : ''}⟧${right}…`;
  }
  const s = flat(text.slice(span.start, span.end));
  return s.length > 80 ? s.slice(0, 79) + '…' : s;
}

function collect(out, rec) {
  stats.articles++;
  if (out.error) {
    stats.errors.push({ id: out.source ?? rec.id ?? `line ${rec.line}`, code: out.error.code, message: out.error.message });
    return;
  }
  if (rec.id !== null && out.source !== rec.id) stats.mismatched++;
  rec.id ??= out.source ?? `line ${rec.line}`;
  const text = rec.text;
  const a = auditArticle(out, text);
  stats.dist.positions.push(out.positions.length);
  stats.dist.participants.push(out.participants.length);
  stats.dist.meetings.push(out.meetings.length);
  if (a.negativeLike) stats.negativeLike++;
  for (const [k, v] of Object.entries(a.countrySources)) stats.countrySources[k] = (stats.countrySources[k] ?? 0) + v;
  for (const f of a.findings) {
    const c = stats.classes[f.cls];
    c.count++;
    c.articles.add(rec.id);
    c.forms.set(f.form, (c.forms.get(f.form) ?? 0) + 1);
    addSample(c, f.form, { id: rec.id, form: f.form, name: f.name, evidence: evidence(text, f.span, f.show), detail: f.detail });
  }
  for (const r of a.rules) {
    stats.rules.set(r.key, (stats.rules.get(r.key) ?? 0) + 1);
    const rule = r.key.slice(r.key.indexOf(': ') + 2);
    if (wantRuleSamples.has(r.key) || wantRuleSamples.has(rule) || wantRuleSamples.has('top')) {
      // the first occurrences, one per article
      const list = ruleSamples.get(r.key) ?? [];
      if (list.length < opts.samples && !list.some((x) => x.id === rec.id)) list.push({ id: rec.id, name: r.name, evidence: evidence(text, r.span, r.key.startsWith('positions') ? 'before' : 'span') });
      ruleSamples.set(r.key, list);
    }
  }
}

async function drain() {
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const rec = pending.shift() ?? { id: '?', line: 0, text: '' };
    let out;
    try {
      out = JSON.parse(line);
    } catch {
      out = { source: rec.id, error: { code: 'AUDIT', message: `khulasa printed a line that is not JSON: ${line.slice(0, 80)}` } };
    }
    collect(out, rec);
  }
}

const [, , [code]] = await Promise.all([feed(), drain(), exited]);
const seconds = (performance.now() - t0) / 1000;
for (const rec of pending) stats.errors.push({ id: rec.id ?? `line ${rec.line}`, code: 'AUDIT', message: 'khulasa printed no line for this record' });
// khulasa exits 0, or 1/3 when some records are error records (listed); anything else is a setup failure
if (![0, 1, 3].includes(code ?? -1) || (code !== 0 && stats.errors.length === 0)) {
  console.error(`audit: khulasa exited with ${code}${stderr ? `:\n${stderr.trim()}` : ''}`);
  process.exit(2);
}

// ---------------------------------------------------------------- report
const per1k = (n) => (stats.articles ? (n * 1000) / stats.articles : 0);
const fmt = (n, d = 1) => n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
const int = (n) => n.toLocaleString('en');

function distribution(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : 0);
  const total = s.reduce((a, b) => a + b, 0);
  const buckets = [
    ['0', (x) => x === 0],
    ['1', (x) => x === 1],
    ['2', (x) => x === 2],
    ['3-5', (x) => x >= 3 && x <= 5],
    ['6-10', (x) => x >= 6 && x <= 10],
    ['11-20', (x) => x >= 11 && x <= 20],
    ['>20', (x) => x > 20],
  ].map(([k, f]) => [k, s.filter(f).length]);
  return { total, mean: s.length ? total / s.length : 0, median: q(0.5), p90: q(0.9), p99: q(0.99), max: s.at(-1) ?? 0, buckets: Object.fromEntries(buckets) };
}

const selected = classIds.filter((k) => !opts.cls || k === opts.cls || k.startsWith(opts.cls));
/** Samples of a class: one of each of its most frequent forms, then more of the same forms. */
const pick = (c) => {
  const forms = topForms(c.forms, Infinity).map(([f]) => c.samples.get(f));
  const out = [];
  for (let round = 0; out.length < opts.samples && round < opts.samples; round++) {
    for (const list of forms) if (out.length < opts.samples && list[round]) out.push(list[round]);
  }
  return out;
};
const topForms = (forms, n) => [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
// holders wrong on their face: every holder.* class and the unresolved honorifics
const holderTotal = classIds.filter((k) => k.startsWith('holder.') || k === 'honorific.holder').reduce((a, k) => a + stats.classes[k].count, 0);
const positionsTotal = stats.dist.positions.reduce((a, b) => a + b, 0);
const rulesSorted = [...stats.rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const topRules = rulesSorted.slice(0, 3).map(([k]) => k);
const ruleSampleKeys = [...ruleSamples.keys()].filter((k) => !wantRuleSamples.has('top') || topRules.includes(k) || wantRuleSamples.has(k) || wantRuleSamples.has(k.slice(k.indexOf(': ') + 2)));

if (opts.json) {
  const report = {
    file: opts.file,
    articles: stats.articles,
    seconds: Number(seconds.toFixed(1)),
    errorRecords: stats.errors,
    positions: positionsTotal,
    holdersWrongOnTheirFace: { count: holderTotal, per1k: Number(per1k(holderTotal).toFixed(1)) },
    classes: Object.fromEntries(
      selected.map((k) => {
        const c = stats.classes[k];
        return [k, { label: CLASSES[k], count: c.count, per1k: Number(per1k(c.count).toFixed(1)), articles: c.articles.size, forms: Object.fromEntries(topForms(c.forms, 50)), samples: pick(c) }];
      }),
    ),
    rules: Object.fromEntries(rulesSorted.map(([k, n]) => [k, { count: n, per1k: Number(per1k(n).toFixed(1)) }])),
    ruleSamples: Object.fromEntries(ruleSampleKeys.map((k) => [k, ruleSamples.get(k).slice(0, opts.samples)])),
    perArticle: { positions: distribution(stats.dist.positions), participants: distribution(stats.dist.participants), meetings: distribution(stats.dist.meetings) },
    negativeLike: { articles: stats.negativeLike, withParticipants: stats.classes['negative.participants'].count },
    countrySources: stats.countrySources,
  };
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} else {
  const w = (s = '') => process.stdout.write(s + '\n');
  w(`khulasa audit of ${opts.file}`);
  w(`articles ${int(stats.articles)} · error records ${stats.errors.length} · ${fmt(seconds)} s (${fmt((seconds * 1000) / Math.max(1, stats.articles), 2)} ms per article)`);
  for (const e of stats.errors) w(`  ERROR ${e.id}: ${e.code}: ${e.message}`);
  if (stats.mismatched) w(`  (${stats.mismatched} output lines named another source than the record sent: check --id-field)`);
  w();
  w(`Wrong on their face                                                                             count  per 1,000 articles`);
  const row = (label, n) => w(`  ${label.length > 92 ? label.slice(0, 91) + '…' : label.padEnd(92)} ${String(int(n)).padStart(6)}  ${fmt(per1k(n)).padStart(8)}`);
  for (const k of selected) {
    const c = stats.classes[k];
    row(`${k.padEnd(25)} ${CLASSES[k]}`, c.count);
  }
  if (!opts.cls || opts.cls.startsWith('holder') || opts.cls.startsWith('honorific')) {
    row(`${'holders'.padEnd(25)} holder.* and honorific.holder: ${fmt((100 * holderTotal) / Math.max(1, positionsTotal), 2)}% of ${int(positionsTotal)} positions`, holderTotal);
  }
  for (const k of selected) {
    const c = stats.classes[k];
    if (!c.count) continue;
    if (opts.samples || k === selected.find((x) => stats.classes[x].count)) w();
    w(`${k} · ${int(c.count)} in ${int(c.articles.size)} articles · ${topForms(c.forms, 12).map(([f, n]) => `${f} ×${n}`).join('، ')}`);
    for (const s of pick(c)) w(`  ${s.name.length > 60 ? s.name.slice(0, 59) + '…' : s.name} | ${s.evidence} | ${s.id}${s.detail ? ` | ${s.detail}` : ''}`);
  }
  w();
  w('Per article              mean  median  p90  p99   max   | articles with 0 / 1 / 2 / 3-5 / 6-10 / 11-20 / >20');
  for (const k of ['positions', 'participants', 'meetings']) {
    const d = distribution(stats.dist[k]);
    w(`  ${k.padEnd(20)} ${fmt(d.mean, 2).padStart(6)} ${String(d.median).padStart(6)} ${String(d.p90).padStart(4)} ${String(d.p99).padStart(4)} ${String(d.max).padStart(5)}   | ${Object.values(d.buckets).map(int).join(' / ')}`);
  }
  w(`  negative-like articles (no meeting word at all): ${int(stats.negativeLike)}; of them with participants: ${int(stats.classes['negative.participants'].count)}`);
  w(`  persons with a country, by affiliationSource (and whether a word for the country stands near them):`);
  w(`    ${Object.entries(stats.countrySources).sort().map(([k, n]) => `${k} ${int(n)}`).join(' · ') || '—'}`);
  w();
  if (!opts.cls) {
    // the registry's rule ids (rules[]) in full; positions' finer rule= names, the most frequent
    const ids = rulesSorted.filter(([k]) => !k.includes(': rule='));
    const legacy = rulesSorted.filter(([k]) => k.includes(': rule='));
    w(`Rules (output items naming each rule in rules[])                                                count  per 1,000 articles`);
    for (const [k, n] of ids) row(k, n);
    if (legacy.length) {
      w();
      w(`Positions by their rule field                                                                   count  per 1,000 articles`);
      for (const [k, n] of legacy.slice(0, 15)) row(k, n);
      if (legacy.length > 15) w(`  … ${legacy.length - 15} more (--json lists all)`);
    }
  }
  for (const k of ruleSampleKeys) {
    w();
    w(`samples of ${k} (${int(stats.rules.get(k) ?? 0)})`);
    for (const s of ruleSamples.get(k).slice(0, opts.samples)) w(`  ${s.name.length > 60 ? s.name.slice(0, 59) + '…' : s.name} | ${s.evidence} | ${s.id}`);
  }
}
process.exit(opts.failOnErrors && stats.errors.length ? 1 : 0);
