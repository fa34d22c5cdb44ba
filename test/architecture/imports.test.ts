import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The module graph of src/ as written: static imports and re-exports that load code (`import type`
 * is erased by the compiler and left out). Dynamic `import()` is how a module is loaded only when
 * used (cli-table3, the HTML reader) and is left out too.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT = /^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm;

function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of files(SRC)) {
    const deps = [...readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => resolve(dirname(f), m[1]).replace(/\.js$/, '.ts'));
    g.set(f, deps);
  }
  return g;
}

/** The folder of a module under src/ ('.' for the top-level modules). */
function folder(f: string): string {
  const parts = relative(SRC, f).split('/');
  return parts.length > 1 ? parts[0] : '.';
}

describe('the import graph of src/', () => {
  const g = graph();

  it('has no cycle between modules', () => {
    const state = new Map<string, 1 | 2>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 2) return;
      if (state.get(f) === 1) {
        cycles.push([...path.slice(path.indexOf(f)), f].map((x) => relative(SRC, x)).join(' → '));
        return;
      }
      state.set(f, 1);
      for (const d of g.get(f) ?? []) visit(d, [...path, f]);
      state.set(f, 2);
    };
    for (const f of g.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('has no two folders that import each other (top-level modules aside)', () => {
    const edges = new Set<string>();
    for (const [f, deps] of g) for (const d of deps) if (folder(f) !== folder(d) && folder(f) !== '.' && folder(d) !== '.') edges.add(`${folder(f)} → ${folder(d)}`);
    const both = [...edges].filter((e) => edges.has(e.split(' → ').reverse().join(' → ')));
    expect(both).toEqual([]);
  });

  it('keeps the extractors apart: meetings and positions never import each other, batch never imports cli', () => {
    const edges = new Set<string>();
    for (const [f, deps] of g) for (const d of deps) edges.add(`${folder(f)} → ${folder(d)}`);
    expect([...edges].filter((e) => ['meetings → positions', 'positions → meetings', 'batch → cli'].includes(e))).toEqual([]);
  });
});
