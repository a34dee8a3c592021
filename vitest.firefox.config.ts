import { defineConfig } from 'vitest/config';

// Firefox ESR with the built Firefox extension, driven by puppeteer-core: one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
