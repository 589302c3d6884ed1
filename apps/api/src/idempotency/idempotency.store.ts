import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export type StoredAnswer = { requestHash: string; body: string; etag: string | null };

/**
 * First answers to commands sent with an Idempotency-Key, kept on disk so a repeat after a
 * restart still gets the first answer. Keys are scoped per caller and route.
 */
export class IdempotencyStore {
  private readonly db: Database.Database;
  private readonly findStatement: Database.Statement<
    [string],
    { request_hash: string; body: string; etag: string | null }
  >;
  private readonly saveStatement: Database.Statement<[string, string, string, string | null, string]>;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'idempotency.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS idempotent_answers (
      scoped_key TEXT PRIMARY KEY, request_hash TEXT NOT NULL,
      body TEXT NOT NULL, etag TEXT, created_at TEXT NOT NULL)`);
    this.findStatement = this.db.prepare(
      'SELECT request_hash, body, etag FROM idempotent_answers WHERE scoped_key = ?',
    );
    this.saveStatement = this.db.prepare(
      'INSERT OR IGNORE INTO idempotent_answers (scoped_key, request_hash, body, etag, created_at) VALUES (?, ?, ?, ?, ?)',
    );
  }

  find(scopedKey: string): StoredAnswer | undefined {
    const row = this.findStatement.get(scopedKey);
    return row ? { requestHash: row.request_hash, body: row.body, etag: row.etag } : undefined;
  }

  save(scopedKey: string, answer: StoredAnswer): void {
    this.saveStatement.run(scopedKey, answer.requestHash, answer.body, answer.etag, new Date().toISOString());
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
