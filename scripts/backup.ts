/**
 * Online backup of the embedded store while the API serves:
 *   npm run backup -- <backup-directory>
 * DATA_DIR (default ./data) is read like the server reads it. See backup-format.ts for what the backup holds.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readStoreConfig, type StoreConfig } from '../libs/event-store/src/index.js';
import {
  AUTH_SECRET_FILE,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupManifest,
  EVENTS_FILE,
  fail,
  fileDigest,
  KEYS_FILE,
  MANIFEST_FILE,
} from './backup-format.js';

/** Pages copied per step while nobody writes: small enough to show progress, large enough to be quick. */
const PAGES_PER_STEP = 1000;

/**
 * Copies one SQLite file with the backup API, from a connection of its own (WAL lets the server go on writing).
 * SQLite restarts a backup when another connection writes to the source between two steps; after a restart the
 * rest is copied in one step, which reads one consistent snapshot while writers carry on.
 */
const copyOnline = async (source: string, target: string, label: string): Promise<void> => {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    let lastRemaining = Number.POSITIVE_INFINITY;
    let restarted = false;
    let shownTenth = -1;
    const { totalPages } = await db.backup(target, {
      progress: ({ totalPages: total, remainingPages }) => {
        if (remainingPages > lastRemaining) restarted = true;
        lastRemaining = remainingPages;
        const tenth = Math.floor((10 * (total - remainingPages)) / Math.max(total, 1));
        if (tenth !== shownTenth) process.stderr.write(`${label}: ${total - remainingPages}/${total} pages\n`);
        shownTenth = tenth;
        return restarted ? 0x7fffffff : PAGES_PER_STEP;
      },
    });
    process.stderr.write(`${label}: ${totalPages}/${totalPages} pages\n`);
  } finally {
    db.close();
  }
  // One self-contained file (no -wal beside it), checked before it is called a backup.
  const copy = new Database(target);
  try {
    copy.pragma('journal_mode = DELETE');
    const [check] = copy.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (check?.integrity_check !== 'ok') throw new Error(`${label}: the copy fails SQLite's integrity check`);
  } finally {
    copy.close();
  }
  chmodSync(target, 0o600);
};

const headPosition = (events: string): number => {
  const db = new Database(events, { readonly: true });
  try {
    const row = db.prepare('SELECT max(position) AS head FROM events').get() as { head: number | null };
    return row.head ?? -1;
  } finally {
    db.close();
  }
};

const main = async (): Promise<void> => {
  const [target, ...rest] = process.argv.slice(2);
  if (!target || rest.length > 0 || target.startsWith('-')) fail('usage: npm run backup -- <backup-directory>');
  const problems: string[] = [];
  const config = readStoreConfig(process.env, problems);
  if (problems.length > 0) fail(problems.join('\n'), 78);
  if (config.eventStore !== 'sqlite')
    fail(`The backup command copies the embedded store; EVENT_STORE=${config.eventStore} has its own backups`, 78);
  const eventsFile = path.join(config.dataDir, EVENTS_FILE);
  if (!existsSync(eventsFile)) fail(`There is no embedded store at ${eventsFile}`, 66);

  const directory = path.resolve(target!);
  // Never over an existing backup or anything else: mkdir without `recursive` refuses an existing path.
  if (existsSync(directory)) fail(`${directory} exists already; a backup is never written over anything`, 73);
  process.umask(0o077);
  mkdirSync(path.dirname(directory), { recursive: true });
  mkdirSync(directory, { mode: 0o700 });
  try {
    await backUp(config, directory);
  } catch (error) {
    // Half a backup is no backup: nothing is left that could be taken for one.
    rmSync(directory, { recursive: true, force: true });
    fail(`The backup failed: ${error instanceof Error ? error.message : String(error)}`, 74);
  }
};

const backUp = async (config: StoreConfig, directory: string): Promise<void> => {
  const eventsFile = path.join(config.dataDir, EVENTS_FILE);
  // Events first, keys after: a person registered in between has a key and no events (harmless), while the
  // other order would leave events of persons whose keys are missing, unreadable for good. A person erased
  // in between stays unreadable in the backup, as the erasure asked.
  await copyOnline(eventsFile, path.join(directory, EVENTS_FILE), 'events');
  const keysIncluded = config.databaseUrl === null;
  if (keysIncluded) await copyOnline(path.join(config.dataDir, KEYS_FILE), path.join(directory, KEYS_FILE), 'keys');
  else process.stderr.write('keys: in the PostgreSQL of DATABASE_URL, not in this backup: back that database up\n');
  const secret = path.join(config.dataDir, AUTH_SECRET_FILE);
  if (existsSync(secret)) {
    copyFileSync(secret, path.join(directory, AUTH_SECRET_FILE));
    chmodSync(path.join(directory, AUTH_SECRET_FILE), 0o600);
  }

  const files = [EVENTS_FILE, ...(keysIncluded ? [KEYS_FILE] : []), ...(existsSync(secret) ? [AUTH_SECRET_FILE] : [])];
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    headPosition: headPosition(path.join(directory, EVENTS_FILE)),
    keysIncluded,
    files: Object.fromEntries(files.map((name) => [name, fileDigest(path.join(directory, name))])),
  };
  writeFileSync(path.join(directory, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  process.stdout.write(`${JSON.stringify({ backup: directory, headPosition: manifest.headPosition })}\n`);
};

await main();
