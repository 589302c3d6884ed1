import { describeEventStoreContract, openTempPostgresStore } from '../testing/index.js';

const databaseUrl = process.env.TEST_DATABASE_URL;

if (databaseUrl) {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  // A small page size makes the subscription tests cross many page boundaries while catching up.
  describeEventStoreContract('postgres', async () => {
    const temp = await openTempPostgresStore({ pageSize: 4 });
    cleanups.push(temp.cleanup);
    return temp.store;
  });
} else {
  const reason = 'TEST_DATABASE_URL is not set, so the contract suite does not run against PostgreSQL';
  console.warn(`Skipped: ${reason}`);
  describe.skip(`EventStore contract: postgres (skipped: ${reason})`, () => {
    it('runs against a server', () => {
      expect(databaseUrl).toBeDefined();
    });
  });
}
