import { defineConfig } from 'tsup';

// One entry per public subpath; see package.json "exports". Keep the two lists in step.
export const entries = {
  index: 'src/index.ts',
  'tiktok-shop/index': 'src/tiktok-shop/index.ts',
  'trenz/index': 'src/trenz/index.ts',
  'local-service/index': 'src/local-service/index.ts',
  'testing/index': 'src/testing/index.ts',
  'redis/index': 'src/redis/index.ts',
  'bullmq/index': 'src/bullmq/index.ts',
  // The `social-commerce-emulator` bin (package.json "bin"); its #! line is kept by esbuild. Not a subpath export.
  'testing/bin': 'src/testing/bin.ts',
  // The `social-commerce-sdk` bin (the Trenz route probe). Not a subpath export; it never loads the emulator.
  cli: 'src/cli.ts',
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
  // Optional peers: msw for the testing entry, ioredis for the redis entry (types only), bullmq for the bullmq
  // entry (loaded by it at run time); never bundled.
  external: ['msw', 'msw/node', 'ioredis', 'bullmq'],
});
