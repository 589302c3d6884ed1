import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { PostgresEventStore, type PostgresEventStoreOptions } from '../postgres/postgres-event-store.js';

export type TempPostgresDatabase = {
  /** URL of the fresh database: give it to several stores (as several API instances) or to the read models. */
  url: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
};

export type TempPostgresStore = { store: PostgresEventStore; url: string; cleanup(): Promise<void> };

/** A fresh database on the server of TEST_DATABASE_URL (whose user may CREATE DATABASE), for tests. */
export const createTempPostgresDatabase = async (
  adminUrl = process.env.TEST_DATABASE_URL,
): Promise<TempPostgresDatabase> => {
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `aidledger_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new Pool({ connectionString: adminUrl, max: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
};

/** A PostgreSQL store on a fresh database of its own, dropped by `cleanup`. */
export const openTempPostgresStore = async (options: PostgresEventStoreOptions = {}): Promise<TempPostgresStore> => {
  const database = await createTempPostgresDatabase();
  const store = await PostgresEventStore.connect(database.url, options);
  return {
    store,
    url: database.url,
    cleanup: async () => {
      await store.close();
      await database.drop();
    },
  };
};
