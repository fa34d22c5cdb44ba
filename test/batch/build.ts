import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const worker = join(root, 'dist', 'bundle', 'worker.js');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/**
 * Worker threads run the bundled worker in dist/bundle/. Build once when dist is missing or older than
 * src; true when the worker is there afterwards. (CI builds through `npm ci` → prepare.)
 */
export function ensureBuilt(): boolean {
  if (!existsSync(worker) || statSync(worker).mtimeMs < newest(join(root, 'src'))) {
    try {
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    } catch {
      // tsc reports type errors but still emits; whether the worker exists is what counts.
    }
  }
  return existsSync(worker);
}
