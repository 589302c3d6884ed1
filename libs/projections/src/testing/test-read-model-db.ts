import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { openReadModelDb, type ReadModelDb } from '../read-model-db.js';

export type TestReadModelDb = { db: ReadModelDb; cleanup(): Promise<void> };

/** The dialects the runtime tests run on: SQLite always, PostgreSQL when TEST_DATABASE_URL names a server. */
export const readModelDialects = (): ('sqlite' | 'postgres')[] =>
  process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh read-model database: a SQLite file in `directory`, or a new PostgreSQL database dropped afterwards. */
export const openTestReadModelDb = async (
  dialect: 'sqlite' | 'postgres',
  directory: string,
): Promise<TestReadModelDb> => {
  if (dialect === 'sqlite') {
    const db = openReadModelDb({ dataDir: directory });
    return { db, cleanup: () => db.destroy() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `aidledger_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new Pool({ connectionString: adminUrl, max: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openReadModelDb({ dataDir: directory, databaseUrl: url.toString() });
  return {
    db,
    cleanup: async () => {
      await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
};
