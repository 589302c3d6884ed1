// The benchmark's peer: Emmett 0.38.5 on SQLite (WAL; SQLite's default synchronous=FULL, as ours), fed the
// same events as aidledger. Appends go one after the other, as Emmett's SQLite store opens and closes its
// connection around each call and cannot take concurrent appends. The projection is the asset index:
// one row per aid with its status, the work aidledger's asset-index projection does.
//   node test/bench/emmett/peer.mjs <streams.json> <store file>
import { readFileSync } from 'node:fs';
import { getSQLiteEventStore, sqliteConnection } from '@event-driven-io/emmett-sqlite';

const [streamsFile, fileName] = process.argv.slice(2);
const streams = JSON.parse(readFileSync(streamsFile, 'utf8'));
const eventStore = getSQLiteEventStore({ fileName });

const events = streams.reduce((sum, stream) => sum + stream.events.length, 0);
let started = performance.now();
for (const stream of streams) {
  await eventStore.appendToStream(
    stream.streamId,
    stream.events.map((event) => ({ type: event.type, data: event.data, metadata: event.metadata })),
    { expectedStreamVersion: 'STREAM_DOES_NOT_EXIST' },
  );
}
const appendSeconds = (performance.now() - started) / 1000;

const STATUS = {
  AssetRegistered: 'ready',
  AssetAllocated: 'allocated',
  AidDispatched: 'inTransit',
  AidDelivered: 'onLoan',
  AidReturned: 'awaitingReconditioning',
  AidReconditioned: 'ready',
  AidScrapped: 'scrapped',
};
const setup = sqliteConnection({ fileName });
await setup.command(
  'CREATE TABLE IF NOT EXISTS asset_index (asset_id TEXT PRIMARY KEY, article_no TEXT, status TEXT, person_id TEXT, last_event TEXT)',
);
const last = await setup.querySingle('SELECT MAX(global_position) AS position FROM emt_messages');
setup.close();
const lastPosition = BigInt(last.position);

const consumer = eventStore.consumer({ pulling: { batchSize: 1000, pullingFrequencyInMs: 10 } });
consumer.processor({
  processorId: 'asset-index',
  startFrom: 'BEGINNING',
  stopAfter: (message) => message.metadata.globalPosition >= lastPosition,
  eachMessage: async (message, { connection }) => {
    const status = STATUS[message.type];
    if (!status) return;
    const { assetId, articleNo = null, personId = null } = message.data;
    await connection.command(
      `INSERT INTO asset_index (asset_id, article_no, status, person_id, last_event) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (asset_id) DO UPDATE SET status = excluded.status, last_event = excluded.last_event,
         article_no = COALESCE(excluded.article_no, asset_index.article_no), person_id = excluded.person_id`,
      [assetId, articleNo, status, personId, message.type],
    );
  },
});
started = performance.now();
await consumer.start();
const rebuildSeconds = (performance.now() - started) / 1000;
await consumer.close();
const check = sqliteConnection({ fileName });
const rows = await check.querySingle('SELECT COUNT(*) AS n FROM asset_index');
check.close();
process.stdout.write(
  `${JSON.stringify({ events, appendSeconds, appendRate: events / appendSeconds, rebuildSeconds, rebuildRate: events / rebuildSeconds, assetRows: rows.n })}\n`,
);
