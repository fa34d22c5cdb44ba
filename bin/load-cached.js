// The cached path of bin/khulasa.js: the CLI bundled as one script (dist/bundle/khulasa-cached.js)
// and a V8 code cache of it, made by `npm run build` (scripts/code-cache.mjs) with the node that
// ran the build. A code cache holds V8 bytecode, so it fits only the node binary that made it and
// the exact script text it was made from; anything else takes the plain path (the ES modules).
// Plain JavaScript, no build step: bin/ must run as shipped. CommonJS, like bin/khulasa.js.
'use strict';
const { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

/** The single-script bundle; its code cache is `${CACHED}.cache`, what it was made for `${CACHED}.json`. */
const CACHED = join(__dirname, '..', 'dist', 'bundle', 'khulasa-cached.js');

/** What a code cache is made for: this node binary, as far as JavaScript can tell (V8 checks the rest). */
function runtimeKey() {
  return { node: process.version, v8: process.versions.v8, arch: process.arch, platform: process.platform };
}

/**
 * Compile the bundle's text (with a code cache when given) and evaluate it as a CommonJS module.
 * Returns its exports and the compiled Script, or `rejected` when V8 refused the cache (then
 * nothing was evaluated).
 */
function evaluate(file, source, cachedData) {
  const script = new Script(source, { filename: file, cachedData });
  if (cachedData && script.cachedDataRejected) return { rejected: true };
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { rejected: false, exports: module.exports, script };
}

/**
 * The CLI's run() from the cached bundle when its cache fits this node and this build, else
 * `run: null`; `why` says which (for KHULASA_CODE_CACHE=trace and the tests). `argv` is the
 * command line (tuneV8 asks it whether the run may read stdin).
 */
function loadCached(file = CACHED, argv = []) {
  let made;
  try {
    made = JSON.parse(readFileSync(`${file}.json`, 'utf8'));
  } catch {
    return { run: null, why: 'no code cache' };
  }
  const key = runtimeKey();
  for (const [k, v] of Object.entries(key)) if (made[k] !== v) return { run: null, why: `made for ${k} ${made[k]}, this is ${v}` };
  let source;
  let data;
  try {
    // Both files through one buffer: the script's text is copied out of it into a string before
    // the cache is read into it. Each fresh buffer of a megabyte costs a cold start some 250 page
    // faults as the file is read into it.
    const fds = [openSync(file, 'r'), openSync(`${file}.cache`, 'r')];
    try {
      const sizes = fds.map((fd) => fstatSync(fd).size);
      const buffer = Buffer.allocUnsafeSlow(Math.max(...sizes));
      // an ASCII script (as the build writes it) reads as latin1 into a one-byte string, no decoding
      source = buffer.toString(made.ascii === true ? 'latin1' : 'utf8', 0, readAll(fds[0], buffer, sizes[0]));
      data = buffer.subarray(0, readAll(fds[1], buffer, sizes[1]));
    } finally {
      for (const fd of fds) closeSync(fd);
    }
  } catch {
    return { run: null, why: 'code cache incomplete' };
  }
  // V8 compares only the length of the text: a rebuilt bundle of the same length would run the
  // old bytecode. Every build writes a new id into the script and its record.
  if (typeof made.build !== 'string' || !source.startsWith(`/*khulasa ${made.build}*/`)) return { run: null, why: 'made for another build' };
  const loaded = evaluate(file, source, data);
  if (loaded.rejected) return { run: null, why: 'rejected by V8' };
  if (typeof loaded.exports.run !== 'function') return { run: null, why: 'no run() in the bundle' };
  tuneV8(loaded.exports.stdoutIsFile?.() === true, mayReadStdin(argv));
  return { run: loaded.exports.run, why: 'used' };
}

/** Read `size` bytes of an open file into the start of `buffer`; how many it read (fewer only if the file shrank). */
function readAll(fd, buffer, size) {
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buffer, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/**
 * Three V8 settings for a short run, set once the cache is read. A cold start compiles some 130
 * regexes, most of which then run once or twice, over the whole article. V8 compiles each to
 * bytecode first and again to machine code on its next run (at once for a long subject): told to
 * skip the bytecode, it compiles each once. Its young generation starts small and doubles
 * after a scavenge: a start-up that builds megabytes of lexicons that live on scavenges six times,
 * copying them each time; grown eightfold it scavenges three times. And its optimising compiler
 * takes a function once it has run some 66 KB of bytecode (node 20's interrupt budget): one article
 * sent normalizeForm and half a dozen lexicon helpers to it, some 25 ms of compiling on a second
 * thread (on a busy two-core machine, the one the run needs) for code that had nearly done its
 * work; with eight times that budget a cold start compiles none, and a long input, whose hot code
 * then tiers up with more feedback, ran faster too (the sample 20 and 200 times over: 0.56 s →
 * 0.44 s, 2.1 s → 1.6-1.7 s). None changes what a regex matches or what the program computes.
 * V8 flags are part of what a code cache is checked against,
 * so they are set after the cache was read (and the build makes the cache without them); node's
 * own modules loaded after them compile without node's cache, so stdout (made by every run
 * that prints) is made first, unless it is a file, which the CLI writes without node's stream
 * (`stdoutIsFile`, src/cli/io.ts); stderr is made only when a run has something to say.
 */
function tuneV8(stdoutIsFile, stdin) {
  if (!stdoutIsFile) void process.stdout;
  // stdin's stream needs node's streams, which a stdout that is a file does not load
  else if (stdin) require('node:stream');
  // and every run makes an AbortController (processIo), which node loads on first use
  void globalThis.AbortController;
  const setFlags = v8SetFlags();
  setFlags('--no-regexp-tier-up');
  setFlags('--semi-space-growth-factor=8');
  setFlags('--interrupt-budget=540672');
}

/**
 * V8's setFlagsFromString. node:v8 brings node's streams and heap utilities with it (some 2.5 ms
 * of a cold start, for one function); node's own binding of the function, which node:v8 wraps,
 * comes alone: it is taken where process.binding gives it. process.binding is deprecated
 * (DEP0111) and warns once about this binding, a warning about the CLI's insides that its user
 * can do nothing about: it is asked with deprecation warnings off (process.noDeprecation, put back
 * at once). Where process.binding or the function is missing, node:v8 it is.
 */
function v8SetFlags() {
  if (typeof process.binding === 'function') {
    const quiet = process.noDeprecation;
    process.noDeprecation = true;
    try {
      const binding = process.binding('v8');
      if (typeof binding?.setFlagsFromString === 'function') return (flags) => binding.setFlagsFromString(flags);
    } catch {
      // no such binding in this node: node:v8 below
    } finally {
      process.noDeprecation = quiet;
    }
  }
  const v8 = require('node:v8');
  return (flags) => v8.setFlagsFromString(flags);
}

/**
 * May this command line read stdin? Judged by its last argument: an existing file there is an
 * input, and the lines that name files name them last; anything else (no argument, "-", an
 * option's value) may read stdin. A misjudged line only moves where node's streams are loaded.
 */
function mayReadStdin(argv) {
  const last = argv[argv.length - 1];
  if (last === undefined || last === '-' || last.startsWith('-')) return true;
  try {
    return !statSync(last).isFile();
  } catch {
    return true;
  }
}

/**
 * Does this command line run a batch (--format ndjson, or --input ndjson written as NDJSON or
 * event rows)? A batch runs for long on worker threads and its main thread only moves bytes:
 * there the code cache would spare ~40 ms once but keep the whole CLI's bytecode and text (~20 MB)
 * in the main thread for the whole run, so batches take the plain path. A command line misread
 * here only changes which path runs, never the output.
 */
function isBatch(argv) {
  let format;
  let input;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const m = /^--(format|input)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      if (argv[i] === '--json') format = 'json';
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (m[1] === 'format') format = value;
    else input = value;
  }
  return format === 'ndjson' || (input === 'ndjson' && (format === undefined || format === 'events' || format === 'events-csv'));
}

module.exports = { CACHED, runtimeKey, evaluate, loadCached, isBatch, mayReadStdin };
