import { defineConfig } from '@playwright/test';

// Tests live in a subfolder (testDir): reports name files relative to it.
export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  retries: 0,
});
