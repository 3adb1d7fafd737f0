import { defineConfig } from 'tsup';

// One entry per public subpath; see package.json "exports". Keep the two lists in step.
export const entries = {
  index: 'src/index.ts',
  'tiktok-shop/index': 'src/tiktok-shop/index.ts',
  'trenz/index': 'src/trenz/index.ts',
  'local-service/index': 'src/local-service/index.ts',
  'testing/index': 'src/testing/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  // msw is an optional peer of the testing entry only.
  external: ['msw', 'msw/node'],
});
