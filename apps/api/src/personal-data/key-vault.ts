import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Pool } from 'pg';

/**
 * Where the persons' keys live, apart from the event log: a SQLite file beside the embedded store, or a table in
 * the PostgreSQL database of DATABASE_URL when several instances share the data. Deleting a key erases the data
 * it encrypted (crypto-shredding), so a deleted key must not linger in free pages.
 */
export type KeyVault = {
  get(name: string): Promise<Buffer | null>;
  /** Keeps `key` under `name` unless one is there already; answers the key kept. */
  keep(name: string, key: Buffer): Promise<Buffer>;
  /** Keeps new keys in one go (a bulk import); a name already kept is left as it is. */
  keepAll(keys: [string, Buffer][]): Promise<void>;
  delete(name: string): Promise<void>;
  close(): Promise<void>;
};

class SqliteKeyVault implements KeyVault {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], { key: Buffer }>;
  private readonly insert: Database.Statement<[string, Buffer]>;
  private readonly remove: Database.Statement<[string]>;

  constructor(file: string) {
    // The keys may be the first file of a new DATA_DIR: the event store's thread makes its folder only later.
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // A deleted key is overwritten with zeros, not left in a free page.
    this.db.pragma('secure_delete = ON');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS keys (name TEXT PRIMARY KEY, key BLOB NOT NULL, created_at TEXT NOT NULL)',
    );
    this.select = this.db.prepare('SELECT key FROM keys WHERE name = ?');
    this.insert = this.db.prepare("INSERT OR IGNORE INTO keys (name, key, created_at) VALUES (?, ?, datetime('now'))");
    this.remove = this.db.prepare('DELETE FROM keys WHERE name = ?');
  }

  async get(name: string): Promise<Buffer | null> {
    return this.select.get(name)?.key ?? null;
  }

  async keep(name: string, key: Buffer): Promise<Buffer> {
    this.insert.run(name, key);
    return this.select.get(name)!.key;
  }

  async keepAll(keys: [string, Buffer][]): Promise<void> {
    this.db.transaction(() => {
      for (const [name, key] of keys) this.insert.run(name, key);
    })();
  }

  async delete(name: string): Promise<void> {
    this.remove.run(name);
    // The WAL still holds the page as it was before: fold it into the file and empty it.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

class PostgresKeyVault implements KeyVault {
  private ready: Promise<unknown>;
  constructor(private readonly pool: Pool) {
    this.ready = pool.query(
      'CREATE TABLE IF NOT EXISTS aidledger_person_keys (name text PRIMARY KEY, key bytea NOT NULL, created_at timestamptz NOT NULL DEFAULT now())',
    );
  }

  async get(name: string): Promise<Buffer | null> {
    await this.ready;
    const { rows } = await this.pool.query<{ key: Buffer }>('SELECT key FROM aidledger_person_keys WHERE name = $1', [
      name,
    ]);
    return rows[0]?.key ?? null;
  }

  async keep(name: string, key: Buffer): Promise<Buffer> {
    await this.ready;
    await this.pool.query(
      'INSERT INTO aidledger_person_keys (name, key) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [name, key],
    );
    return (await this.get(name))!;
  }

  async keepAll(keys: [string, Buffer][]): Promise<void> {
    await this.ready;
    for (let start = 0; start < keys.length; start += 1000) {
      const part = keys.slice(start, start + 1000);
      await this.pool.query(
        `INSERT INTO aidledger_person_keys (name, key) SELECT * FROM unnest($1::text[], $2::bytea[]) ON CONFLICT (name) DO NOTHING`,
        [part.map(([name]) => name), part.map(([, key]) => key)],
      );
    }
  }

  async delete(name: string): Promise<void> {
    await this.ready;
    await this.pool.query('DELETE FROM aidledger_person_keys WHERE name = $1', [name]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

const openPool = (databaseUrl: string): Pool => {
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  // An idle connection the server ends is dropped by the pool and replaced at the next query; unheard, its error
  // would end the process.
  pool.on('error', () => undefined);
  return pool;
};

export const openKeyVault = ({ dataDir, databaseUrl }: { dataDir: string; databaseUrl: string | null }): KeyVault =>
  databaseUrl
    ? new PostgresKeyVault(openPool(databaseUrl))
    : new SqliteKeyVault(path.join(dataDir, 'person-keys.sqlite'));
