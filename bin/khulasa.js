#!/usr/bin/env node
// Thin on purpose: all logic is in src/cli/run.ts, tested in-process. The build bundles it into
// one module graph (dist/bundle/run.js) so that a cold start parses a few files, not ~100, and
// into one script with a V8 code cache (bin/load-cached.js) so that it need not compile them at
// all: used when the cache was made by this node for this build, else the plain path (and for
// batches, which run long on worker threads).
// KHULASA_CODE_CACHE=off always takes the plain path; =trace says on stderr which path ran.
// CommonJS (bin/package.json): node starts a CommonJS entry without setting up its ES module
// loader, which only the plain path needs (it imports dist/bundle/run.js).
'use strict';
const { isBatch, loadCached } = require('./load-cached.js');

const argv = process.argv.slice(2);
const mode = process.env.KHULASA_CODE_CACHE;
const cached = mode === 'off' ? { run: null, why: 'off' } : isBatch(argv) ? { run: null, why: 'not for a batch' } : loadCached(undefined, argv);
if (mode === 'trace') process.stderr.write(`khulasa: code cache: ${cached.why}\n`);
(async () => {
  const run = cached.run ?? (await import('../dist/bundle/run.js')).run;
  const code = await run(argv);
  // The cached path runs no batch (isBatch) and nothing in the background: once run() is done
  // (it awaits every write it makes), the process ends at once, without the teardown of its heap
  // and its isolate that a natural exit goes through (some 3 ms of a cold start's wall time).
  if (cached.run) process.exit(code);
  process.exitCode = code;
})();
