import { readFileSync } from 'node:fs';
import { configDefaults, defineConfig, type Plugin } from 'vitest/config';

/**
 * @mapbox/mapbox-gl-rtl-text (ICU for --visual) imports its WebAssembly as
 * `import init from './icu.wasm'` and calls `init(imports)`, as Rollup's wasm plugin provides;
 * esbuild.config.mjs gives the bundle the same. Tests run the sources, so Vite gets it here.
 */
const wasmInit: Plugin = {
  name: 'wasm-init',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.wasm')) return null;
    const bytes = readFileSync(id).toString('base64');
    return `const bytes = Buffer.from(${JSON.stringify(bytes)}, 'base64');\nexport default (imports) => WebAssembly.instantiate(bytes, imports);\n`;
  },
};

/**
 * The per-rule tests (one small file per rule, in test/<stage>/rules) only call the pure pipeline: they
 * share one module graph per worker instead of loading the lexicons again for each of their
 * hundred-odd files, which would cost about a second a file.
 */
const RULE_TESTS = 'test/{entities,meetings,positions}/rules/**/*.test.ts';

export default defineConfig({
  plugins: [wasmInit],
  test: {
    server: { deps: { inline: ['@mapbox/mapbox-gl-rtl-text'] } },
    projects: [
      { extends: true, test: { name: 'rules', include: [RULE_TESTS], isolate: false } },
      { extends: true, test: { name: 'unit', exclude: [...configDefaults.exclude, RULE_TESTS] } },
    ],
  },
});
