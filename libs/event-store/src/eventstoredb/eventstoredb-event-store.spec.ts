import { describeEventStoreContract } from '../testing/index.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreContract('eventstoredb', () => EventStoreDbEventStore.connect(connectionString));
} else {
  const reason = 'EVENTSTORE_CONNECTION_STRING is not set, so the contract suite does not run against EventStoreDB';
  console.warn(`Skipped: ${reason}`);
  describe.skip(`EventStore contract: eventstoredb (skipped: ${reason})`, () => {
    it('runs against a server', () => {
      expect(connectionString).toBeDefined();
    });
  });
}
