/**
 * Restores a backup of the embedded store into an empty DATA_DIR:
 *   npm run restore -- <backup-directory> [--data-dir DIR]
 * Without --data-dir, DATA_DIR (default ./data) is read like the server reads it. The read models are rebuilt
 * from the restored events when the API (or the projector) starts on the directory.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readStoreConfig } from '../libs/event-store/src/index.js';
import {
  AUTH_SECRET_FILE,
  BACKUP_FORMAT,
  type BackupManifest,
  damagedFiles,
  EVENTS_FILE,
  fail,
  KEYS_FILE,
  MANIFEST_FILE,
} from './backup-format.js';

const KNOWN_FILES = new Set([EVENTS_FILE, KEYS_FILE, AUTH_SECRET_FILE]);

const readManifest = (directory: string): BackupManifest => {
  const file = path.join(directory, MANIFEST_FILE);
  if (!existsSync(file)) fail(`${directory} is not a backup: it has no ${MANIFEST_FILE}`, 66);
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<BackupManifest>;
  } catch {
    return fail(`${file} is not valid JSON`, 65);
  }
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== 1 || typeof manifest.files !== 'object')
    fail(`${file} is not a manifest of a version 1 ${BACKUP_FORMAT}`, 65);
  // Only the files a backup holds, by their own names: a manifest never writes elsewhere.
  if (!Object.keys(manifest.files!).every((name) => KNOWN_FILES.has(name)) || !manifest.files![EVENTS_FILE])
    fail(`${file} names files a backup does not hold`, 65);
  return manifest as BackupManifest;
};

const main = (): void => {
  let parsed: ReturnType<typeof parseArgs<{ options: { 'data-dir': { type: 'string' } }; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    return fail(`${(error as Error).message}\nusage: npm run restore -- <backup-directory> [--data-dir DIR]`);
  }
  const [source, ...rest] = parsed.positionals;
  if (!source || rest.length > 0) fail('usage: npm run restore -- <backup-directory> [--data-dir DIR]');
  const problems: string[] = [];
  const config = readStoreConfig(
    parsed.values['data-dir'] ? { ...process.env, DATA_DIR: parsed.values['data-dir'] } : process.env,
    problems,
  );
  if (problems.length > 0) fail(problems.join('\n'), 78);

  const backup = path.resolve(source!);
  const manifest = readManifest(backup);
  const damaged = damagedFiles(backup, manifest);
  if (damaged.length > 0) fail(`The backup is damaged: ${damaged.join(', ')} do not match its manifest`, 65);
  if (!manifest.keysIncluded)
    process.stderr.write('The keys are not in this backup: restore them into the PostgreSQL of DATABASE_URL\n');

  const dataDir = config.dataDir;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    fail(`${dataDir} is not empty; a backup is restored only into an empty DATA_DIR`, 73);
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const name of Object.keys(manifest.files)) {
    copyFileSync(path.join(backup, name), path.join(dataDir, name));
    chmodSync(path.join(dataDir, name), 0o600);
  }
  process.stdout.write(`${JSON.stringify({ restored: dataDir, headPosition: manifest.headPosition })}\n`);
};

main();
