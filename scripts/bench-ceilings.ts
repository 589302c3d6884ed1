/** The machine's own ceilings: what SQLite and a bare Fastify route do on it, for the figures to be read against. */
import path from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_EVENT_STORE_SCHEMA } from '../libs/event-store/src/sqlite/sqlite-schema.js';
import type { StreamAppend } from '../apps/api/src/demo/on-loan-import.js';
import { aidStreams } from './bench-dataset.js';
import { freePort, load, withServer } from './bench-processes.js';
import { perRun, record, type Result } from './bench-report.js';
import { inTempDir, scriptsDir, type BenchSettings } from './bench-settings.js';

const serialized = (streams: StreamAppend[]) =>
  streams.flatMap((stream) =>
    stream.events.map((event, revision) => ({
      streamId: stream.streamId,
      revision,
      id: event.id,
      type: event.type,
      data: JSON.stringify(event.data),
      metadata: JSON.stringify(event.metadata),
    })),
  );

/** The same inserts our store does for an import, without any of its checks: SQLite's own speed here. */
const rawAppendRate = (streams: StreamAppend[], appendsPerTransaction: number): Promise<number> =>
  inTempDir('bench-raw-', (dir) => {
    const db = new Database(path.join(dir, 'events.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SQLITE_EVENT_STORE_SCHEMA);
    const insert = db.prepare(
      'INSERT INTO events (position, stream_id, revision, event_id, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const upsert = db.prepare(
      'INSERT INTO streams (stream_id, revision) VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision',
    );
    const began = performance.now();
    let position = 0;
    for (let i = 0; i < streams.length; i += appendsPerTransaction) {
      const batch = serialized(streams.slice(i, i + appendsPerTransaction));
      const recordedAt = new Date().toISOString();
      db.transaction(() => {
        let previous = '';
        for (const event of batch) {
          insert.run(
            position++,
            event.streamId,
            event.revision,
            event.id,
            event.type,
            event.data,
            event.metadata,
            recordedAt,
          );
          if (previous !== event.streamId) upsert.run(event.streamId, event.revision);
          previous = event.streamId;
        }
      }).immediate();
    }
    const events = position;
    const seconds = (performance.now() - began) / 1000;
    db.close();
    return events / seconds;
  });

const rawScanRate = (file: string): number => {
  const db = new Database(file, { readonly: true });
  const began = performance.now();
  let events = 0;
  let bytes = 0;
  for (const row of db
    .prepare(
      'SELECT position, stream_id, revision, event_id, type, data, metadata, recorded_at FROM events ORDER BY position',
    )
    .iterate() as Iterable<{ data: string; metadata: string }>) {
    events++;
    bytes += row.data.length + row.metadata.length;
  }
  const seconds = (performance.now() - began) / 1000;
  db.close();
  return bytes > 0 ? events / seconds : 0;
};

export const appendCeiling = async (settings: BenchSettings, importAids: number): Promise<Result> => {
  const streams = await aidStreams(settings, importAids, settings.seed + 2);
  return record(
    'ceiling.append.rate',
    'raw better-sqlite3 inserts, same rows, WAL, synchronous=FULL, 4096 appends per transaction',
    'events/s',
    null,
    await perRun(settings.runs, () => rawAppendRate(streams, 4096)),
  );
};

export const scanCeiling = async (settings: BenchSettings, storeFile: string, events: number): Promise<Result> =>
  record(
    'ceiling.scan.rate',
    `raw ordered scan of all ${events} events`,
    'events/s',
    null,
    await perRun(settings.runs, () => rawScanRate(storeFile)),
  );

/** GET requests/s, 64 connections, for `seconds`: the measure of both the query figure and its ceiling. */
export const readThroughput = (url: string, token: string | undefined, paths: string[], seconds: number): number =>
  load({ url, token, connections: 64, durationSeconds: seconds, repeat: { method: 'GET', paths } }).requestsPerSecond;

export const httpCeiling = async (settings: BenchSettings, seconds: number): Promise<Result> => {
  const port = freePort();
  const bare = [path.join(scriptsDir, 'bench-bare-http.js'), String(port)];
  const samples = await withServer(bare, {}, /listening/, () =>
    perRun(settings.runs, () => readThroughput(`http://127.0.0.1:${port}`, undefined, ['/'], seconds)),
  );
  return record(
    'ceiling.http.throughput',
    'a bare Fastify route returning a small JSON body, 64 connections',
    'requests/s',
    null,
    samples,
  );
};
