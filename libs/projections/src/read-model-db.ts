import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type Transaction } from 'kysely';
import { Pool } from 'pg';

/** Read-model tables are versioned and named at run time, so the schema is typed per projection. */
export type ReadModelTables = Record<string, Record<string, unknown>>;
export type ReadModelDb = Kysely<ReadModelTables>;
export type ReadModelTransaction = Transaction<ReadModelTables>;

export type ReadModelDbOptions = {
  dataDir: string;
  /** null or empty = SQLite file in dataDir; postgres://… = PostgreSQL. */
  databaseUrl?: string | null;
  /** ':memory:' for tests. */
  sqliteFile?: string;
  /**
   * false: a connection that only reads (the API's beside its projector thread) leaves checkpointing the WAL to the
   * connection that writes, so it does no disk writes of its own.
   */
  checkpointWal?: boolean;
};

export const isPostgresUrl = (url: string | null | undefined): url is string =>
  !!url && /^postgres(ql)?:\/\//.test(url);

const READ_MODEL_CACHE_KIB = 65536;

/** Opens the read-model database: `<dataDir>/read-models.sqlite` in WAL mode by default. */
export const openReadModelDb = (options: ReadModelDbOptions): ReadModelDb => {
  if (isPostgresUrl(options.databaseUrl)) {
    const pool = new Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server ends (a restart, an administrator) is dropped by the pool and the next query
    // opens a new one; unheard, its error would end the process.
    pool.on('error', () => undefined);
    return new Kysely<ReadModelTables>({ dialect: new PostgresDialect({ pool }) });
  }
  const file = options.sqliteFile ?? path.join(options.dataDir, 'read-models.sqlite');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MiB rather than SQLite's 2 MiB: a catch-up transaction's changed pages stay in memory until its commit
  // instead of spilling to the WAL and being written again (the region's rebuild wrote 4.4 GB rather than 15).
  sqlite.pragma(`cache_size = -${READ_MODEL_CACHE_KIB}`);
  const stopCheckpoints =
    file === ':memory:' || options.checkpointWal === false ? () => {} : checkpointOffTheCommitPath(sqlite);
  return new Kysely<ReadModelTables>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite, stopCheckpoints) }),
  });
};

/**
 * SQLite's automatic checkpoint runs inside the COMMIT that grows the WAL past its limit, and its fsync then
 * delays that batch's rows (the lag's tail) and every catching-up page. A timer checkpoints instead, once a
 * second, so the WAL stays bounded by a second of writes.
 */
const checkpointOffTheCommitPath = (sqlite: Database.Database): (() => void) => {
  sqlite.pragma('wal_autocheckpoint = 0');
  const timer = setInterval(() => {
    try {
      if (sqlite.open) sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy or closing: the next tick tries again.
    }
  }, 1000);
  timer.unref();
  return () => clearInterval(timer);
};

const MAX_CACHED_STATEMENT = 2000;

/** Kysely prepares every query anew; projections repeat a few shapes, so reusing statements halves a live batch's cost. */
const withStatementCache = (sqlite: Database.Database, onClose: () => void): SqliteDatabase => {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => {
      onClose();
      sqlite.close();
    },
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        // A batch's multi-row statement holds a program as large as its rows: keeping those would hold memory.
        if (text.length > MAX_CACHED_STATEMENT) return statement;
        if (statements.size >= 1000) statements.clear();
        statements.set(text, statement);
      }
      return statement;
    },
  };
};

/** SQLite caps bound parameters per statement; PostgreSQL at 65535. Stay well below both. */
export const MAX_PARAMETERS = 30000;

export const chunk = <T>(items: T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
};
