// tsconfig.json sets isolatedModules, so ts-jest transpiles each file on its own: its language service
// sometimes fails on widget.test.ts beside widget.test.tsx (both emit widget.test.js) under load.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  testMatch: ['<rootDir>/test/**/*.test.ts?(x)'],
};
