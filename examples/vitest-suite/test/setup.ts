import { afterEach } from 'vitest';

// A setup file every test file loads: shared state is reset between tests.
const state = globalThis as { __calls?: number };
afterEach(() => {
  state.__calls = 0;
});
