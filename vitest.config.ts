import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Fixture trees contain files named like tests (for discovery tests); they are data, not tests.
    exclude: ['__tests__/fixtures/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
