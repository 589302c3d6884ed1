/** Jest 30 on native ESM: run through `node --experimental-vm-modules`. */
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^@aidledger/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@aidledger/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@aidledger/event-store/testing$': '<rootDir>/libs/event-store/src/testing/index.ts',
    '^@aidledger/projections$': '<rootDir>/libs/projections/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/web/', '<rootDir>/test/browser/'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
};
