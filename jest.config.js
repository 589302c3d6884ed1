/** Jest 30 on native ESM: run through `node --experimental-vm-modules`. */
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }];

/**
 * A few dependencies of Nest 12 and Fastify ship ESM only and are require()d from CommonJS.
 * Node 20.19+ does that natively, Jest's module runtime does not: compile just those to CommonJS.
 */
const esmOnlyDependencies = ['content-disposition', 'cookie', 'file-type', 'strtok3', 'token-types', 'uint8array-extras', '@tokenizer'];
const esmToCommonJs = ['ts-jest', { useESM: false, tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node10', isolatedModules: true, esModuleInterop: true, ignoreDeprecations: '6.0' } }];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': tsJest,
    [`node_modules/(${esmOnlyDependencies.join('|')})/.+\\.js$`]: esmToCommonJs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyDependencies.join('|')})/)`],
  moduleNameMapper: {
    '^@aidledger/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@aidledger/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@aidledger/event-store/testing$': '<rootDir>/libs/event-store/src/testing/index.ts',
    '^@aidledger/projections$': '<rootDir>/libs/projections/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/web/', '<rootDir>/test/browser/', '<rootDir>/test/e2e/'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
  // Once, under a load average of 11, the process stayed alive after every suite had passed (no socket, child or
  // file of a test left; not reproducible with --detectOpenHandles): in CI a lingering handle must not hang the
  // run after its summary. Locally, `npm test -- --detectOpenHandles` still finds one.
  forceExit: process.env.CI === 'true',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
};
