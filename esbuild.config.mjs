// The esbuild configuration (npm run bundle): bundles the CLI (src/cli/run.ts) and the batch worker into dist/bundle/: one module graph, so a
// cold start parses a few files. Modules imported dynamically (tables, batches, --visual) land in
// chunks of their own and cost nothing until used.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

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

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/run.ts', 'src/batch/worker.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: 'dist/bundle',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: 'warning',
  loader: { '.wasm': 'binary' },
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  plugins: [wasmInit],
});
