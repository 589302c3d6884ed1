import { SqliteEventStore } from '@aidledger/event-store';
import { allProjections } from '../projections.js';
import { openReadModelDb } from '../read-model-db.js';
import { ProjectorRuntime } from './projector-runtime.js';

/** Child process of the crash test: projects the store until it is killed, reporting each checkpoint. */
const [storePath, readModelDir] = process.argv.slice(2);
const store = new SqliteEventStore({ path: storePath });
const db = openReadModelDb({ dataDir: readModelDir });
const runtime = new ProjectorRuntime({
  store,
  db,
  projections: allProjections,
  catchUpBatchSize: 37,
  // Several pages per transaction, so the kill also lands inside one of those.
  catchUpEventsPerTransaction: 111,
});
await runtime.start();
setInterval(() => {
  void runtime.lag().then((lags) => process.stdout.write(`${Math.min(...lags.map((lag) => lag.position))}\n`));
}, 5);
