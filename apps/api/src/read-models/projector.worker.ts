import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openEventStore, SqliteEventStore, type EventStore } from '@aidledger/event-store';
import {
  openReadModelDb,
  orderFulfilment,
  projectionsRuntime,
  type CommandDispatch,
  type ProjectorLogger,
} from '@aidledger/projections';
import type { FromProjector, ProjectorThreadData, ToProjector } from './projector-thread.js';

/** The API's projector thread (see ProjectorThread): every projection and the workflow's log, on its own connections. */
const port = parentPort;
if (!port) throw new Error('projector.worker runs as a worker thread of the API');
const { store: config } = workerData as ProjectorThreadData;

const send = (message: FromProjector): void => port.postMessage(message);
const log =
  (level: keyof ProjectorLogger) =>
  (message: string, context?: Record<string, unknown>): void => {
    try {
      send({ type: 'log', level, message, context });
    } catch {
      // A context value that cannot cross threads (a function, a class instance): the message goes without it.
      send({ type: 'log', level, message });
    }
  };
const logger: ProjectorLogger = { info: log('info'), warn: log('warn'), error: log('error') };

// A SQLite file is opened here as such: this thread is the one that may do synchronous disk work.
const store: EventStore =
  config.eventStore === 'sqlite'
    ? SqliteEventStore.open(path.join(config.dataDir, 'events.sqlite'))
    : await openEventStore(config);
const db = openReadModelDb({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });

/** The workflow's commands go to the API's CommandBus; its checkpoint moves once the API answered. */
const dispatches = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
let nextDispatch = 0;
const dispatch: CommandDispatch = (command, cause) =>
  new Promise<void>((resolve, reject) => {
    const id = ++nextDispatch;
    dispatches.set(id, { resolve, reject });
    send({ type: 'dispatch', id, command, cause });
  });
const runtime = projectionsRuntime(store, db, logger, [{ processManager: orderFulfilment, dispatch }]);

port.on('message', (message: ToProjector) => {
  if (message.type === 'committed') {
    // The API committed to the same file: the readers read on now rather than at their next poll.
    if (store instanceof SqliteEventStore) store.noteCommitElsewhere();
  } else if (message.type === 'dispatched') {
    const pending = dispatches.get(message.id);
    dispatches.delete(message.id);
    if (message.error === undefined) pending?.resolve();
    else pending?.reject(new Error(message.error));
  } else if (message.type === 'lag') {
    runtime.lag().then(
      (lags) => send({ type: 'answer', id: message.id, lags }),
      (error: unknown) => send({ type: 'answer', id: message.id, error: String(error) }),
    );
  } else {
    void (async () => {
      try {
        await runtime.stop();
        await db.destroy();
        await store.close();
        send({ type: 'answer', id: message.id });
      } catch (error) {
        send({ type: 'answer', id: message.id, error: String(error) });
      }
    })();
  }
});

await runtime.start();
send({ type: 'ready' });
