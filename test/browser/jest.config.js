/** The browser suite: real API, real screens, Debian's Chromium. Kept apart from the unit run (`npm test`). */
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }];

export default {
  rootDir: '../..',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^@aidledger/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@aidledger/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@aidledger/projections$': '<rootDir>/libs/projections/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/test/browser/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  maxWorkers: 1,
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
};
