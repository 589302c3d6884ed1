import { parentPort, workerData } from 'node:worker_threads';
import { EventStoreClosedError } from '../event-store.port.js';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store.js';
import { type StoreMessage, type StoreRequest, toCrossingError } from './store-thread.protocol.js';

/**
 * The thread that owns the embedded store for ThreadedSqliteEventStore: every read, group commit, fsync and WAL
 * checkpoint happens here, off the HTTP event loop. Events cross as objects and are serialised here; read events
 * are parsed here and cross as plain objects (cheaper for the main thread than parsing the rows there, see the
 * README's Performance section).
 */
if (!parentPort) throw new Error('sqlite-store.worker runs as a worker thread');
const port = parentPort;
const store = new SqliteEventStore(workerData as SqliteEventStoreOptions);

let outbox: StoreMessage[] = [];
const send = (message: StoreMessage): void => {
  if (outbox.length === 0) queueMicrotask(flushOutbox);
  outbox.push(message);
};
const flushOutbox = (): void => {
  const messages = outbox;
  outbox = [];
  port.postMessage(messages);
};

store.onCommitted((head) => send({ committed: head }));

const run = async (request: StoreRequest): Promise<unknown> => {
  switch (request.op) {
    case 'append':
      return store.appendToStream(request.streamId, request.events, request.expected);
    case 'readStream':
      return store.readStream(request.streamId, request.options);
    case 'existingStreams':
      return store.existingStreams(request.streamIds);
    case 'readAll':
      if (store.isClosed) throw new EventStoreClosedError();
      return store.readAllNow(request.after, request.upTo, request.filter, request.maxCount);
    case 'head':
      return store.headPosition();
    case 'close':
      await store.close();
      // The answers to the appends close() committed are posted first: the main thread ends this thread on this one.
      await new Promise((resolve) => setImmediate(resolve));
      return undefined;
    default: {
      const unknown: never = request;
      throw new Error(`Unknown store request ${JSON.stringify(unknown)}`);
    }
  }
};

port.on('message', (requests: StoreRequest[]) => {
  for (const request of requests) {
    run(request).then(
      (value) => send({ id: request.id, ok: true, value }),
      (error: unknown) => send({ id: request.id, ok: false, error: toCrossingError(error) }),
    );
  }
});
