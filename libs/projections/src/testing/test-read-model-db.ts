import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { openReadModelDb, type ReadModelDb } from '../read-model-db.js';

export type TestReadModelDb = { db: ReadModelDb; cleanup(): Promise<void> };

/** A database of its own on the server of TEST_DATABASE_URL; `drop` removes it. */
export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

/** The dialects the runtime tests run on: SQLite always, PostgreSQL when TEST_DATABASE_URL names a server. */
export const readModelDialects = (): ('sqlite' | 'postgres')[] =>
  process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A new, empty PostgreSQL database on the server TEST_DATABASE_URL names (its role may CREATE DATABASE). */
export const createTestDatabase = async (prefix = 'aidledger_test'): Promise<TestDatabase> => {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix}_${randomUUID().replace(/-/g, '')}`;
  const admin = async (statement: string) => {
    const pool = new Pool({ connectionString: adminUrl, max: 1 });
    try {
      await pool.query(statement);
    } finally {
      await pool.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    // WITH (FORCE): a process killed with SIGKILL may leave a session the server has not noticed yet.
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
};

/** A fresh read-model database: a SQLite file in `directory`, or a new PostgreSQL database dropped afterwards. */
export const openTestReadModelDb = async (
  dialect: 'sqlite' | 'postgres',
  directory: string,
): Promise<TestReadModelDb> => {
  if (dialect === 'sqlite') {
    const db = openReadModelDb({ dataDir: directory });
    return { db, cleanup: () => db.destroy() };
  }
  const database = await createTestDatabase();
  const db = openReadModelDb({ dataDir: directory, databaseUrl: database.url });
  return {
    db,
    cleanup: async () => {
      await db.destroy();
      await database.drop();
    },
  };
};
