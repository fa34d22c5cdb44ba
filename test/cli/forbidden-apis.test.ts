import { readdirSync, readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * khulasa reads articles and prints summaries: no network, no eval, no files written (there is no
 * --output option; output goes to stdout only). This test reads every source file's syntax tree
 * and fails when one of those capabilities is introduced, so adding one is a visible decision.
 */

const SRC = join(import.meta.dirname, '..', '..', 'src');

// Modules that reach the network or run other programs or code.
const BANNED_MODULES = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'vm', 'inspector', 'undici', 'node-fetch', 'axios', 'ws']);
// Globals that reach the network.
const BANNED_GLOBALS = new Set(['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource', 'WebAssembly']);
// The only file-system functions the sources may import: all of them read.
const FS_READS = new Set(['createReadStream', 'readFile', 'readFileSync', 'stat', 'statSync', 'fstatSync', 'lstat', 'existsSync', 'readdir', 'readdirSync', 'opendir', 'realpath', 'access', 'constants']);
// The one write allowed, by file: src/cli/io.ts writes stdout itself (file descriptor 1) when it is a
// file or /dev/null, as node's own stdout stream would, without making that stream (fileOutput).
const FS_WRITERS: Record<string, ReadonlySet<string>> = { [join('cli', 'io.ts')]: new Set(['writeSync']) };
const FS_MODULES = new Set(['fs', 'fs/promises']);

const bare = (specifier: string) => specifier.replace(/^node:/, '');

/** Every use of a forbidden API in one source text, as "line: what". */
function forbiddenUses(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const checkModule = (node: ts.Node, specifier: string, names: string[] | 'all') => {
    const m = bare(specifier);
    if (BANNED_MODULES.has(m)) report(node, `imports ${specifier}`);
    if (FS_MODULES.has(m)) {
      if (names === 'all') report(node, `imports all of ${specifier} (import only read functions by name)`);
      else for (const n of names) if (!FS_READS.has(n) && !FS_WRITERS[relative(SRC, fileName)]?.has(n)) report(node, `imports ${n} from ${specifier}`);
    }
  };
  // A file's own function or variable called fetch (domutils has one that finds a child element)
  // is not the global: names declared in the file are not the banned globals.
  const declared = new Set<string>();
  const collect = (node: ts.Node): void => {
    if ((ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node) || ts.isParameter(node)) && node.name && ts.isIdentifier(node.name)) declared.add(node.name.text);
    ts.forEachChild(node, collect);
  };
  collect(file);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const names = clause?.name || (bindings && ts.isNamespaceImport(bindings)) ? 'all' : bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : [];
      if (!clause?.isTypeOnly) checkModule(node, node.moduleSpecifier.text, names);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkModule(node, node.moduleSpecifier.text, 'all');
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const arg = node.arguments[0];
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        if (arg && ts.isStringLiteralLike(arg)) checkModule(node, arg.text, 'all');
        else report(node, 'imports a computed module name');
      }
      if (ts.isIdentifier(callee) && (callee.text === 'eval' || callee.text === 'Function')) report(node, `calls ${callee.text}`);
      // setTimeout("code") evaluates a string.
      if (ts.isIdentifier(callee) && /^set(?:Timeout|Interval|Immediate)$/.test(callee.text) && arg && ts.isStringLiteralLike(arg)) report(node, `${callee.text} with a string`);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') {
      report(node, 'new Function');
    } else if (ts.isIdentifier(node) && ((BANNED_GLOBALS.has(node.text) && !declared.has(node.text)) || node.text === 'eval')) {
      // A use of the name (not a property of something else, not a declaration of our own).
      const parent = node.parent;
      const isProperty = ts.isPropertyAccessExpression(parent) && parent.name === node;
      if (!isProperty && !ts.isCallExpression(parent)) report(node, `uses ${node.text}`);
      else if (!isProperty && BANNED_GLOBALS.has(node.text)) report(node, `calls ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.[cm]?[tj]s$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));
}

const ROOT = join(import.meta.dirname, '..', '..');

/** Where a package is installed, as Node resolves it from `from` (its own node_modules, then up). */
function packageDir(name: string, from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === ROOT || dirname(dir) === dir) return null;
  }
}

/** The packages the HTML path loads: the DOM library, the article finder, and everything they depend on. */
function htmlDependencies(): string[] {
  const seen = new Set<string>();
  const todo = ['linkedom', '@mozilla/readability'].map((n) => packageDir(n, ROOT) as string);
  while (todo.length > 0) {
    const dir = todo.pop() as string;
    if (seen.has(dir)) continue;
    seen.add(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      const found = packageDir(dep, dir);
      if (found) todo.push(found);
    }
  }
  return [...seen];
}

describe('no network, no eval, no file writes in src/', () => {
  it('no source file uses a forbidden API', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const uses = files.flatMap((f) => forbiddenUses(f, readFileSync(f, 'utf8')).map((u) => `${relative(SRC, f)}:${u}`));
    expect(uses).toEqual([]);
    // (it reads and scans every source file: on a loaded shared machine that takes more than the default 5 s)
  }, 30_000);

  it('the scanner catches each forbidden kind (so the test above can fail)', () => {
    const cases: [string, RegExp][] = [
      ["import http from 'node:http';", /imports node:http/],
      ["import { request } from 'https';", /imports https/],
      ["import * as net from 'node:net';", /imports node:net/],
      ["const cp = await import('node:child_process');", /imports node:child_process/],
      ["const d = require('dgram');", /imports dgram/],
      ["export { connect } from 'node:tls';", /imports node:tls/],
      ["const r = await fetch('https://x.test');", /calls fetch/],
      ['const s = new WebSocket(url);', /uses WebSocket/],
      ['eval(code);', /calls eval/],
      ['const run = eval;', /uses eval/],
      ["const f = new Function('return 1');", /new Function/],
      ["const g = Function('return 1');", /calls Function/],
      ["setTimeout('alert(1)', 0);", /setTimeout with a string/],
      ["import { writeFileSync } from 'node:fs';", /imports writeFileSync from node:fs/],
      ["import { createWriteStream as cws } from 'fs';", /imports createWriteStream from fs/],
      ["import { appendFile, readFile } from 'node:fs/promises';", /imports appendFile from node:fs\/promises/],
      ["import fs from 'node:fs';", /imports all of node:fs/],
      ["const m = await import(name);", /computed module name/],
    ];
    for (const [code, expected] of cases) {
      const uses = forbiddenUses('case.ts', code);
      expect(uses.join('\n'), code).toMatch(expected);
    }
    // And what the sources do legitimately passes.
    const allowed = [
      "import { createReadStream } from 'node:fs';",
      "import { readFile, stat } from 'node:fs/promises';",
      "import type { Stats } from 'node:fs';",
      "import { Worker } from 'node:worker_threads';",
      "const { default: ora } = await import('ora');",
      'stream.write(chunk); evaluate(x); obj.fetch(); const fetchCount = 1;',
      "setTimeout(() => undefined, 10);",
      "function fetch(tag, nodes) { return nodes[tag]; } const d = fetch('summary', x);",
    ];
    for (const code of allowed) expect(forbiddenUses('ok.ts', code), code).toEqual([]);
  });
});

describe('no network, no eval, no file writes in what reads web pages', () => {
  it('the HTML libraries and all their dependencies use no forbidden API', () => {
    const packages = htmlDependencies();
    expect(packages.map((p) => relative(ROOT, p))).toEqual(expect.arrayContaining(['node_modules/linkedom', 'node_modules/@mozilla/readability', 'node_modules/htmlparser2']));
    const uses: string[] = [];
    for (const dir of packages) {
      for (const f of sourceFiles(dir)) {
        // What runs is JavaScript; TypeScript sources, tests and benchmarks ship in some packages but are never loaded.
        if (!/\.[cm]?js$/.test(f) || /(?:^|[\\/])(?:test|tests|benchmark|bench|examples?|node_modules)[\\/]/.test(relative(dir, f))) continue;
        uses.push(...forbiddenUses(f, readFileSync(f, 'utf8')).map((u) => `${relative(ROOT, f)}:${u}`));
      }
    }
    expect(uses).toEqual([]);
  }, 60_000);
});
