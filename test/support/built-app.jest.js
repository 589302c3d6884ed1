/** Suites that run the built API as a child process, apart from the unit run (`npm test`): one config, per folder. */
export const builtAppSuite = (folder, options = {}) => ({
  rootDir: '../..',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: {
    '^@aidledger/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@aidledger/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@aidledger/projections$': '<rootDir>/libs/projections/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: [`<rootDir>/test/${folder}/**/*.spec.ts`],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
  ...options,
});
