#!/usr/bin/env node
// Thin on purpose: all logic is in src/cli/run.ts (built to dist/), tested in-process.
import { run } from '../dist/cli/run.js';
process.exitCode = await run(process.argv.slice(2));
