import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type SqliteEventStoreOptions } from '../sqlite/sqlite-event-store.js';

export type TempSqliteStore = {
  store: SqliteEventStore;
  /** Folder that holds the store's file; put read models beside it. */
  directory: string;
  path: string;
  /** Closes the store (if still open) and deletes the folder. */
  cleanup(): Promise<void>;
};

/** A fresh embedded store in its own temporary folder, for tests. */
export const openTempSqliteStore = async (
  options: Omit<SqliteEventStoreOptions, 'path'> = {},
): Promise<TempSqliteStore> => {
  const directory = mkdtempSync(join(tmpdir(), 'aidledger-store-'));
  const path = join(directory, 'events.sqlite');
  const store = new SqliteEventStore({ ...options, path });
  return {
    store,
    directory,
    path,
    cleanup: async () => {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
};
