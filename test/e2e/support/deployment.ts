import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEventStore, readStoreConfig, type EventStore } from '@aidledger/event-store';
import { openReadModelDb, type ReadModelDb } from '@aidledger/projections';
import {
  createTempPostgresDatabase,
  type TempPostgresDatabase,
} from '../../../libs/event-store/src/testing/temp-postgres-store.js';

/** Where a scenario keeps its events and its read models: embedded (SQLite in DATA_DIR) or PostgreSQL. */
export type Stores = { events: 'sqlite' | 'postgres'; readModels: 'sqlite' | 'postgres' };

export const EMBEDDED: Stores = { events: 'sqlite', readModels: 'sqlite' };
export const POSTGRES: Stores = { events: 'postgres', readModels: 'postgres' };

/**
 * The stores of one scenario: a fresh DATA_DIR and, when either store is PostgreSQL, a fresh database on the
 * server of TEST_DATABASE_URL. Every process of the scenario gets `env`; the audits open the same stores.
 */
export class Deployment {
  private constructor(
    readonly stores: Stores,
    readonly dataDir: string,
    private readonly database: TempPostgresDatabase | null,
  ) {}

  static async create(stores: Stores): Promise<Deployment> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'aidledger-crash-'));
    const onPostgres = stores.events === 'postgres' || stores.readModels === 'postgres';
    return new Deployment(stores, dataDir, onPostgres ? await createTempPostgresDatabase() : null);
  }

  /** What a PostgreSQL store is called in a report: the database kept when the audit found a problem. */
  get where(): string {
    return this.database
      ? `${this.dataDir} and database ${new URL(this.database.url).pathname.slice(1)}`
      : this.dataDir;
  }

  /** The environment of every API and projector process; DATA_DIR comes from `dataDir`. */
  get env(): Record<string, string> {
    return {
      EVENT_STORE: this.stores.events,
      DATABASE_URL: this.database?.url ?? '',
    };
  }

  /** The scenario's event store through the port, as the processes open it. */
  async openStore(): Promise<EventStore> {
    const problems: string[] = [];
    const config = readStoreConfig({ DATA_DIR: this.dataDir, ...this.env }, problems);
    if (problems.length > 0) throw new Error(problems.join('; '));
    return openEventStore(config);
  }

  openReadModels(): ReadModelDb {
    return openReadModelDb({
      dataDir: this.dataDir,
      databaseUrl: this.stores.readModels === 'postgres' ? (this.database?.url ?? null) : null,
    });
  }

  /** A second, empty read-model store of the same kind, for a clean rebuild beside the live one. */
  async openFreshReadModels(): Promise<{ db: ReadModelDb; dispose(): Promise<void> }> {
    if (this.stores.readModels === 'sqlite') {
      const dir = mkdtempSync(path.join(this.dataDir, 'rebuild-'));
      const db = openReadModelDb({ dataDir: dir });
      return { db, dispose: () => db.destroy() };
    }
    const database = await createTempPostgresDatabase();
    const db = openReadModelDb({ dataDir: this.dataDir, databaseUrl: database.url });
    return {
      db,
      dispose: async () => {
        await db.destroy();
        await database.drop();
      },
    };
  }

  /** Removes the stores, unless `keep`: a store that failed its audit is kept for a look. */
  async dispose(keep: boolean): Promise<void> {
    if (keep) return;
    rmSync(this.dataDir, { recursive: true, force: true });
    await this.database?.drop();
  }
}
