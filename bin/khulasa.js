#!/usr/bin/env node
// Thin on purpose: all logic is in src/cli/run.ts, tested in-process. The build bundles it into
// one module graph (dist/bundle/run.js) so that a cold start parses a few files, not ~100.
import { run } from '../dist/bundle/run.js';
process.exitCode = await run(process.argv.slice(2));
