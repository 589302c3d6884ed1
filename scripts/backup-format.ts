import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A backup of the embedded store is a directory (mode 0700, files 0600: it holds personal data and its keys):
 *   events.sqlite        the event store, copied online with SQLite's backup API
 *   person-keys.sqlite   the key vault, copied after the events (see backup.ts for why in this order)
 *   auth-secret          the secret of the service tokens, when DATA_DIR holds one
 *   manifest.json        what is in it: the events' head position and each file's size and SHA-256
 * The read models are not in it: they are rebuilt from the events when the API or the projector starts.
 */
export const BACKUP_FORMAT = 'aidledger-embedded-backup';
export const BACKUP_VERSION = 1;

export const EVENTS_FILE = 'events.sqlite';
export const KEYS_FILE = 'person-keys.sqlite';
export const AUTH_SECRET_FILE = 'auth-secret';
export const MANIFEST_FILE = 'manifest.json';

export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** Global position of the last event in the backup; -1 for an empty store. */
  headPosition: number;
  /** false when the keys live in the PostgreSQL of DATABASE_URL: back that database up beside this one. */
  keysIncluded: boolean;
  files: Record<string, { bytes: number; sha256: string }>;
};

export const fileDigest = (file: string): { bytes: number; sha256: string } => {
  const content = readFileSync(file);
  return { bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
};

/** Files whose digest does not match the manifest, or that it names but are missing. */
export const damagedFiles = (directory: string, manifest: BackupManifest): string[] =>
  Object.entries(manifest.files)
    .filter(([name, expected]) => {
      try {
        const actual = fileDigest(path.join(directory, name));
        return actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);

/** Stops a command-line script with a message and the exit code of a usage error. */
export const fail = (message: string, code = 64): never => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};
