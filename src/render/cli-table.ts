import { createRequire } from 'node:module';
import type CliTable3 from 'cli-table3';
import { displayWidth } from './width.js';

type TableConstructor = typeof CliTable3;
let loaded: TableConstructor | undefined;

/**
 * Load cli-table3 with our width function in place of its bundled string-width.
 *
 * cli-table3 0.6.5 measures and pads every cell with `require('string-width')` (v4), bound once
 * when its src/utils.js loads. We put displayWidth() into the CommonJS module cache under the
 * exact file cli-table3 will resolve, before cli-table3 is first loaded, so all its measuring,
 * padding and truncating counts harakat and bidi marks as zero columns. If cli-table3 was already
 * loaded by someone else, or a future version stops using string-width, the self-check below
 * fails and the test suite says so (test/render/table.test.ts).
 * Loaded lazily so JSON output never pays for it.
 */
export function loadCliTable(): TableConstructor {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const utilsPath = require.resolve('cli-table3/src/utils.js');
  const fromUtils = createRequire(utilsPath);
  const widthPath = fromUtils.resolve('string-width');
  if (!require.cache[utilsPath]) {
    fromUtils(widthPath);
    const entry = fromUtils.cache[widthPath];
    if (entry) entry.exports = Object.assign((s: string) => displayWidth(s), { default: (s: string) => displayWidth(s) });
  }
  loaded = require('cli-table3') as TableConstructor;
  return loaded;
}

/** Does the loaded cli-table3 measure Arabic with harakat correctly? (مُحَمَّد is 4 columns.) */
export function cliTableWidthIsPatched(): boolean {
  loadCliTable();
  const utils = createRequire(import.meta.url)('cli-table3/src/utils.js') as { strlen(s: string): number };
  return utils.strlen('مُحَمَّد') === 4;
}
