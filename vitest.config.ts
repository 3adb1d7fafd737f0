import { defineConfig } from 'vitest/config';

// Files that measure throughput run last and alone: the fleet test checks that 4 worker processes use >= 80% of
// the shops' rate budgets, which only means something when other test files are not sharing the 2 cores.
const ALONE = ['test/bullmq/fleet.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ALONE, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
