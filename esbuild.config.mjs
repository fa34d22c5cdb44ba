// The esbuild configuration (npm run bundle): bundles the CLI (src/cli/run.ts) and the batch
// worker into dist/bundle/, twice:
//
// 1. run.js, worker.js and their chunks: ES modules, one module graph, so a cold start parses a
//    few files. Modules imported dynamically (tables, batches, --visual) land in chunks of their
//    own and cost nothing until used. This is the plain path; it works on any node.
// 2. khulasa-cached.js: the same CLI as one script, and beside it a V8 code cache made by running
//    it once here, in a fresh node (`node esbuild.config.mjs --code-cache FILE ID`). The cache
//    holds the bytecode of what a cold start runs, so that it need not be compiled again.
//    bin/khulasa.js uses the two only when the cache was made by the very node binary that runs
//    it, for this very build (bin/load-cached.js); otherwise it takes the plain path.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

if (process.argv[2] === '--code-cache') {
  await makeCodeCache(process.argv[3], process.argv[4]);
  process.exit(0);
}

/**
 * @mapbox/mapbox-gl-rtl-text (ICU's Arabic shaping and bidi, for --visual) imports its
 * WebAssembly as `import init from './icu.wasm'` and calls `init(imports)`, as Rollup's wasm
 * plugin provides. This gives it the same: the bytes are embedded in its lazy chunk.
 */
const wasmInit = {
  name: 'wasm-init',
  setup(b) {
    b.onResolve({ filter: /\.wasm$/ }, (args) =>
      args.namespace === 'wasm-init'
        ? { path: args.path, namespace: 'file' }
        : { path: resolve(args.resolveDir, args.path), namespace: 'wasm-init' },
    );
    b.onLoad({ filter: /.*/, namespace: 'wasm-init' }, (args) => ({
      contents: `import bytes from ${JSON.stringify(args.path)};\nexport default (imports) => WebAssembly.instantiate(bytes, imports);\n`,
      loader: 'js',
    }));
  },
};

/**
 * commander requires node:child_process at its top, for subcommands that are separate executables
 * (khulasa has none). Loading it costs a cold start some 5 ms (it brings net, dgram and more), so
 * commander gets a stand-in that loads it on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let cp;\nmodule.exports = { spawn: (...args) => (cp ??= require('node:child_process')).spawn(...args) };\n",
      loader: 'js',
    }));
  },
};

/**
 * The phrase lexicons compiled to tables (src/lexicon/phrases.ts, packLexicons), made from the very
 * sources being bundled: the bundle reads them from one JSON file beside it (PHRASE_TABLES), so
 * that a cold start parses them instead of normalising some 8,000 lexicon forms.
 */
async function phraseTables() {
  return sourceValue("import { packLexicons, tableFile } from './src/lexicon/phrases.js'; import { PACKED_DATA, PHRASE_LEXICONS, WORD_SETS } from './src/lexicon/compiled.js'; export default tableFile(packLexicons(PHRASE_LEXICONS, WORD_SETS, PACKED_DATA));");
}

/**
 * The known actors' name index as a file (src/lexicon/actors/index.ts, actorIndexFile), made from
 * the very sources being bundled: the bundle reads it from beside it (ACTOR_INDEX) when it first
 * looks a name up, instead of normalising the names of some 1,500 actors.
 */
async function actorIndex() {
  return sourceValue("import { actorIndexFile } from './src/lexicon/actors/index.js'; export default actorIndexFile();");
}

/**
 * ICU's region names as this node gives them (src/render/labels.ts, regionNamesJson), for the
 * table's country labels: a cold start then need not load ICU's locale data to name a few countries.
 */
async function regionNames() {
  return sourceValue("import { regionNamesJson } from './src/render/labels.js'; export default regionNamesJson();");
}

/** The default export of a module written over the sources, evaluated here (bundled into a temporary file). */
async function sourceValue(contents) {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-tables-'));
  try {
    const file = join(dir, 'tables.mjs');
    await build({
      stdin: {
        contents,
        resolveDir: '.',
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: file,
      logLevel: 'warning',
    });
    return (await import(pathToFileURL(file).href)).default;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The lexicon modules that are pure data (no imports but of types, nothing in their exports but
 * plain objects, arrays, strings, numbers, booleans and null, no object reached twice): their
 * values, evaluated here from the very sources being bundled, by module path and export name.
 */
async function lexiconData(paths) {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-data-'));
  try {
    const data = {};
    for (const path of paths) {
      const file = join(dir, 'module.mjs');
      await build({ entryPoints: [path], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'warning' });
      const exports = { ...(await import(`${pathToFileURL(file).href}?${encodeURIComponent(path)}`)) };
      const why = notPlainData(exports);
      if (why) throw new Error(`lexicon data: ${path} is not plain data (${why}); take it out of LEXICON_DATA_MODULES`);
      data[path] = exports;
    }
    return data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Why a value would not come back the same from JSON (undefined when it would). */
function notPlainData(value, seen = new Set(), at = '') {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? undefined : `${at} is ${value}`;
  if (typeof value !== 'object') return `${at} is a ${typeof value}`;
  if (seen.has(value)) return `${at} is reached twice`;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    if (proto !== Array.prototype) return `${at} is not a plain array`;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return `${at}[${i}] is a hole`;
      const why = notPlainData(value[i], seen, `${at}[${i}]`);
      if (why) return why;
    }
    return Object.keys(value).length === value.length ? undefined : `${at} has other properties`;
  }
  if (proto !== Object.prototype && proto !== null) return `${at} is not a plain object`;
  if (Object.isFrozen(value) && Object.keys(value).length) return `${at} is frozen`;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') return `${at} has a symbol key`;
    if (key === '__proto__') return `${at} has a __proto__ key`;
    const why = notPlainData(value[key], seen, `${at}.${key}`);
    if (why) return why;
  }
  return undefined;
}

/**
 * The bundle takes those modules' values from one file beside it (LEXICON_DATA): each export's
 * value is a JSON text of its own there, parsed on first use of that export, not when its module
 * loads. V8 parses JSON faster than it builds the same values from literals, and the text leaves
 * the bundle and its code cache, which a cold start reads and copies in full; and a run parses only
 * the exports it reads (the word lists that the phrase tables already hold as sets, and the actors
 * until a name is looked up, are never parsed by a one-article run).
 *
 * A data module becomes a CommonJS module whose exports are getters (an importer's
 * `import { COUNTRIES }` then reads the property where it uses the value, so a module-level
 * reference that only a function reads stays unparsed until then); each getter parses its slice of
 * the file once and keeps the value, so every reader gets the same object, as from the module.
 */
function lexiconDataPlugin(layout) {
  const modules = new Map(Object.keys(layout).map((path) => [resolve(path), path]));
  return {
    name: 'lexicon-data',
    setup(b) {
      b.onResolve({ filter: /^khulasa:lexicon-data$/ }, () => ({ path: 'lexicon-data', namespace: 'lexicon-data' }));
      b.onLoad({ filter: /.*/, namespace: 'lexicon-data' }, () => ({
        // each value read by itself (the file is never read whole), into one buffer the size of the largest
        contents:
          "import { openSync, readSync } from 'node:fs';\nlet fd;\nlet buffer;\n" +
          'export function lexiconValue(start, end) {\n' +
          `  fd ??= openSync(new URL(${JSON.stringify(LEXICON_DATA)}, import.meta.url), 'r');\n` +
          `  buffer ??= Buffer.allocUnsafeSlow(${2 * largest(layout)});\n` +
          '  const bytes = 2 * (end - start);\n' +
          '  for (let got = 0; got < bytes; ) {\n' +
          '    const n = readSync(fd, buffer, got, bytes - got, 2 * start + got);\n' +
          "    if (n === 0) throw new Error('khulasa: the lexicon data file is shorter than the bundle says');\n" +
          '    got += n;\n' +
          '  }\n' +
          "  return JSON.parse(buffer.toString('utf16le', 0, bytes));\n" +
          '}\n',
        loader: 'js',
      }));
      // a namespace of their own: in the file namespace, package.json's "type": "module" would make them ES modules
      b.onResolve({ filter: /\.js$/ }, (args) => {
        if (args.namespace !== 'file' || !args.path.startsWith('.')) return undefined;
        const path = modules.get(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
        return path === undefined ? undefined : { path, namespace: 'lexicon-data-module' };
      });
      b.onLoad({ filter: /.*/, namespace: 'lexicon-data-module' }, (args) => {
        const path = args.path;
        const names = Object.entries(layout[path]);
        return {
          contents:
            "const { lexiconValue } = require('khulasa:lexicon-data');\nconst unread = {};\n" +
            "Object.defineProperty(exports, '__esModule', { value: true });\n" +
            names
              .map(([n, [from, to]], k) => `let v${k} = unread;\nObject.defineProperty(exports, ${JSON.stringify(n)}, { enumerable: true, get: () => (v${k} === unread ? (v${k} = lexiconValue(${from}, ${to})) : v${k}) });\n`)
              .join(''),
          loader: 'js',
          resolveDir: dirname(resolve(path)),
        };
      });
    },
  };
}

/** The length of the longest value of a layout (layOut). */
function largest(layout) {
  return Math.max(...Object.values(layout).flatMap((names) => Object.values(names).map(([from, to]) => to - from)));
}

/** The lexicon data as one text (each export's value as JSON, one after another) and where each value is in it, by module path and export name. */
function layOut(data) {
  const parts = [];
  const layout = {};
  let at = 0;
  for (const [path, exports] of Object.entries(data)) {
    layout[path] = {};
    for (const [name, value] of Object.entries(exports)) {
      const json = JSON.stringify(value);
      layout[path][name] = [at, at + json.length];
      parts.push(json);
      at += json.length;
    }
  }
  return { text: parts.join(''), layout };
}

/** The pure-data lexicon modules (lexiconData checks that they are). */
const LEXICON_DATA_MODULES = [
  'src/lexicon/organizations.ts',
  'src/lexicon/commonWords.ts',
  'src/lexicon/countries.ts',
  'src/lexicon/placeList.ts',
  'src/lexicon/titles.ts',
  'src/lexicon/givenNames.ts',
  'src/lexicon/cues.ts',
  'src/lexicon/stopwords.ts',
  'src/lexicon/meetingCues.ts',
  'src/lexicon/tense.ts',
  'src/lexicon/honorifics.ts',
  'src/lexicon/meetingWords.ts',
  'src/lexicon/monarchies.ts',
  ...['maghreb', 'powers', 'gulf', 'levant', 'g7', 'international', 'movements', 'nileHorn', 'neighbours', 'cabinets', 'world', 'arabOffices', 'saudiOffices', 'maghrebCabinets', 'powerOfficials', 'arabOfficials', 'regionOfficials'].map((f) => `src/lexicon/actors/${f}.ts`),
];
const LEXICON_DATA = 'lexicon-data.utf16le.json';
const lexicon = layOut(await lexiconData(LEXICON_DATA_MODULES));

const PHRASE_TABLES = 'phrase-tables.bin';
const tables = await phraseTables();
const ACTOR_INDEX = 'actor-index.bin';
const actorIndexBytes = await actorIndex();
const common = {
  define: {
    __KHULASA_PHRASE_TABLES__: JSON.stringify(PHRASE_TABLES),
    __KHULASA_ACTOR_INDEX__: JSON.stringify(ACTOR_INDEX),
    __KHULASA_REGION_NAMES__: JSON.stringify(await regionNames()),
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: 'warning',
  loader: { '.wasm': 'binary' },
  plugins: [wasmInit, lazyChildProcess, lexiconDataPlugin(lexicon.layout)],
};

rmSync('dist/bundle', { recursive: true, force: true });
const modules = await build({
  ...common,
  entryPoints: ['src/cli/run.ts', 'src/batch/worker.ts'],
  format: 'esm',
  splitting: true,
  outdir: 'dist/bundle',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  write: false,
});
// Written in ASCII (see asciiOnly): V8 then keeps each module's source as one byte a character,
// not two, in every isolate that loads it (the main thread and each batch worker).
mkdirSync('dist/bundle', { recursive: true });
writeFileSync(join('dist/bundle', PHRASE_TABLES), tables);
writeFileSync(join('dist/bundle', ACTOR_INDEX), actorIndexBytes);
writeFileSync(join('dist/bundle', LEXICON_DATA), Buffer.from(lexicon.text, 'utf16le'));
for (const file of modules.outputFiles) writeFileSync(file.path, file.path.endsWith('.js') ? asciiOnly(file.text) : file.contents);

// The single script: CommonJS inside a function expression, so that the file's text is exactly
// what V8 compiles (and what its code cache was made for). Dynamic imports of bundled modules
// become lazy initialisers, so a JSON run still evaluates neither the table nor the batch code.
// import.meta.url stands for the script's own URL: it sits beside run.js, so the paths the
// sources build from it (package.json, the worker) resolve as they do from run.js.
// The libraries only web pages and --visual use (some 800 KB, half the script) are scripts of
// their own beside it (VENDOR), required where the sources import them, which happens only in
// code a JSON or table run of a text never evaluates: a cold start neither reads them nor makes
// the closures of their hoisted functions.
const script = 'dist/bundle/khulasa-cached.js';
const VENDOR = { linkedom: 'vendor-linkedom.cjs', '@mozilla/readability': 'vendor-readability.cjs', '@mapbox/mapbox-gl-rtl-text': 'vendor-rtl-text.cjs' };
for (const [pkg, file] of Object.entries(VENDOR)) {
  await build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: '.' }, format: 'cjs', outfile: join('dist/bundle', file) });
}
// Each library becomes a stand-in module requiring its script: the ICU one by its default export
// (a promise of ICU), as its importer reads it; the others by their named exports.
const vendor = {
  name: 'vendor',
  setup(b) {
    b.onResolve({ filter: /^(linkedom|@mozilla\/readability|@mapbox\/mapbox-gl-rtl-text)$/ }, (args) => ({ path: args.path, namespace: 'vendor' }));
    b.onResolve({ filter: /^\.\/vendor-.*\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({
      contents:
        args.path === '@mapbox/mapbox-gl-rtl-text'
          ? `export default require(${JSON.stringify(`./${VENDOR[args.path]}`)}).default;\n`
          : `module.exports = require(${JSON.stringify(`./${VENDOR[args.path]}`)});\n`,
      loader: 'js',
    }));
  },
};
const single = await build({
  ...common,
  entryPoints: ['src/cli/run.ts'],
  format: 'cjs',
  write: false,
  outfile: script,
  define: { ...common.define, 'import.meta.url': '__khulasa_url' },
  plugins: [...common.plugins, vendor],
});
const buildId = randomUUID();
const singleText = asciiOnly(single.outputFiles[0].text);
writeFileSync(
  script,
  `/*khulasa ${buildId}*/(function (exports, require, module, __filename, __dirname) {` +
    `var __khulasa_url = require('node:url').pathToFileURL(__filename).href;\n${singleText}\n})`,
);
const made = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--code-cache', resolve(script), buildId], { stdio: 'inherit' });
if (made.status !== 0) {
  console.error(`bundle: making the code cache failed (exit ${made.status}); the CLI will take the plain path`);
  rmSync(`${script}.cache`, { force: true });
  rmSync(`${script}.json`, { force: true });
}

/**
 * The script with every non-ASCII code unit written as a \\u escape (esbuild leaves the Arabic of
 * regex literals as it is): an ASCII file is read straight into a one-byte string, without UTF-8
 * decoding, which a cold start would otherwise spend some 10 ms on (bin/load-cached.js). Inside
 * strings, templates, regex literals and identifiers the escape means the same character; the two
 * places where it would not (after a backslash, in a raw template) make the build keep the text.
 */
function asciiOnly(text) {
  const raw = /String\.raw`[^`]*`/g;
  if (/\\[^\x00-\x7f]/.test(text) || [...text.matchAll(raw)].some((m) => /[^\x00-\x7f]/.test(m[0]))) return text;
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Make the V8 code cache of the single script: evaluate it, run the CLI the way a cold start
 * does (one article as JSON, and as a table on a terminal) so that the functions those runs call
 * are compiled, then save the cache with them in it, and a record of the node it fits.
 */
async function makeCodeCache(file, build) {
  const { evaluate, runtimeKey } = await import('./bin/load-cached.js');
  const { exports, script } = evaluate(file, readFileSync(file, 'utf8'));
  const silent = (tty) => ({ write: async () => undefined, isTTY: tty, columns: tty ? 100 : undefined });
  const io = (tty) => ({ stdin: { isTTY: false, async *[Symbol.asyncIterator]() {} }, stdout: silent(tty), stderr: silent(false), env: {} });
  const sample = resolve('samples/cairo-syria-talks.txt');
  for (const [args, tty] of [
    [['--format', 'json', sample], false],
    [[sample], true],
  ]) {
    const code = await exports.run(args, io(tty));
    if (code !== 0) throw new Error(`code cache: khulasa ${args.join(' ')} exited ${code}`);
  }
  writeFileSync(`${file}.cache`, script.createCachedData());
  const ascii = !/[^\x00-\x7f]/.test(readFileSync(file, 'utf8'));
  writeFileSync(`${file}.json`, JSON.stringify({ build, ascii, ...runtimeKey() }) + '\n');
}
