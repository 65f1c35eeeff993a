import { afterEach } from '@jest/globals';

// A setup file every test file loads (setupFilesAfterEnv): shared state is reset between tests.
(globalThis as { __fixtures?: string[] }).__fixtures = [];
afterEach(() => {
  (globalThis as { __fixtures?: string[] }).__fixtures = [];
});
