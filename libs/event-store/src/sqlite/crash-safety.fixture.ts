/**
 * Child process of crash-safety.spec.ts: appends until killed and prints one line per acknowledged append.
 * Usage: node crash-safety.fixture.js <store path> <concurrent writers>
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from './sqlite-event-store.js';

const [path, writers = '8'] = process.argv.slice(2);
const store = SqliteEventStore.open(path);

const write = async (writer: number) => {
  const streamId = `asset-${process.pid}-${writer}`;
  let expected: bigint | 'no_stream' = 'no_stream';
  for (let round = 0; ; round++) {
    const events = Array.from({ length: 1 + (round % 3) }, () => ({
      id: randomUUID(),
      type: 'AidInspected',
      data: { writer, round },
      metadata: {
        actor: 'crash-test',
        occurredAt: new Date().toISOString(),
        correlationId: randomUUID(),
        causationId: randomUUID(),
        schemaVersion: 1,
      },
    }));
    const result = await store.appendToStream(streamId, events, expected);
    expected = result.nextExpectedRevision;
    process.stdout.write(
      `${JSON.stringify({ streamId, ids: events.map((e) => e.id), lastRevision: String(result.nextExpectedRevision) })}\n`,
    );
  }
};

await Promise.all(Array.from({ length: Number(writers) }, (_, writer) => write(writer)));
