// The benchmark's peer: Emmett 0.42 on its SQLite store and on its PostgreSQL store, fed the same events as
// aidledger, in the same shapes:
//   oneByOne  each stream's append awaited before the next is sent;
//   inFlight  IN_FLIGHT appends outstanding at any time (each appender sends the next stream once one is acknowledged);
//   rebuild   every event read into the asset index (one row per aid with its status) by Emmett's own consumer
//             and processor, in batches of REBUILD_BATCH (its best of 100, 1,000 and 5,000 on this machine), polling
//             without a pause between batches.
// Durability as ours: SQLite in WAL with synchronous=FULL (sqlite3's default, checked and set again on every
// connection), PostgreSQL with synchronous_commit=on (the server's default, checked).
//   node test/bench/emmett/peer.mjs <streams.json> sqlite <folder for the store files>
//   node test/bench/emmett/peer.mjs <streams.json> postgres <fresh database for one by one> <fresh database for in flight>
// One line of JSON on stdout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from '@event-driven-io/dumbo';
import {
  getPostgreSQLEventStore,
  postgreSQLRawSQLProjection,
  rebuildPostgreSQLProjections,
} from '@event-driven-io/emmett-postgresql';
import { getSQLiteEventStore, sqliteConnection } from '@event-driven-io/emmett-sqlite';
import { Client } from 'pg';

const REBUILD_BATCH = 5000;
const IN_FLIGHT = 300;
// Probed once (20 and 300 appends sent at once on Emmett's own pool, which opens a connection per call and sets
// no busy timeout): all but one failed, their BEGIN IMMEDIATE busy and the ROLLBACK after it refused. On one
// shared connection its transactions nest into one and an append is acknowledged before the COMMIT, which is
// not the same durability. So the bench does not run that shape.
const SQLITE_IN_FLIGHT =
  "Emmett's SQLite store cannot take appends in flight: sent at once on its own pool all but one fail (SQLITE_ERROR: cannot rollback - no transaction is active, after a busy BEGIN IMMEDIATE); on one shared connection its transactions merge and an append is acknowledged before the commit";

const [streamsFile, system, ...where] = process.argv.slice(2);
const streams = JSON.parse(readFileSync(streamsFile, 'utf8'));
const events = streams.reduce((sum, stream) => sum + stream.events.length, 0);
const toEmmett = (stream) =>
  stream.events.map((event) => ({ type: event.type, data: event.data, metadata: event.metadata }));
const seconds = (since) => (performance.now() - since) / 1000;

const STATUS = {
  AssetRegistered: 'ready',
  AssetAllocated: 'allocated',
  AidDispatched: 'inTransit',
  AidDelivered: 'onLoan',
  AidReturned: 'awaitingReconditioning',
  AidReconditioned: 'ready',
  AidScrapped: 'scrapped',
};
const rowOf = (message) => {
  const { assetId, articleNo = null, personId = null } = message.data;
  return [assetId, articleNo, STATUS[message.type], personId, message.type];
};

const oneByOne = async (eventStore) => {
  const started = performance.now();
  for (const stream of streams)
    await eventStore.appendToStream(stream.streamId, toEmmett(stream), {
      expectedStreamVersion: 'STREAM_DOES_NOT_EXIST',
    });
  return events / seconds(started);
};

/** IN_FLIGHT appends outstanding at any time, each taking the next stream when one is acknowledged. */
const inFlight = async (eventStore) => {
  let next = 0;
  const appender = async () => {
    while (next < streams.length) {
      const stream = streams[next++];
      await eventStore.appendToStream(stream.streamId, toEmmett(stream), {
        expectedStreamVersion: 'STREAM_DOES_NOT_EXIST',
      });
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, appender));
  return events / seconds(started);
};

const UPSERT_SQLITE = `INSERT INTO asset_index (asset_id, article_no, status, person_id, last_event) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (asset_id) DO UPDATE SET status = excluded.status, last_event = excluded.last_event,
    article_no = COALESCE(excluded.article_no, asset_index.article_no), person_id = excluded.person_id`;

/** A connection of Emmett's own, with the durability set and checked. */
const durableConnection = async (fileName) => {
  const connection = sqliteConnection({ fileName });
  await connection.command('PRAGMA synchronous = FULL');
  const { synchronous } = await connection.querySingle('PRAGMA synchronous');
  const { journal_mode: journal } = await connection.querySingle('PRAGMA journal_mode');
  if (synchronous !== 2 || journal !== 'wal') throw new Error(`SQLite is not WAL + FULL: ${journal}, ${synchronous}`);
  return connection;
};

const onSqlite = async (folder) => {
  // One by one, at Emmett's best: one long-lived connection (ambient), not one opened per call.
  const fileName = path.join(folder, 'emmett-one-by-one.sqlite');
  const connection = await durableConnection(fileName);
  const eventStore = getSQLiteEventStore({ fileName, connectionOptions: { connection, singleton: true } });
  await eventStore.schema.migrate();
  const oneByOneRate = await oneByOne(eventStore);

  // Rebuild from the one-by-one store, through the consumer on the same long-lived connection.
  await connection.command(
    'CREATE TABLE IF NOT EXISTS asset_index (asset_id TEXT PRIMARY KEY, article_no TEXT, status TEXT, person_id TEXT, last_event TEXT)',
  );
  const last = await connection.querySingle('SELECT MAX(global_position) AS position FROM emt_messages');
  const lastPosition = BigInt(last.position);
  const consumer = eventStore.consumer({ pulling: { batchSize: REBUILD_BATCH, pullingFrequencyInMs: 0 } });
  consumer.processor({
    processorId: 'asset-index',
    startFrom: 'BEGINNING',
    stopAfter: (message) => message.metadata.globalPosition >= lastPosition,
    eachMessage: async (message, context) => {
      if (STATUS[message.type]) await context.connection.command(UPSERT_SQLITE, rowOf(message));
    },
  });
  const started = performance.now();
  await consumer.start();
  const rebuildRate = events / seconds(started);
  await consumer.stop();
  const rows = await connection.querySingle('SELECT COUNT(*) AS n FROM asset_index');
  connection.close();
  return {
    durability: 'WAL, synchronous=FULL',
    oneByOne: { rate: oneByOneRate },
    inFlight: { unsupported: SQLITE_IN_FLIGHT },
    rebuild: { rate: rebuildRate, batch: REBUILD_BATCH, assetRows: rows.n },
  };
};

const synchronousCommit = async (url) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SHOW synchronous_commit');
  const fsync = await client.query('SHOW fsync');
  await client.end();
  if (rows[0].synchronous_commit !== 'on' || fsync.rows[0].fsync !== 'on')
    throw new Error(`PostgreSQL is not durable: synchronous_commit=${rows[0].synchronous_commit}`);
};

const assetIndexProjection = postgreSQLRawSQLProjection({
  name: 'asset-index',
  canHandle: Object.keys(STATUS),
  init: () =>
    'CREATE TABLE IF NOT EXISTS asset_index (asset_id TEXT PRIMARY KEY, article_no TEXT, status TEXT, person_id TEXT, last_event TEXT)',
  truncate: (context) => context.execute.command('TRUNCATE asset_index'),
  evolve: (message) =>
    sql(
      `INSERT INTO asset_index (asset_id, article_no, status, person_id, last_event) VALUES (%L, %L, %L, %L, %L)
       ON CONFLICT (asset_id) DO UPDATE SET status = excluded.status, last_event = excluded.last_event,
         article_no = COALESCE(excluded.article_no, asset_index.article_no), person_id = excluded.person_id`,
      ...rowOf(message),
    ),
});

const onPostgres = async (oneByOneUrl, inFlightUrl) => {
  await synchronousCommit(oneByOneUrl);
  const oneByOneResult = await (async (url) => {
    const eventStore = getPostgreSQLEventStore(url);
    try {
      await eventStore.schema.migrate();
      const rate = await oneByOne(eventStore);
      const consumer = rebuildPostgreSQLProjections({
        connectionString: url,
        projection: assetIndexProjection,
        pulling: { batchSize: REBUILD_BATCH, pullingFrequencyInMs: 0 },
      });
      const started = performance.now();
      await consumer.start();
      const rebuildRate = events / seconds(started);
      await consumer.close();
      const client = new Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query('SELECT COUNT(*)::int AS n FROM asset_index');
      await client.end();
      return { rate, rebuild: { rate: rebuildRate, batch: REBUILD_BATCH, assetRows: rows[0].n } };
    } finally {
      await eventStore.close();
    }
  })(oneByOneUrl);
  const inFlightResult = await (async (url) => {
    const eventStore = getPostgreSQLEventStore(url);
    try {
      await eventStore.schema.migrate();
      return await inFlight(eventStore);
    } finally {
      await eventStore.close();
    }
  })(inFlightUrl);
  return {
    durability: 'synchronous_commit=on, fsync=on',
    oneByOne: { rate: oneByOneResult.rate },
    inFlight: { rate: inFlightResult, n: IN_FLIGHT },
    rebuild: oneByOneResult.rebuild,
  };
};

const result = system === 'postgres' ? await onPostgres(...where) : await onSqlite(where[0]);
process.stdout.write(`${JSON.stringify({ system, events, streams: streams.length, ...result })}\n`);
