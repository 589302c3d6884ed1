import path from 'node:path';
import type { EventStore } from './event-store.port.js';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { SqliteEventStore } from './sqlite/sqlite-event-store.js';
import { ThreadedSqliteEventStore } from './sqlite/threaded-sqlite-event-store.js';

export type EventStoreKind = 'sqlite' | 'eventstoredb' | 'postgres';

/** Where a process finds its events and read models; shared by every app. */
export type StoreConfig = {
  dataDir: string;
  eventStore: EventStoreKind;
  eventStoreConnectionString: string | null;
  /** null = SQLite read models in dataDir. */
  databaseUrl: string | null;
  /** The embedded store's SQLite work on its own thread (true) or on the caller's event loop (false). */
  storeThread: boolean;
};

type Env = Record<string, string | undefined>;

/** An on/off variable (on, true, 1, yes / off, false, 0, no); empty means `fallback`, anything else is a problem. */
export const onOff = (name: string, value: string | undefined, fallback: boolean, problems: string[]): boolean => {
  if (value === undefined || value === '') return fallback;
  const normalized = value.toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(normalized)) return true;
  if (['off', 'false', '0', 'no'].includes(normalized)) return false;
  problems.push(`${name} must be on or off, got "${value}"`);
  return fallback;
};

/** Reads DATA_DIR, EVENT_STORE, EVENTSTORE_CONNECTION_STRING, DATABASE_URL and STORE_THREAD; problems are added to `problems`. */
export const readStoreConfig = (env: Env, problems: string[]): StoreConfig => {
  const eventStore = (env.EVENT_STORE || 'sqlite') as EventStoreKind;
  if (eventStore !== 'sqlite' && eventStore !== 'eventstoredb' && eventStore !== 'postgres')
    problems.push(`EVENT_STORE must be sqlite, eventstoredb or postgres, got "${env.EVENT_STORE}"`);

  const eventStoreConnectionString = env.EVENTSTORE_CONNECTION_STRING || null;
  if (eventStore === 'eventstoredb' && !eventStoreConnectionString)
    problems.push('EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING (e.g. esdb://node1:2113?tls=true)');
  if (
    eventStoreConnectionString &&
    !/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kdb):\/\//.test(eventStoreConnectionString)
  )
    problems.push('EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover://');

  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push('DATABASE_URL must be empty (SQLite in DATA_DIR) or a postgres:// URL');
  if (eventStore === 'postgres' && !databaseUrl)
    problems.push(
      'EVENT_STORE=postgres needs DATABASE_URL (the events go beside the read models, e.g. postgres://aidledger@db:5432/aidledger)',
    );

  return {
    dataDir: path.resolve(env.DATA_DIR || './data'),
    eventStore,
    eventStoreConnectionString,
    databaseUrl,
    storeThread: onOff('STORE_THREAD', env.STORE_THREAD, true, problems),
  };
};

export const openEventStore = async (config: StoreConfig): Promise<EventStore> => {
  if (config.eventStore === 'eventstoredb') {
    if (!config.eventStoreConnectionString) throw new Error('EVENTSTORE_CONNECTION_STRING is required');
    return EventStoreDbEventStore.connect(config.eventStoreConnectionString);
  }
  if (config.eventStore === 'postgres') {
    if (!config.databaseUrl) throw new Error('DATABASE_URL is required');
    return PostgresEventStore.connect(config.databaseUrl);
  }
  const file = path.join(config.dataDir, 'events.sqlite');
  return config.storeThread ? ThreadedSqliteEventStore.open({ path: file }) : SqliteEventStore.open(file);
};
